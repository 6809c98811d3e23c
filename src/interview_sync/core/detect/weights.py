"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.781
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.338,
    'booking_page': 0.000,
    'chore': -3.817,
    'company_context': 0.809,
    'counter_evidence': -0.488,
    'desc_negative': 0.274,
    'desc_people': 1.623,
    'desc_positive': 0.177,
    'hiring_seat': -3.529,
    'hiring_side': -2.682,
    'informational': -3.366,
    'named_candidate': 0.718,
    'names_job': 0.968,
    'names_me': 1.138,
    'names_someone_else': -3.124,
    'nonjob_context': -3.672,
    'organiser_self': -0.336,
    'organiser_veto': -2.403,
    'own_with_company': 0.059,
    'recruiter_organiser': 1.053,
    'scheduler_title': 0.000,
    'soft_evidence': 3.316,
    'strong_title': 2.247,
    'title_veto': -4.813,
    'tool_title': 2.655,
    'trial_invited': 1.470,
    'uncorroborated': 0.015,
    'vendor_pitch': -2.669,
    'weak_seconded': 1.286,
    'weak_title': 0.022,
    'wording': 0.304,
}
