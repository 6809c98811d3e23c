"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.350
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.902,
    'booking_page': 0.000,
    'chore': -3.864,
    'company_context': 0.743,
    'counter_evidence': -0.344,
    'desc_negative': 0.182,
    'desc_people': 0.907,
    'desc_positive': 0.000,
    'hiring_side': -4.181,
    'informational': -3.591,
    'named_candidate': 0.489,
    'names_job': 0.688,
    'names_me': 0.777,
    'names_someone_else': -1.595,
    'nonjob_context': -3.920,
    'organiser_self': 0.645,
    'organiser_veto': -1.876,
    'own_with_company': -0.791,
    'recruiter_organiser': 0.976,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.238,
    'shape_first_look': 0.000,
    'soft_evidence': 2.881,
    'strong_title': 1.533,
    'title_veto': -4.143,
    'tool_title': 1.718,
    'trial_invited': 1.531,
    'uncorroborated': 0.290,
    'vendor_pitch': -2.460,
    'veto_disputed': 0.000,
    'weak_seconded': 1.223,
    'weak_title': -0.111,
    'wording': 0.500,
}
