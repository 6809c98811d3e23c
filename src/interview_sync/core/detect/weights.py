"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.268
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.969,
    'booking_page': 0.000,
    'chore': -4.259,
    'company_context': 0.689,
    'counter_evidence': -0.298,
    'desc_negative': 0.298,
    'desc_people': 1.144,
    'desc_positive': 0.245,
    'hiring_side': -4.449,
    'informational': -3.447,
    'named_candidate': 0.441,
    'names_job': 0.857,
    'names_me': 0.875,
    'names_someone_else': -2.148,
    'nonjob_context': -3.558,
    'organiser_self': 0.355,
    'organiser_veto': -1.924,
    'own_with_company': -0.517,
    'recruiter_organiser': 1.045,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.155,
    'shape_first_look': 0.000,
    'soft_evidence': 2.939,
    'strong_title': 1.590,
    'title_veto': -4.093,
    'tool_title': 2.070,
    'trial_invited': 0.952,
    'uncorroborated': 0.300,
    'vendor_pitch': -2.050,
    'veto_disputed': 0.000,
    'weak_seconded': 1.353,
    'weak_title': -0.217,
    'wording': 0.340,
}
