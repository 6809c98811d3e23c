"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.222
WEIGHTS: dict[str, float] = {
    'company_context': 1.593,
    'counter_evidence': -0.976,
    'desc_negative': -1.207,
    'desc_positive': 0.983,
    'hiring_side': -3.080,
    'named_candidate': 0.868,
    'names_job': 0.970,
    'names_me': 1.865,
    'names_someone_else': -3.828,
    'nonjob_context': -3.121,
    'organiser_self': 0.055,
    'organiser_veto': -3.454,
    'recruiter_organiser': 0.789,
    'scheduler_title': 0.684,
    'soft_evidence': 4.282,
    'strong_title': 4.375,
    'title_veto': -6.553,
    'weak_title': 0.767,
}
