"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.284
WEIGHTS: dict[str, float] = {
    'company_context': 1.617,
    'counter_evidence': -0.961,
    'desc_negative': -1.187,
    'desc_positive': 0.868,
    'hiring_side': -3.135,
    'named_candidate': 0.829,
    'names_job': 1.175,
    'names_me': 1.832,
    'names_someone_else': -4.131,
    'nonjob_context': -3.250,
    'organiser_self': 0.041,
    'organiser_veto': -3.919,
    'recruiter_organiser': 0.762,
    'scheduler_title': 0.699,
    'soft_evidence': 4.338,
    'strong_title': 4.455,
    'title_veto': -6.717,
    'weak_title': 0.763,
}
