"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.075
WEIGHTS: dict[str, float] = {
    'company_context': 1.278,
    'counter_evidence': -0.794,
    'desc_negative': -1.437,
    'desc_people': 1.281,
    'desc_positive': 0.729,
    'hiring_side': -3.845,
    'informational': -3.843,
    'named_candidate': 1.610,
    'names_job': 1.657,
    'names_me': 2.057,
    'names_someone_else': -4.411,
    'nonjob_context': -3.231,
    'organiser_self': -0.781,
    'organiser_veto': -4.242,
    'recruiter_organiser': 0.655,
    'scheduler_title': 0.655,
    'soft_evidence': 4.367,
    'strong_title': 4.143,
    'title_veto': -6.690,
    'uncorroborated': -0.364,
    'weak_title': 0.833,
}
