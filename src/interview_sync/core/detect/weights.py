"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.036
WEIGHTS: dict[str, float] = {
    'company_context': 1.534,
    'counter_evidence': -0.772,
    'desc_negative': -1.447,
    'desc_people': 2.243,
    'desc_positive': 0.704,
    'hiring_side': -3.793,
    'informational': -3.474,
    'named_candidate': 1.597,
    'names_job': 1.828,
    'names_me': 2.047,
    'names_someone_else': -4.218,
    'nonjob_context': -3.162,
    'organiser_self': -1.202,
    'organiser_veto': -4.157,
    'recruiter_organiser': 0.572,
    'scheduler_title': 0.478,
    'soft_evidence': 4.075,
    'strong_title': 3.783,
    'title_veto': -6.740,
    'uncorroborated': -0.435,
    'weak_title': 0.576,
}
