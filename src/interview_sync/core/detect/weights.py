"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.353
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.913,
    'booking_page': 0.000,
    'chore': -3.929,
    'company_context': 0.818,
    'counter_evidence': -0.347,
    'desc_negative': -0.006,
    'desc_people': 0.919,
    'desc_positive': 0.000,
    'hiring_side': -4.309,
    'informational': -3.602,
    'named_candidate': 0.507,
    'names_job': 0.723,
    'names_me': 0.756,
    'names_someone_else': -1.604,
    'nonjob_context': -3.871,
    'organiser_self': 0.702,
    'organiser_veto': -1.860,
    'own_with_company': -0.834,
    'recruiter_organiser': 1.040,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.090,
    'shape_first_look': 0.000,
    'soft_evidence': 2.804,
    'strong_title': 1.449,
    'title_veto': -4.148,
    'tool_title': 1.739,
    'trial_invited': 1.328,
    'uncorroborated': 0.311,
    'vendor_pitch': -2.500,
    'veto_disputed': 0.000,
    'weak_seconded': 1.304,
    'weak_title': -0.261,
    'wording': 0.491,
}
