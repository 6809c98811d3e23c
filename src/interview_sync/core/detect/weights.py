"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.095
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.780,
    'company_context': 0.997,
    'counter_evidence': -0.907,
    'desc_negative': -0.189,
    'desc_people': 1.796,
    'desc_positive': 0.192,
    'hiring_side': -3.258,
    'informational': -3.444,
    'named_candidate': 0.862,
    'names_job': 1.083,
    'names_me': 1.132,
    'names_someone_else': -3.169,
    'nonjob_context': -3.991,
    'organiser_self': -0.306,
    'organiser_veto': -2.237,
    'own_with_company': -0.138,
    'recruiter_organiser': 0.961,
    'scheduler_title': 0.000,
    'soft_evidence': 3.513,
    'strong_title': 2.407,
    'title_veto': -5.296,
    'tool_title': 2.803,
    'trial_invited': 1.747,
    'uncorroborated': 0.182,
    'weak_seconded': 1.489,
    'weak_title': -0.155,
    'wording': 0.307,
}
