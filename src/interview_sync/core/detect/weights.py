"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.139
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.784,
    'company_context': 1.078,
    'counter_evidence': -0.966,
    'desc_negative': -0.256,
    'desc_people': 1.270,
    'desc_positive': 0.193,
    'hiring_side': -3.336,
    'informational': -3.624,
    'named_candidate': 0.918,
    'names_job': 1.019,
    'names_me': 1.213,
    'names_someone_else': -3.121,
    'nonjob_context': -4.096,
    'organiser_self': -0.299,
    'organiser_veto': -2.985,
    'own_with_company': -0.392,
    'recruiter_organiser': 0.873,
    'scheduler_title': 0.000,
    'soft_evidence': 3.819,
    'strong_title': 2.535,
    'title_veto': -5.439,
    'tool_title': 2.611,
    'trial_invited': 1.645,
    'uncorroborated': 0.114,
    'weak_seconded': 1.658,
    'weak_title': -0.386,
    'wording': 0.290,
}
