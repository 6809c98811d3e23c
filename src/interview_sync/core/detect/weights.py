"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.352
WEIGHTS: dict[str, float] = {
    'company_context': 1.559,
    'counter_evidence': -0.892,
    'desc_negative': -0.951,
    'desc_positive': 1.310,
    'hiring_side': -3.010,
    'named_candidate': 0.934,
    'names_job': 0.925,
    'names_me': 1.689,
    'names_someone_else': -3.651,
    'organiser_self': -0.012,
    'organiser_veto': -3.407,
    'recruiter_organiser': 0.448,
    'scheduler_title': 0.476,
    'soft_evidence': 4.490,
    'strong_title': 4.648,
    'title_veto': -6.204,
    'weak_title': 0.840,
}
