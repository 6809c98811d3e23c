"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.642
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -4.075,
    'company_context': 1.018,
    'counter_evidence': -0.828,
    'desc_negative': -0.427,
    'desc_people': 1.162,
    'desc_positive': 0.000,
    'hiring_side': -4.166,
    'informational': -3.806,
    'named_candidate': 0.951,
    'names_job': 1.012,
    'names_me': 1.259,
    'names_someone_else': -3.945,
    'nonjob_context': -4.892,
    'organiser_self': -0.061,
    'organiser_veto': -3.046,
    'own_with_company': 0.285,
    'recruiter_organiser': 0.802,
    'scheduler_title': 0.000,
    'soft_evidence': 4.119,
    'strong_title': 3.265,
    'title_veto': -5.394,
    'tool_title': 2.858,
    'trial_invited': 1.319,
    'uncorroborated': -0.017,
    'weak_seconded': 2.156,
    'weak_title': -0.154,
    'wording': 0.294,
}
