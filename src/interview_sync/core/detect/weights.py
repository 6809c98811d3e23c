"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.486
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.039,
    'booking_page': 0.000,
    'chore': -3.688,
    'company_context': 0.858,
    'counter_evidence': -0.579,
    'desc_negative': 0.040,
    'desc_people': 1.172,
    'desc_positive': 0.358,
    'hiring_side': -3.792,
    'informational': -3.434,
    'named_candidate': 0.541,
    'names_job': 0.849,
    'names_me': 0.935,
    'names_someone_else': -2.315,
    'nonjob_context': -3.422,
    'organiser_self': 0.328,
    'organiser_veto': -1.819,
    'own_with_company': -0.498,
    'recruiter_organiser': 1.027,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.049,
    'shape_first_look': 0.000,
    'soft_evidence': 2.967,
    'strong_title': 1.686,
    'title_veto': -4.678,
    'tool_title': 2.268,
    'trial_invited': 1.454,
    'uncorroborated': -0.077,
    'vendor_pitch': -2.338,
    'veto_disputed': 0.000,
    'weak_seconded': 1.570,
    'weak_title': -0.505,
    'wording': 0.365,
}
