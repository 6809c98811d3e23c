"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.452
WEIGHTS: dict[str, float] = {
    'company_context': 1.454,
    'counter_evidence': -0.919,
    'desc_negative': -1.859,
    'desc_positive': 0.877,
    'hiring_side': -3.419,
    'named_candidate': 0.818,
    'names_job': 1.407,
    'names_me': 1.883,
    'names_someone_else': -4.238,
    'nonjob_context': -3.264,
    'organiser_self': -0.107,
    'organiser_veto': -4.140,
    'recruiter_organiser': 0.755,
    'scheduler_title': 0.936,
    'soft_evidence': 4.746,
    'strong_title': 4.289,
    'title_veto': -6.551,
    'uncorroborated': -0.493,
    'weak_title': 0.998,
}
