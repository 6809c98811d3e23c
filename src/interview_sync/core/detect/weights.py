"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.668
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -4.015,
    'company_context': 1.028,
    'counter_evidence': -0.908,
    'desc_negative': -0.318,
    'desc_people': 1.136,
    'desc_positive': 0.000,
    'hiring_side': -4.086,
    'informational': -3.871,
    'named_candidate': 0.868,
    'names_job': 1.057,
    'names_me': 1.249,
    'names_someone_else': -4.170,
    'nonjob_context': -4.985,
    'organiser_self': -0.095,
    'organiser_veto': -2.953,
    'own_with_company': 0.419,
    'recruiter_organiser': 0.800,
    'scheduler_title': 0.000,
    'soft_evidence': 4.101,
    'strong_title': 3.149,
    'title_veto': -5.396,
    'tool_title': 2.885,
    'trial_invited': 1.135,
    'uncorroborated': 0.024,
    'weak_seconded': 2.222,
    'weak_title': -0.136,
    'wording': 0.299,
}
