"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.271
WEIGHTS: dict[str, float] = {
    'company_context': 1.629,
    'counter_evidence': -0.961,
    'desc_negative': -0.969,
    'desc_positive': 1.008,
    'hiring_side': -3.068,
    'named_candidate': 0.874,
    'names_job': 0.962,
    'names_me': 1.887,
    'names_someone_else': -3.787,
    'nonjob_context': -3.110,
    'organiser_self': 0.081,
    'organiser_veto': -3.444,
    'recruiter_organiser': 0.805,
    'scheduler_title': 0.567,
    'soft_evidence': 4.283,
    'strong_title': 4.356,
    'title_veto': -6.455,
    'weak_title': 0.770,
}
