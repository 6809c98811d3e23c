"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.362
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.953,
    'booking_page': 0.000,
    'chore': -4.173,
    'company_context': 0.747,
    'counter_evidence': -0.440,
    'desc_negative': 0.044,
    'desc_people': 1.145,
    'desc_positive': 0.319,
    'hiring_side': -3.990,
    'informational': -3.429,
    'named_candidate': 0.521,
    'names_job': 0.843,
    'names_me': 0.870,
    'names_someone_else': -2.411,
    'nonjob_context': -3.380,
    'organiser_self': 0.298,
    'organiser_veto': -1.869,
    'own_with_company': -0.378,
    'recruiter_organiser': 1.134,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 1.867,
    'shape_first_look': 0.000,
    'soft_evidence': 2.995,
    'strong_title': 1.622,
    'title_veto': -4.310,
    'tool_title': 2.186,
    'trial_invited': 0.865,
    'uncorroborated': 0.298,
    'vendor_pitch': -2.100,
    'veto_disputed': 0.000,
    'weak_seconded': 1.415,
    'weak_title': -0.214,
    'wording': 0.369,
}
