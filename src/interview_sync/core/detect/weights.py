"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.972
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.810,
    'company_context': 1.221,
    'counter_evidence': -0.876,
    'desc_negative': -0.318,
    'desc_people': 1.131,
    'desc_positive': 0.000,
    'hiring_side': -3.963,
    'informational': -3.840,
    'named_candidate': 0.951,
    'names_job': 1.014,
    'names_me': 1.308,
    'names_someone_else': -3.837,
    'nonjob_context': -3.947,
    'organiser_self': 0.006,
    'organiser_veto': -2.945,
    'own_with_company': 0.306,
    'recruiter_organiser': 0.875,
    'scheduler_title': 0.000,
    'soft_evidence': 4.126,
    'strong_title': 3.260,
    'title_veto': -5.343,
    'tool_title': 2.909,
    'trial_invited': 1.365,
    'uncorroborated': -0.030,
    'weak_seconded': 2.113,
    'weak_title': -0.007,
    'wording': 0.304,
}
