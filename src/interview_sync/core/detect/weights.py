"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.319
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.847,
    'booking_page': 0.000,
    'chore': -3.671,
    'company_context': 0.682,
    'counter_evidence': -0.403,
    'desc_negative': 0.230,
    'desc_people': 0.899,
    'desc_positive': 0.000,
    'hiring_side': -4.187,
    'informational': -3.442,
    'named_candidate': 0.514,
    'names_job': 0.742,
    'names_me': 0.859,
    'names_someone_else': -1.727,
    'nonjob_context': -3.799,
    'organiser_self': 0.679,
    'organiser_veto': -1.745,
    'own_with_company': -0.702,
    'recruiter_organiser': 1.029,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.033,
    'shape_first_look': 0.000,
    'soft_evidence': 2.775,
    'strong_title': 1.468,
    'title_veto': -4.001,
    'tool_title': 1.731,
    'trial_invited': 1.449,
    'uncorroborated': 0.130,
    'vendor_pitch': -2.261,
    'veto_disputed': 0.000,
    'weak_seconded': 1.229,
    'weak_title': -0.200,
    'wording': 0.491,
}
