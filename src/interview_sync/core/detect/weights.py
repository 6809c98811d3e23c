"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.836
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.914,
    'company_context': 1.131,
    'counter_evidence': -0.866,
    'desc_negative': -0.448,
    'desc_people': 1.176,
    'desc_positive': 0.000,
    'hiring_side': -4.001,
    'informational': -3.827,
    'named_candidate': 1.074,
    'names_job': 1.054,
    'names_me': 1.289,
    'names_someone_else': -4.161,
    'nonjob_context': -3.816,
    'organiser_self': 0.058,
    'organiser_veto': -3.130,
    'own_with_company': 0.223,
    'recruiter_organiser': 0.884,
    'scheduler_title': 0.000,
    'soft_evidence': 4.068,
    'strong_title': 3.336,
    'title_veto': -5.450,
    'tool_title': 2.863,
    'trial_invited': 1.468,
    'uncorroborated': -0.030,
    'weak_seconded': 2.107,
    'weak_title': -0.028,
    'wording': 0.289,
}
