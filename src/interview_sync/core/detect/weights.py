"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.376
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.984,
    'booking_page': 0.000,
    'chore': -3.647,
    'company_context': 0.687,
    'counter_evidence': -0.391,
    'desc_negative': 0.069,
    'desc_people': 0.864,
    'desc_positive': 0.040,
    'hiring_side': -4.643,
    'informational': -3.645,
    'named_candidate': 0.716,
    'names_job': 0.833,
    'names_me': 0.643,
    'names_someone_else': -1.871,
    'nonjob_context': -3.825,
    'organiser_self': 0.594,
    'organiser_veto': -1.907,
    'own_with_company': -0.735,
    'recruiter_organiser': 1.171,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.693,
    'shape_first_look': 0.000,
    'soft_evidence': 2.810,
    'strong_title': 1.743,
    'title_veto': -4.190,
    'tool_title': 2.156,
    'trial_invited': 1.509,
    'uncorroborated': 0.061,
    'vendor_pitch': -2.739,
    'veto_disputed': 0.000,
    'weak_seconded': 1.108,
    'weak_title': 0.254,
    'wording': 0.508,
}
