"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.335
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.948,
    'booking_page': 0.000,
    'chore': -3.988,
    'company_context': 0.677,
    'counter_evidence': -0.414,
    'desc_negative': -0.018,
    'desc_people': 1.194,
    'desc_positive': 0.350,
    'hiring_side': -3.765,
    'informational': -3.431,
    'named_candidate': 0.517,
    'names_job': 0.900,
    'names_me': 0.861,
    'names_someone_else': -2.559,
    'nonjob_context': -2.562,
    'organiser_self': 0.197,
    'organiser_veto': -1.810,
    'own_with_company': -0.318,
    'recruiter_organiser': 1.090,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 1.928,
    'shape_first_look': 0.000,
    'soft_evidence': 2.990,
    'strong_title': 1.648,
    'title_veto': -4.253,
    'tool_title': 2.055,
    'trial_invited': 0.445,
    'uncorroborated': 0.122,
    'vendor_pitch': -2.210,
    'veto_disputed': 0.000,
    'weak_seconded': 1.448,
    'weak_title': -0.237,
    'wording': 0.358,
}
