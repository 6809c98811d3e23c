"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.087
WEIGHTS: dict[str, float] = {
    'chore': -4.351,
    'company_context': 0.712,
    'counter_evidence': -0.520,
    'desc_negative': -0.270,
    'desc_people': 1.801,
    'desc_positive': 0.808,
    'hiring_side': -5.111,
    'informational': -4.940,
    'named_candidate': 1.382,
    'names_job': 1.588,
    'names_me': 1.527,
    'names_someone_else': -4.580,
    'nonjob_context': -3.329,
    'organiser_self': -0.477,
    'organiser_veto': -4.042,
    'own_with_company': 0.009,
    'recruiter_organiser': 0.624,
    'scheduler_title': 0.720,
    'soft_evidence': 3.894,
    'strong_title': 3.549,
    'title_veto': -6.231,
    'tool_title': 2.706,
    'trial_invited': 2.236,
    'uncorroborated': -0.035,
    'weak_seconded': 1.914,
    'weak_title': -0.449,
    'wording': 0.000,
}
