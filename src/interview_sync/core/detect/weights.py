"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -2.381
WEIGHTS: dict[str, float] = {
    'chore': -3.458,
    'company_context': 0.755,
    'counter_evidence': -0.588,
    'desc_negative': -1.732,
    'desc_people': 1.953,
    'desc_positive': 0.719,
    'hiring_side': -4.334,
    'informational': -4.193,
    'named_candidate': 1.404,
    'names_job': 1.547,
    'names_me': 1.492,
    'names_someone_else': -4.268,
    'nonjob_context': -3.417,
    'organiser_self': -1.041,
    'organiser_veto': -4.153,
    'own_with_company': 0.964,
    'recruiter_organiser': 0.430,
    'scheduler_title': 1.067,
    'soft_evidence': 4.078,
    'strong_title': 4.036,
    'title_veto': -6.639,
    'uncorroborated': -0.660,
    'weak_seconded': 1.874,
    'weak_title': -0.169,
}
