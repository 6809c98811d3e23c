"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.312
WEIGHTS: dict[str, float] = {
    'company_context': 1.418,
    'counter_evidence': -0.883,
    'desc_negative': -1.472,
    'desc_people': 1.297,
    'desc_positive': 0.803,
    'hiring_side': -3.824,
    'informational': -3.651,
    'named_candidate': 0.649,
    'names_job': 1.675,
    'names_me': 1.952,
    'names_someone_else': -4.341,
    'nonjob_context': -3.256,
    'organiser_self': -0.693,
    'organiser_veto': -4.151,
    'recruiter_organiser': 0.684,
    'scheduler_title': 0.785,
    'soft_evidence': 4.448,
    'strong_title': 4.229,
    'title_veto': -6.674,
    'uncorroborated': -0.292,
    'weak_title': 0.986,
}
