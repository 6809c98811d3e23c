"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.251
WEIGHTS: dict[str, float] = {
    'company_context': 1.638,
    'counter_evidence': -0.892,
    'desc_negative': -1.021,
    'desc_positive': 1.507,
    'hiring_side': -3.024,
    'named_candidate': 0.898,
    'names_job': 0.962,
    'names_me': 1.859,
    'names_someone_else': -3.605,
    'nonjob_context': -0.064,
    'organiser_self': 0.031,
    'organiser_veto': -3.463,
    'recruiter_organiser': 0.412,
    'scheduler_title': 0.398,
    'soft_evidence': 4.397,
    'strong_title': 4.492,
    'title_veto': -6.320,
    'weak_title': 0.637,
}
