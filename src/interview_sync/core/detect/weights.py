"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.298
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.920,
    'booking_page': 0.000,
    'chore': -3.482,
    'company_context': 0.715,
    'counter_evidence': -0.448,
    'desc_negative': 0.065,
    'desc_people': 0.903,
    'desc_positive': 0.000,
    'hiring_side': -4.233,
    'informational': -3.570,
    'named_candidate': 0.510,
    'names_job': 0.745,
    'names_me': 0.791,
    'names_someone_else': -1.847,
    'nonjob_context': -3.590,
    'organiser_self': 0.712,
    'organiser_veto': -1.795,
    'own_with_company': -0.824,
    'recruiter_organiser': 1.024,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.098,
    'shape_first_look': 0.000,
    'soft_evidence': 2.821,
    'strong_title': 1.495,
    'title_veto': -3.899,
    'tool_title': 1.763,
    'trial_invited': 1.501,
    'uncorroborated': 0.141,
    'vendor_pitch': -2.317,
    'veto_disputed': 0.000,
    'weak_seconded': 1.360,
    'weak_title': -0.334,
    'wording': 0.466,
}
