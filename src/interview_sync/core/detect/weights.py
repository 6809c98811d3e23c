"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.243
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.850,
    'booking_page': 0.000,
    'chore': -3.770,
    'company_context': 0.703,
    'counter_evidence': -0.359,
    'desc_negative': 0.138,
    'desc_people': 0.918,
    'desc_positive': 0.000,
    'hiring_side': -4.224,
    'informational': -3.499,
    'named_candidate': 0.500,
    'names_job': 0.728,
    'names_me': 0.824,
    'names_someone_else': -2.020,
    'nonjob_context': -3.736,
    'organiser_self': 0.613,
    'organiser_veto': -1.775,
    'own_with_company': -0.667,
    'recruiter_organiser': 1.007,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.146,
    'shape_first_look': 0.000,
    'soft_evidence': 2.896,
    'strong_title': 1.472,
    'title_veto': -4.062,
    'tool_title': 1.916,
    'trial_invited': 1.415,
    'uncorroborated': 0.193,
    'vendor_pitch': -2.301,
    'veto_disputed': 0.000,
    'weak_seconded': 1.428,
    'weak_title': -0.370,
    'wording': 0.476,
}
