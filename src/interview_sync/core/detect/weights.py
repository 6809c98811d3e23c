"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.826
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.199,
    'booking_page': 0.000,
    'chore': -3.928,
    'company_context': 0.861,
    'counter_evidence': -0.571,
    'desc_negative': 0.112,
    'desc_people': 1.401,
    'desc_positive': 0.358,
    'hiring_side': -3.535,
    'informational': -3.381,
    'named_candidate': 0.588,
    'names_job': 0.848,
    'names_me': 0.983,
    'names_someone_else': -2.645,
    'nonjob_context': -3.692,
    'organiser_self': 0.027,
    'organiser_veto': -1.764,
    'own_with_company': -0.187,
    'recruiter_organiser': 1.002,
    'scheduler_title': 0.000,
    'selection_step': 2.643,
    'soft_evidence': 3.144,
    'strong_title': 2.095,
    'title_veto': -4.580,
    'tool_title': 2.612,
    'trial_invited': 1.290,
    'uncorroborated': -0.070,
    'vendor_pitch': -2.523,
    'veto_disputed': 0.000,
    'weak_seconded': 1.559,
    'weak_title': -0.235,
    'wording': 0.354,
}
