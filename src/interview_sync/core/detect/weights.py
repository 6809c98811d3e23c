"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.876
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.165,
    'booking_page': 0.000,
    'chore': -3.978,
    'company_context': 0.936,
    'counter_evidence': -0.537,
    'desc_negative': 0.060,
    'desc_people': 1.392,
    'desc_positive': 0.371,
    'hiring_side': -3.763,
    'informational': -3.437,
    'named_candidate': 0.582,
    'names_job': 0.819,
    'names_me': 0.966,
    'names_someone_else': -2.657,
    'nonjob_context': -3.588,
    'organiser_self': 0.077,
    'organiser_veto': -1.755,
    'own_with_company': -0.183,
    'recruiter_organiser': 1.091,
    'scheduler_title': 0.000,
    'selection_step': 2.735,
    'soft_evidence': 3.139,
    'strong_title': 2.035,
    'title_veto': -4.664,
    'tool_title': 2.687,
    'trial_invited': 1.378,
    'uncorroborated': 0.050,
    'vendor_pitch': -2.443,
    'veto_disputed': 0.000,
    'weak_seconded': 1.672,
    'weak_title': -0.294,
    'wording': 0.363,
}
