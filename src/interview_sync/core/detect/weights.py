"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.650
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -4.036,
    'company_context': 1.007,
    'counter_evidence': -0.853,
    'desc_negative': -0.338,
    'desc_people': 1.124,
    'desc_positive': 0.000,
    'hiring_side': -4.068,
    'informational': -3.846,
    'named_candidate': 0.880,
    'names_job': 0.976,
    'names_me': 1.284,
    'names_someone_else': -4.164,
    'nonjob_context': -4.889,
    'organiser_self': -0.088,
    'organiser_veto': -3.009,
    'own_with_company': 0.381,
    'recruiter_organiser': 0.817,
    'scheduler_title': 0.000,
    'soft_evidence': 4.115,
    'strong_title': 3.195,
    'title_veto': -5.521,
    'tool_title': 2.880,
    'trial_invited': 1.179,
    'uncorroborated': -0.010,
    'weak_seconded': 2.123,
    'weak_title': -0.147,
    'wording': 0.292,
}
