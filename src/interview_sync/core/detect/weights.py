"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.172
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.870,
    'company_context': 0.850,
    'counter_evidence': -0.801,
    'desc_negative': -0.861,
    'desc_people': 1.239,
    'desc_positive': 0.044,
    'hiring_side': -3.602,
    'informational': -3.696,
    'named_candidate': 0.961,
    'names_job': 0.849,
    'names_me': 1.197,
    'names_someone_else': -3.552,
    'nonjob_context': -4.695,
    'organiser_self': -0.356,
    'organiser_veto': -2.984,
    'own_with_company': 0.273,
    'recruiter_organiser': 0.719,
    'scheduler_title': 0.000,
    'soft_evidence': 4.038,
    'strong_title': 2.844,
    'title_veto': -5.175,
    'tool_title': 2.869,
    'trial_invited': 1.171,
    'uncorroborated': -0.025,
    'weak_seconded': 2.166,
    'weak_title': -0.393,
    'wording': 0.286,
}
