"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.828
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.042,
    'booking_page': 0.000,
    'chore': -4.012,
    'company_context': 0.911,
    'counter_evidence': -0.531,
    'desc_negative': 0.030,
    'desc_people': 1.350,
    'desc_positive': 0.344,
    'hiring_side': -3.765,
    'informational': -3.439,
    'named_candidate': 0.562,
    'names_job': 0.840,
    'names_me': 0.993,
    'names_someone_else': -2.563,
    'nonjob_context': -3.537,
    'organiser_self': 0.156,
    'organiser_veto': -1.719,
    'own_with_company': -0.259,
    'recruiter_organiser': 1.086,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.329,
    'shape_first_look': 0.000,
    'soft_evidence': 3.165,
    'strong_title': 1.987,
    'title_veto': -4.639,
    'tool_title': 2.638,
    'trial_invited': 1.564,
    'uncorroborated': -0.004,
    'vendor_pitch': -2.441,
    'veto_disputed': 0.000,
    'weak_seconded': 1.791,
    'weak_title': -0.443,
    'wording': 0.365,
}
