"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.834
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.826,
    'company_context': 0.790,
    'counter_evidence': -0.718,
    'desc_negative': -0.088,
    'desc_people': 1.580,
    'desc_positive': 0.147,
    'hiring_side': -2.863,
    'informational': -3.274,
    'named_candidate': 0.801,
    'names_job': 1.007,
    'names_me': 1.128,
    'names_someone_else': -3.102,
    'nonjob_context': -4.125,
    'organiser_self': -0.197,
    'organiser_veto': -2.262,
    'own_with_company': 0.166,
    'recruiter_organiser': 0.998,
    'scheduler_title': 0.000,
    'soft_evidence': 3.223,
    'strong_title': 2.162,
    'title_veto': -4.979,
    'tool_title': 2.433,
    'trial_invited': 1.511,
    'uncorroborated': 0.007,
    'weak_seconded': 1.114,
    'weak_title': 0.028,
    'wording': 0.313,
}
