"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.350
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.833,
    'booking_page': 0.000,
    'chore': -3.722,
    'company_context': 0.712,
    'counter_evidence': -0.404,
    'desc_negative': 0.123,
    'desc_people': 0.893,
    'desc_positive': 0.000,
    'hiring_side': -4.186,
    'informational': -3.555,
    'named_candidate': 0.514,
    'names_job': 0.741,
    'names_me': 0.852,
    'names_someone_else': -1.709,
    'nonjob_context': -3.806,
    'organiser_self': 0.719,
    'organiser_veto': -1.727,
    'own_with_company': -0.738,
    'recruiter_organiser': 1.008,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.017,
    'shape_first_look': 0.000,
    'soft_evidence': 2.900,
    'strong_title': 1.472,
    'title_veto': -4.028,
    'tool_title': 1.729,
    'trial_invited': 1.451,
    'uncorroborated': 0.128,
    'vendor_pitch': -2.307,
    'veto_disputed': 0.000,
    'weak_seconded': 1.298,
    'weak_title': -0.207,
    'wording': 0.492,
}
