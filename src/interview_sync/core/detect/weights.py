"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.233
WEIGHTS: dict[str, float] = {
    'company_context': 1.523,
    'counter_evidence': -0.882,
    'desc_candidate': -0.073,
    'desc_negative': -0.881,
    'desc_positive': 1.362,
    'hiring_side': -2.988,
    'named_candidate': 0.946,
    'names_job': 0.969,
    'names_me': 1.627,
    'names_someone_else': -3.700,
    'organiser_self': -0.033,
    'organiser_veto': -3.281,
    'recruiter_organiser': 0.478,
    'scheduler_title': 0.476,
    'soft_evidence': 4.455,
    'strong_title': 4.351,
    'title_veto': -6.259,
    'weak_title': 0.694,
}
