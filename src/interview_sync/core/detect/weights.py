"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.348
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.042,
    'booking_page': 0.000,
    'chore': -3.880,
    'company_context': 0.768,
    'counter_evidence': -0.342,
    'desc_negative': 0.139,
    'desc_people': 0.896,
    'desc_positive': 0.017,
    'hiring_side': -4.637,
    'informational': -3.722,
    'named_candidate': 0.733,
    'names_job': 0.720,
    'names_me': 0.598,
    'names_someone_else': -1.760,
    'nonjob_context': -4.012,
    'organiser_self': 0.545,
    'organiser_veto': -1.947,
    'own_with_company': -0.790,
    'recruiter_organiser': 1.119,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.593,
    'shape_first_look': 0.000,
    'soft_evidence': 2.771,
    'strong_title': 1.723,
    'title_veto': -4.193,
    'tool_title': 1.667,
    'trial_invited': 1.585,
    'uncorroborated': 0.195,
    'vendor_pitch': -2.702,
    'veto_disputed': 0.000,
    'weak_seconded': 1.367,
    'weak_title': 0.075,
    'wording': 0.501,
}
