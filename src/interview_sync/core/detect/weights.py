"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.466
WEIGHTS: dict[str, float] = {
    'company_context': 1.633,
    'counter_evidence': -0.997,
    'desc_negative': -1.332,
    'desc_positive': 0.941,
    'hiring_side': -3.648,
    'named_candidate': 0.917,
    'names_job': 1.277,
    'names_me': 1.950,
    'names_someone_else': -4.540,
    'nonjob_context': -3.627,
    'organiser_self': 0.063,
    'organiser_veto': -4.411,
    'recruiter_organiser': 0.827,
    'scheduler_title': 0.769,
    'soft_evidence': 4.602,
    'strong_title': 4.752,
    'title_veto': -7.114,
    'weak_title': 0.871,
}
