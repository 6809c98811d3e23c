"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.337
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.937,
    'booking_page': 0.000,
    'chore': -3.926,
    'company_context': 0.667,
    'counter_evidence': -0.401,
    'desc_negative': -0.004,
    'desc_people': 1.202,
    'desc_positive': 0.353,
    'hiring_side': -3.742,
    'informational': -3.465,
    'named_candidate': 0.501,
    'names_job': 0.880,
    'names_me': 0.898,
    'names_someone_else': -2.544,
    'nonjob_context': -3.076,
    'organiser_self': 0.192,
    'organiser_veto': -1.875,
    'own_with_company': -0.332,
    'recruiter_organiser': 1.073,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 1.912,
    'shape_first_look': 0.000,
    'soft_evidence': 2.956,
    'strong_title': 1.623,
    'title_veto': -4.300,
    'tool_title': 2.036,
    'trial_invited': 0.458,
    'uncorroborated': 0.100,
    'vendor_pitch': -2.220,
    'veto_disputed': 0.000,
    'weak_seconded': 1.473,
    'weak_title': -0.254,
    'wording': 0.357,
}
