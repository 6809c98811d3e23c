"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.753
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.057,
    'booking_page': 0.000,
    'chore': -3.967,
    'company_context': 0.844,
    'counter_evidence': -0.574,
    'desc_negative': 0.044,
    'desc_people': 1.344,
    'desc_positive': 0.318,
    'hiring_side': -3.507,
    'informational': -3.359,
    'named_candidate': 0.570,
    'names_job': 0.875,
    'names_me': 1.003,
    'names_someone_else': -2.553,
    'nonjob_context': -3.632,
    'organiser_self': 0.104,
    'organiser_veto': -1.731,
    'own_with_company': -0.265,
    'recruiter_organiser': 1.006,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.291,
    'shape_first_look': 0.000,
    'soft_evidence': 3.143,
    'strong_title': 2.017,
    'title_veto': -4.563,
    'tool_title': 2.681,
    'trial_invited': 1.431,
    'uncorroborated': -0.110,
    'vendor_pitch': -2.536,
    'veto_disputed': 0.000,
    'weak_seconded': 1.678,
    'weak_title': -0.428,
    'wording': 0.355,
}
