"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.944
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.818,
    'company_context': 1.213,
    'counter_evidence': -0.887,
    'desc_negative': -0.367,
    'desc_people': 1.173,
    'desc_positive': 0.000,
    'hiring_side': -4.052,
    'informational': -3.775,
    'named_candidate': 1.016,
    'names_job': 1.020,
    'names_me': 1.283,
    'names_someone_else': -3.676,
    'nonjob_context': -3.979,
    'organiser_self': 0.023,
    'organiser_veto': -2.975,
    'own_with_company': 0.229,
    'recruiter_organiser': 0.864,
    'scheduler_title': 0.000,
    'soft_evidence': 4.137,
    'strong_title': 3.316,
    'title_veto': -5.249,
    'tool_title': 2.913,
    'trial_invited': 1.303,
    'uncorroborated': -0.054,
    'weak_seconded': 2.119,
    'weak_title': -0.020,
    'wording': 0.307,
}
