"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.312
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.992,
    'booking_page': 0.000,
    'chore': -3.598,
    'company_context': 0.689,
    'counter_evidence': -0.368,
    'desc_negative': 0.161,
    'desc_people': 0.871,
    'desc_positive': 0.013,
    'hiring_side': -4.495,
    'informational': -3.644,
    'named_candidate': 0.727,
    'names_job': 0.812,
    'names_me': 0.627,
    'names_someone_else': -1.854,
    'nonjob_context': -4.012,
    'organiser_self': 0.555,
    'organiser_veto': -1.920,
    'own_with_company': -0.730,
    'recruiter_organiser': 1.125,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.532,
    'shape_first_look': 0.000,
    'soft_evidence': 2.790,
    'strong_title': 1.696,
    'title_veto': -4.136,
    'tool_title': 1.577,
    'trial_invited': 1.523,
    'uncorroborated': 0.050,
    'vendor_pitch': -2.730,
    'veto_disputed': 0.000,
    'weak_seconded': 1.215,
    'weak_title': 0.146,
    'wording': 0.509,
}
