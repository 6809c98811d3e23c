"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.233
WEIGHTS: dict[str, float] = {
    'company_context': 1.524,
    'counter_evidence': -0.882,
    'desc_candidate': -0.073,
    'desc_negative': -0.881,
    'desc_positive': 1.361,
    'hiring_side': -2.989,
    'named_candidate': 0.946,
    'names_job': 0.971,
    'names_me': 1.627,
    'names_someone_else': -3.701,
    'organiser_self': -0.033,
    'organiser_veto': -3.282,
    'recruiter_organiser': 0.479,
    'scheduler_title': 0.476,
    'soft_evidence': 4.454,
    'strong_title': 4.351,
    'title_veto': -6.260,
    'weak_title': 0.693,
}
