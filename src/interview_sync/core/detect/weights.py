"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.644
WEIGHTS: dict[str, float] = {
    'company_context': 1.955,
    'counter_evidence': -0.825,
    'desc_negative': -0.919,
    'desc_people': 1.804,
    'desc_positive': 0.531,
    'hiring_side': -1.707,
    'named_candidate': 0.803,
    'names_job': 1.457,
    'names_me': 2.203,
    'names_someone_else': -3.643,
    'nonjob_context': -3.093,
    'organiser_self': -0.746,
    'organiser_veto': -4.088,
    'recruiter_organiser': 0.589,
    'scheduler_title': 0.486,
    'soft_evidence': 4.719,
    'strong_title': 3.927,
    'title_veto': -6.229,
    'uncorroborated': -0.019,
    'weak_title': 0.769,
}
