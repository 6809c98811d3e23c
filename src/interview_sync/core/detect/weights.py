"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.222
WEIGHTS: dict[str, float] = {
    'company_context': 1.580,
    'counter_evidence': -0.957,
    'desc_negative': -1.205,
    'desc_positive': 0.997,
    'hiring_side': -3.067,
    'named_candidate': 0.825,
    'names_job': 1.102,
    'names_me': 1.882,
    'names_someone_else': -3.862,
    'nonjob_context': -3.114,
    'organiser_self': 0.071,
    'organiser_veto': -3.442,
    'recruiter_organiser': 0.753,
    'scheduler_title': 0.674,
    'soft_evidence': 4.304,
    'strong_title': 4.356,
    'title_veto': -6.540,
    'weak_title': 0.733,
}
