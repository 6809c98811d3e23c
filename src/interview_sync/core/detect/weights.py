"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.149
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.780,
    'company_context': 1.070,
    'counter_evidence': -0.981,
    'desc_negative': 0.049,
    'desc_people': 1.269,
    'desc_positive': 0.161,
    'hiring_side': -3.329,
    'informational': -3.606,
    'named_candidate': 0.938,
    'names_job': 1.007,
    'names_me': 1.195,
    'names_someone_else': -3.147,
    'nonjob_context': -4.097,
    'organiser_self': -0.295,
    'organiser_veto': -2.984,
    'own_with_company': -0.407,
    'recruiter_organiser': 0.903,
    'scheduler_title': 0.000,
    'soft_evidence': 3.828,
    'strong_title': 2.558,
    'title_veto': -5.305,
    'tool_title': 2.613,
    'trial_invited': 1.650,
    'uncorroborated': 0.094,
    'weak_seconded': 1.652,
    'weak_title': -0.370,
    'wording': 0.290,
}
