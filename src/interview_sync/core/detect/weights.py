"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.163
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.803,
    'company_context': 0.918,
    'counter_evidence': -0.993,
    'desc_negative': -0.655,
    'desc_people': 1.198,
    'desc_positive': 0.059,
    'hiring_side': -3.513,
    'informational': -3.667,
    'named_candidate': 0.939,
    'names_job': 1.046,
    'names_me': 1.200,
    'names_someone_else': -3.722,
    'nonjob_context': -4.078,
    'organiser_self': -0.411,
    'organiser_veto': -3.013,
    'own_with_company': -0.188,
    'recruiter_organiser': 0.860,
    'scheduler_title': 0.000,
    'soft_evidence': 3.949,
    'strong_title': 2.793,
    'title_veto': -5.499,
    'tool_title': 2.943,
    'trial_invited': 1.970,
    'uncorroborated': 0.010,
    'weak_seconded': 1.880,
    'weak_title': -0.209,
    'wording': 0.302,
}
