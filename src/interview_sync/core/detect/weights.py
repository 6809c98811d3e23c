"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.107
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.864,
    'booking_page': 0.000,
    'chore': -3.923,
    'company_context': 0.651,
    'counter_evidence': -0.253,
    'desc_negative': 0.388,
    'desc_people': 1.026,
    'desc_positive': 0.235,
    'hiring_side': -3.775,
    'informational': -3.447,
    'named_candidate': 0.394,
    'names_job': 0.819,
    'names_me': 0.888,
    'names_someone_else': -2.048,
    'nonjob_context': -3.395,
    'organiser_self': 0.428,
    'organiser_veto': -1.878,
    'own_with_company': -0.642,
    'recruiter_organiser': 1.016,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 1.845,
    'shape_first_look': 0.000,
    'soft_evidence': 2.962,
    'strong_title': 1.414,
    'title_veto': -4.122,
    'tool_title': 2.032,
    'trial_invited': 0.819,
    'uncorroborated': 0.157,
    'vendor_pitch': -2.062,
    'veto_disputed': 0.000,
    'weak_seconded': 1.361,
    'weak_title': -0.355,
    'wording': 0.369,
}
