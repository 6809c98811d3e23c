"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.299
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.913,
    'booking_page': 0.000,
    'chore': -3.479,
    'company_context': 0.710,
    'counter_evidence': -0.445,
    'desc_negative': 0.067,
    'desc_people': 0.906,
    'desc_positive': 0.000,
    'hiring_side': -4.228,
    'informational': -3.568,
    'named_candidate': 0.509,
    'names_job': 0.749,
    'names_me': 0.797,
    'names_someone_else': -1.845,
    'nonjob_context': -3.582,
    'organiser_self': 0.714,
    'organiser_veto': -1.792,
    'own_with_company': -0.816,
    'recruiter_organiser': 1.030,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.098,
    'shape_first_look': 0.000,
    'soft_evidence': 2.824,
    'strong_title': 1.488,
    'title_veto': -3.887,
    'tool_title': 1.764,
    'trial_invited': 1.505,
    'uncorroborated': 0.144,
    'vendor_pitch': -2.313,
    'veto_disputed': 0.000,
    'weak_seconded': 1.357,
    'weak_title': -0.334,
    'wording': 0.465,
}
