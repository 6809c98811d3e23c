"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -2.262
WEIGHTS: dict[str, float] = {
    'chore': -3.908,
    'company_context': 0.745,
    'counter_evidence': -0.589,
    'desc_negative': -1.732,
    'desc_people': 2.097,
    'desc_positive': 0.746,
    'hiring_side': -4.498,
    'informational': -4.879,
    'named_candidate': 1.488,
    'names_job': 1.726,
    'names_me': 1.534,
    'names_someone_else': -5.065,
    'nonjob_context': -3.326,
    'organiser_self': -0.934,
    'organiser_veto': -4.031,
    'own_with_company': 1.092,
    'recruiter_organiser': 0.627,
    'scheduler_title': 0.942,
    'soft_evidence': 4.030,
    'strong_title': 3.704,
    'title_veto': -6.333,
    'tool_title': 2.647,
    'uncorroborated': -0.150,
    'weak_seconded': 1.744,
    'weak_title': -0.088,
}
