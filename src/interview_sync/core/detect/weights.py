"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -2.206
WEIGHTS: dict[str, float] = {
    'chore': -4.093,
    'company_context': 0.628,
    'counter_evidence': -0.666,
    'desc_negative': -1.735,
    'desc_people': 1.835,
    'desc_positive': 0.824,
    'hiring_side': -4.490,
    'informational': -5.091,
    'named_candidate': 1.495,
    'names_job': 1.407,
    'names_me': 1.563,
    'names_someone_else': -5.024,
    'nonjob_context': -3.464,
    'organiser_self': -0.786,
    'organiser_veto': -4.206,
    'own_with_company': 0.896,
    'recruiter_organiser': 0.504,
    'scheduler_title': 0.921,
    'soft_evidence': 4.000,
    'strong_title': 3.938,
    'title_veto': -7.207,
    'tool_title': 2.643,
    'trial_invited': 2.132,
    'uncorroborated': -0.348,
    'weak_seconded': 1.990,
    'weak_title': -0.083,
}
