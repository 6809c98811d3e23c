"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.409
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.979,
    'booking_page': 0.000,
    'chore': -3.899,
    'company_context': 0.738,
    'counter_evidence': -0.328,
    'desc_negative': 0.162,
    'desc_people': 0.916,
    'desc_positive': 0.013,
    'hiring_side': -4.479,
    'informational': -3.685,
    'named_candidate': 0.466,
    'names_job': 0.704,
    'names_me': 0.692,
    'names_someone_else': -1.742,
    'nonjob_context': -3.962,
    'organiser_self': 0.540,
    'organiser_veto': -1.917,
    'own_with_company': -0.723,
    'recruiter_organiser': 1.047,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.199,
    'shape_first_look': 0.000,
    'soft_evidence': 2.842,
    'strong_title': 1.740,
    'title_veto': -4.162,
    'tool_title': 1.661,
    'trial_invited': 1.402,
    'uncorroborated': 0.263,
    'vendor_pitch': -2.495,
    'veto_disputed': 0.000,
    'weak_seconded': 1.149,
    'weak_title': 0.201,
    'wording': 0.502,
}
