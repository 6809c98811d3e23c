"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.326
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.929,
    'booking_page': 0.000,
    'chore': -3.977,
    'company_context': 0.744,
    'counter_evidence': -0.358,
    'desc_negative': 0.158,
    'desc_people': 0.899,
    'desc_positive': 0.000,
    'hiring_side': -4.252,
    'informational': -3.575,
    'named_candidate': 0.495,
    'names_job': 0.720,
    'names_me': 0.746,
    'names_someone_else': -1.668,
    'nonjob_context': -3.898,
    'organiser_self': 0.644,
    'organiser_veto': -1.880,
    'own_with_company': -0.798,
    'recruiter_organiser': 1.058,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.289,
    'shape_first_look': 0.000,
    'soft_evidence': 2.839,
    'strong_title': 1.545,
    'title_veto': -4.197,
    'tool_title': 1.702,
    'trial_invited': 1.504,
    'uncorroborated': 0.329,
    'vendor_pitch': -2.467,
    'veto_disputed': 0.000,
    'weak_seconded': 1.191,
    'weak_title': -0.096,
    'wording': 0.503,
}
