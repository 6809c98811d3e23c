"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.880
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.891,
    'company_context': 1.174,
    'counter_evidence': -0.788,
    'desc_negative': -0.314,
    'desc_people': 1.045,
    'desc_positive': 0.000,
    'hiring_side': -3.639,
    'informational': -3.675,
    'named_candidate': 0.965,
    'names_job': 0.944,
    'names_me': 1.435,
    'names_someone_else': -3.565,
    'nonjob_context': -3.817,
    'organiser_self': 0.345,
    'organiser_veto': -3.034,
    'own_with_company': 0.117,
    'recruiter_organiser': 0.909,
    'scheduler_title': 0.000,
    'soft_evidence': 3.798,
    'strong_title': 3.089,
    'title_veto': -5.318,
    'tool_title': 2.693,
    'trial_invited': 1.168,
    'uncorroborated': -0.045,
    'weak_seconded': 1.786,
    'weak_title': -0.002,
    'wording': 0.313,
}
