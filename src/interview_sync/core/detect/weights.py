"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.773
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.038,
    'booking_page': 0.000,
    'chore': -3.634,
    'company_context': 0.894,
    'counter_evidence': -0.499,
    'desc_negative': -0.014,
    'desc_people': 1.253,
    'desc_positive': 0.404,
    'hiring_side': -3.761,
    'informational': -3.452,
    'named_candidate': 0.547,
    'names_job': 0.825,
    'names_me': 0.992,
    'names_someone_else': -2.355,
    'nonjob_context': -3.421,
    'organiser_self': 0.314,
    'organiser_veto': -1.793,
    'own_with_company': -0.458,
    'recruiter_organiser': 1.096,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.333,
    'shape_first_look': 0.000,
    'soft_evidence': 3.114,
    'strong_title': 1.884,
    'title_veto': -4.691,
    'tool_title': 2.370,
    'trial_invited': 1.430,
    'uncorroborated': -0.040,
    'vendor_pitch': -2.377,
    'veto_disputed': 0.000,
    'weak_seconded': 1.598,
    'weak_title': -0.391,
    'wording': 0.368,
}
