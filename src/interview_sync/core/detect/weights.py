"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.249
WEIGHTS: dict[str, float] = {
    'company_context': 1.599,
    'counter_evidence': -0.960,
    'desc_negative': -0.962,
    'desc_positive': 1.022,
    'hiring_side': -3.044,
    'named_candidate': 0.871,
    'names_job': 0.982,
    'names_me': 1.914,
    'names_someone_else': -3.765,
    'nonjob_context': -3.118,
    'organiser_self': 0.080,
    'organiser_veto': -3.449,
    'recruiter_organiser': 0.733,
    'scheduler_title': 0.553,
    'soft_evidence': 4.322,
    'strong_title': 4.365,
    'title_veto': -6.408,
    'weak_title': 0.709,
}
