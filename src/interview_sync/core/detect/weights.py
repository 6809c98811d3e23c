"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.182
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.884,
    'company_context': 0.861,
    'counter_evidence': -0.816,
    'desc_negative': -0.818,
    'desc_people': 1.224,
    'desc_positive': 0.049,
    'hiring_side': -3.604,
    'informational': -3.697,
    'named_candidate': 0.993,
    'names_job': 0.845,
    'names_me': 1.187,
    'names_someone_else': -3.538,
    'nonjob_context': -4.680,
    'organiser_self': -0.345,
    'organiser_veto': -2.986,
    'own_with_company': 0.249,
    'recruiter_organiser': 0.721,
    'scheduler_title': 0.000,
    'soft_evidence': 4.036,
    'strong_title': 2.859,
    'title_veto': -5.175,
    'tool_title': 2.870,
    'trial_invited': 1.171,
    'uncorroborated': -0.029,
    'weak_seconded': 2.160,
    'weak_title': -0.386,
    'wording': 0.285,
}
