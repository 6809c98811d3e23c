"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.302
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.996,
    'booking_page': 0.000,
    'chore': -3.842,
    'company_context': 0.719,
    'counter_evidence': -0.339,
    'desc_negative': 0.123,
    'desc_people': 0.902,
    'desc_positive': 0.000,
    'hiring_side': -4.500,
    'informational': -3.581,
    'named_candidate': 0.469,
    'names_job': 0.698,
    'names_me': 0.655,
    'names_someone_else': -1.769,
    'nonjob_context': -4.017,
    'organiser_self': 0.481,
    'organiser_veto': -1.947,
    'own_with_company': -0.707,
    'recruiter_organiser': 1.073,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.143,
    'shape_first_look': 0.000,
    'soft_evidence': 2.782,
    'strong_title': 1.666,
    'title_veto': -4.070,
    'tool_title': 1.654,
    'trial_invited': 1.590,
    'uncorroborated': 0.220,
    'vendor_pitch': -2.319,
    'veto_disputed': 0.000,
    'weak_seconded': 1.084,
    'weak_title': 0.131,
    'wording': 0.504,
}
