"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.110
WEIGHTS: dict[str, float] = {
    'company_context': 1.585,
    'counter_evidence': -0.761,
    'desc_negative': -1.515,
    'desc_people': 2.256,
    'desc_positive': 0.789,
    'hiring_side': -3.889,
    'informational': -3.494,
    'named_candidate': 1.631,
    'names_job': 1.922,
    'names_me': 2.013,
    'names_someone_else': -4.261,
    'nonjob_context': -3.186,
    'organiser_self': -1.189,
    'organiser_veto': -4.128,
    'recruiter_organiser': 0.616,
    'scheduler_title': 0.496,
    'soft_evidence': 4.065,
    'strong_title': 3.787,
    'title_veto': -6.539,
    'uncorroborated': -0.379,
    'weak_title': 0.570,
}
