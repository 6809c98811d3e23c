"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.641
WEIGHTS: dict[str, float] = {
    'company_context': 1.945,
    'counter_evidence': -0.827,
    'desc_negative': -0.933,
    'desc_people': 1.795,
    'desc_positive': 0.555,
    'hiring_side': -1.721,
    'named_candidate': 0.806,
    'names_job': 1.443,
    'names_me': 2.202,
    'names_someone_else': -3.666,
    'nonjob_context': -3.102,
    'organiser_self': -0.754,
    'organiser_veto': -4.094,
    'recruiter_organiser': 0.615,
    'scheduler_title': 0.484,
    'soft_evidence': 4.716,
    'strong_title': 3.935,
    'title_veto': -6.240,
    'uncorroborated': -0.022,
    'weak_title': 0.771,
}
