"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.337
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.974,
    'booking_page': 0.000,
    'chore': -4.006,
    'company_context': 0.658,
    'counter_evidence': -0.360,
    'desc_negative': 0.035,
    'desc_people': 1.172,
    'desc_positive': 0.317,
    'hiring_side': -4.028,
    'informational': -3.509,
    'named_candidate': 0.451,
    'names_job': 0.856,
    'names_me': 0.879,
    'names_someone_else': -2.560,
    'nonjob_context': -3.763,
    'organiser_self': 0.232,
    'organiser_veto': -1.880,
    'own_with_company': -0.392,
    'recruiter_organiser': 1.115,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 1.873,
    'shape_first_look': 0.000,
    'soft_evidence': 2.929,
    'strong_title': 1.685,
    'title_veto': -4.305,
    'tool_title': 2.094,
    'trial_invited': 1.141,
    'uncorroborated': 0.086,
    'vendor_pitch': -2.203,
    'veto_disputed': 0.000,
    'weak_seconded': 1.566,
    'weak_title': -0.243,
    'wording': 0.356,
}
