"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.377
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.914,
    'booking_page': 0.000,
    'chore': -3.872,
    'company_context': 0.765,
    'counter_evidence': -0.444,
    'desc_negative': 0.095,
    'desc_people': 0.891,
    'desc_positive': 0.000,
    'hiring_side': -4.264,
    'informational': -3.601,
    'named_candidate': 0.506,
    'names_job': 0.713,
    'names_me': 0.810,
    'names_someone_else': -1.757,
    'nonjob_context': -3.825,
    'organiser_self': 0.745,
    'organiser_veto': -1.762,
    'own_with_company': -0.833,
    'recruiter_organiser': 1.029,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.030,
    'shape_first_look': 0.000,
    'soft_evidence': 2.867,
    'strong_title': 1.536,
    'title_veto': -4.104,
    'tool_title': 1.725,
    'trial_invited': 1.437,
    'uncorroborated': 0.208,
    'vendor_pitch': -2.316,
    'veto_disputed': 0.000,
    'weak_seconded': 1.351,
    'weak_title': -0.228,
    'wording': 0.488,
}
