"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.363
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.895,
    'booking_page': 0.000,
    'chore': -4.039,
    'company_context': 0.738,
    'counter_evidence': -0.490,
    'desc_negative': 0.013,
    'desc_people': 1.176,
    'desc_positive': 0.352,
    'hiring_side': -3.703,
    'informational': -3.429,
    'named_candidate': 0.527,
    'names_job': 0.848,
    'names_me': 0.906,
    'names_someone_else': -2.398,
    'nonjob_context': -3.069,
    'organiser_self': 0.253,
    'organiser_veto': -1.907,
    'own_with_company': -0.312,
    'recruiter_organiser': 1.076,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 1.891,
    'shape_first_look': 0.000,
    'soft_evidence': 3.022,
    'strong_title': 1.548,
    'title_veto': -4.364,
    'tool_title': 2.108,
    'trial_invited': 0.223,
    'uncorroborated': 0.295,
    'vendor_pitch': -2.127,
    'veto_disputed': 0.000,
    'weak_seconded': 1.352,
    'weak_title': -0.241,
    'wording': 0.373,
}
