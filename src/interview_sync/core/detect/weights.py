"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.492
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.801,
    'booking_page': 0.000,
    'chore': -4.202,
    'company_context': 0.759,
    'counter_evidence': -0.286,
    'desc_negative': 0.015,
    'desc_people': 0.983,
    'desc_positive': 0.000,
    'hiring_side': -3.996,
    'informational': -3.497,
    'named_candidate': 0.491,
    'names_job': 0.751,
    'names_me': 0.859,
    'names_someone_else': -2.096,
    'nonjob_context': -3.659,
    'organiser_self': 0.518,
    'organiser_veto': -1.735,
    'own_with_company': -0.649,
    'recruiter_organiser': 1.099,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 1.879,
    'shape_first_look': 0.000,
    'soft_evidence': 2.978,
    'strong_title': 1.581,
    'title_veto': -4.180,
    'tool_title': 2.010,
    'trial_invited': 0.841,
    'uncorroborated': 0.278,
    'vendor_pitch': -2.350,
    'veto_disputed': 0.000,
    'weak_seconded': 1.347,
    'weak_title': -0.185,
    'wording': 0.492,
}
