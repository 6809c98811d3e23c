"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.358
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.919,
    'booking_page': 0.000,
    'chore': -3.889,
    'company_context': 0.678,
    'counter_evidence': -0.329,
    'desc_negative': 0.178,
    'desc_people': 0.909,
    'desc_positive': 0.000,
    'hiring_side': -4.281,
    'informational': -3.689,
    'named_candidate': 0.481,
    'names_job': 0.712,
    'names_me': 0.733,
    'names_someone_else': -1.723,
    'nonjob_context': -3.979,
    'organiser_self': 0.605,
    'organiser_veto': -1.912,
    'own_with_company': -0.721,
    'recruiter_organiser': 1.034,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.255,
    'shape_first_look': 0.000,
    'soft_evidence': 2.884,
    'strong_title': 1.658,
    'title_veto': -4.146,
    'tool_title': 1.650,
    'trial_invited': 1.441,
    'uncorroborated': 0.183,
    'vendor_pitch': -2.606,
    'veto_disputed': 0.000,
    'weak_seconded': 1.175,
    'weak_title': 0.068,
    'wording': 0.504,
}
