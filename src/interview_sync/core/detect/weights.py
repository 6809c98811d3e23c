"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.186
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.867,
    'company_context': 0.880,
    'counter_evidence': -0.796,
    'desc_negative': -0.624,
    'desc_people': 1.261,
    'desc_positive': 0.096,
    'hiring_side': -3.634,
    'informational': -3.693,
    'named_candidate': 0.944,
    'names_job': 0.847,
    'names_me': 1.213,
    'names_someone_else': -3.598,
    'nonjob_context': -4.448,
    'organiser_self': -0.351,
    'organiser_veto': -3.011,
    'own_with_company': 0.047,
    'recruiter_organiser': 0.811,
    'scheduler_title': 0.000,
    'soft_evidence': 4.014,
    'strong_title': 2.829,
    'title_veto': -5.396,
    'tool_title': 2.951,
    'trial_invited': 1.271,
    'uncorroborated': 0.005,
    'weak_seconded': 2.133,
    'weak_title': -0.410,
    'wording': 0.283,
}
