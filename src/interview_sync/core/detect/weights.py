"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.188
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.791,
    'company_context': 0.909,
    'counter_evidence': -1.012,
    'desc_negative': -0.262,
    'desc_people': 1.261,
    'desc_positive': 0.048,
    'hiring_side': -3.358,
    'informational': -3.684,
    'named_candidate': 0.950,
    'names_job': 0.953,
    'names_me': 1.228,
    'names_someone_else': -3.663,
    'nonjob_context': -4.135,
    'organiser_self': -0.328,
    'organiser_veto': -3.026,
    'own_with_company': -0.404,
    'recruiter_organiser': 0.913,
    'scheduler_title': 0.000,
    'soft_evidence': 3.928,
    'strong_title': 2.790,
    'title_veto': -5.271,
    'tool_title': 2.440,
    'trial_invited': 1.979,
    'uncorroborated': -0.066,
    'weak_seconded': 1.743,
    'weak_title': -0.150,
    'wording': 0.294,
}
