"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -2.218
WEIGHTS: dict[str, float] = {
    'chore': -4.119,
    'company_context': 0.619,
    'counter_evidence': -0.658,
    'desc_negative': -1.736,
    'desc_people': 1.820,
    'desc_positive': 0.781,
    'hiring_side': -4.481,
    'informational': -5.096,
    'named_candidate': 1.517,
    'names_job': 1.372,
    'names_me': 1.536,
    'names_someone_else': -5.047,
    'nonjob_context': -3.460,
    'organiser_self': -0.769,
    'organiser_veto': -4.196,
    'own_with_company': 0.870,
    'recruiter_organiser': 0.554,
    'scheduler_title': 0.972,
    'soft_evidence': 4.047,
    'strong_title': 3.974,
    'title_veto': -6.931,
    'tool_title': 2.658,
    'uncorroborated': -0.373,
    'weak_seconded': 2.127,
    'weak_title': -0.210,
}
