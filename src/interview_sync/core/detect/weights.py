"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.445
WEIGHTS: dict[str, float] = {
    'company_context': 1.437,
    'counter_evidence': -0.919,
    'desc_negative': -1.860,
    'desc_positive': 0.872,
    'hiring_side': -3.420,
    'named_candidate': 0.816,
    'names_job': 1.403,
    'names_me': 1.868,
    'names_someone_else': -4.251,
    'nonjob_context': -3.261,
    'organiser_self': -0.104,
    'organiser_veto': -4.081,
    'recruiter_organiser': 0.765,
    'scheduler_title': 0.954,
    'soft_evidence': 4.730,
    'strong_title': 4.294,
    'title_veto': -6.547,
    'uncorroborated': -0.499,
    'weak_title': 1.015,
}
