"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.301
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.909,
    'booking_page': 0.000,
    'chore': -3.985,
    'company_context': 0.704,
    'counter_evidence': -0.282,
    'desc_negative': 0.324,
    'desc_people': 1.117,
    'desc_positive': 0.264,
    'hiring_side': -3.985,
    'informational': -3.469,
    'named_candidate': 0.401,
    'names_job': 0.863,
    'names_me': 0.887,
    'names_someone_else': -2.183,
    'nonjob_context': -3.394,
    'organiser_self': 0.368,
    'organiser_veto': -1.895,
    'own_with_company': -0.600,
    'recruiter_organiser': 1.101,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 1.877,
    'shape_first_look': 0.000,
    'soft_evidence': 2.984,
    'strong_title': 1.575,
    'title_veto': -4.120,
    'tool_title': 2.123,
    'trial_invited': 1.399,
    'uncorroborated': 0.370,
    'vendor_pitch': -2.038,
    'veto_disputed': 0.000,
    'weak_seconded': 1.393,
    'weak_title': -0.261,
    'wording': 0.362,
}
