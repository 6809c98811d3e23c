"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.268
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.838,
    'booking_page': 0.000,
    'chore': -3.343,
    'company_context': 0.675,
    'counter_evidence': -0.411,
    'desc_negative': 0.103,
    'desc_people': 0.909,
    'desc_positive': 0.000,
    'hiring_side': -4.158,
    'informational': -3.517,
    'named_candidate': 0.519,
    'names_job': 0.782,
    'names_me': 0.824,
    'names_someone_else': -1.812,
    'nonjob_context': -3.555,
    'organiser_self': 0.682,
    'organiser_veto': -1.750,
    'own_with_company': -0.733,
    'recruiter_organiser': 1.018,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.073,
    'shape_first_look': 0.000,
    'soft_evidence': 2.859,
    'strong_title': 1.430,
    'title_veto': -3.812,
    'tool_title': 1.765,
    'trial_invited': 1.498,
    'uncorroborated': 0.087,
    'vendor_pitch': -2.283,
    'veto_disputed': 0.000,
    'weak_seconded': 1.297,
    'weak_title': -0.292,
    'wording': 0.475,
}
