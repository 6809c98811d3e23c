"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.312
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.878,
    'booking_page': 0.000,
    'chore': -4.227,
    'company_context': 0.701,
    'counter_evidence': -0.245,
    'desc_negative': 0.292,
    'desc_people': 1.121,
    'desc_positive': 0.261,
    'hiring_side': -3.981,
    'informational': -3.427,
    'named_candidate': 0.400,
    'names_job': 0.861,
    'names_me': 0.902,
    'names_someone_else': -2.149,
    'nonjob_context': -3.365,
    'organiser_self': 0.353,
    'organiser_veto': -1.906,
    'own_with_company': -0.591,
    'recruiter_organiser': 1.096,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 1.865,
    'shape_first_look': 0.000,
    'soft_evidence': 2.996,
    'strong_title': 1.551,
    'title_veto': -4.162,
    'tool_title': 2.119,
    'trial_invited': 0.857,
    'uncorroborated': 0.297,
    'vendor_pitch': -2.070,
    'veto_disputed': 0.000,
    'weak_seconded': 1.315,
    'weak_title': -0.214,
    'wording': 0.363,
}
