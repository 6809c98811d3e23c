"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.655
WEIGHTS: dict[str, float] = {
    'company_context': 1.962,
    'counter_evidence': -0.824,
    'desc_negative': -0.919,
    'desc_people': 1.776,
    'desc_positive': 0.530,
    'hiring_side': -1.709,
    'named_candidate': 0.805,
    'names_job': 1.451,
    'names_me': 2.211,
    'names_someone_else': -3.640,
    'nonjob_context': -3.090,
    'organiser_self': -0.737,
    'organiser_veto': -4.088,
    'recruiter_organiser': 0.606,
    'scheduler_title': 0.483,
    'soft_evidence': 4.717,
    'strong_title': 3.926,
    'title_veto': -6.231,
    'uncorroborated': -0.014,
    'weak_title': 0.769,
}
