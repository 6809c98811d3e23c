"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.803
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.743,
    'booking_page': 0.000,
    'chore': -3.813,
    'company_context': 0.797,
    'counter_evidence': -0.458,
    'desc_negative': 0.022,
    'desc_people': 1.618,
    'desc_positive': 0.197,
    'hiring_seat': -3.399,
    'hiring_side': -2.668,
    'informational': -3.340,
    'named_candidate': 0.706,
    'names_job': 1.015,
    'names_me': 1.184,
    'names_someone_else': -3.082,
    'nonjob_context': -3.686,
    'organiser_self': -0.310,
    'organiser_veto': -2.363,
    'own_with_company': 0.092,
    'recruiter_organiser': 1.029,
    'scheduler_title': 0.000,
    'soft_evidence': 3.337,
    'strong_title': 2.207,
    'title_veto': -4.784,
    'tool_title': 2.647,
    'trial_invited': 1.481,
    'uncorroborated': 0.041,
    'vendor_pitch': -2.503,
    'weak_seconded': 1.229,
    'weak_title': 0.024,
    'wording': 0.309,
}
