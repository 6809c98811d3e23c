"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.104
WEIGHTS: dict[str, float] = {
    'chore': -4.348,
    'company_context': 0.739,
    'counter_evidence': -0.510,
    'desc_negative': -0.696,
    'desc_people': 1.759,
    'desc_positive': 0.793,
    'hiring_side': -5.291,
    'informational': -5.002,
    'named_candidate': 1.360,
    'names_job': 1.519,
    'names_me': 1.588,
    'names_someone_else': -4.603,
    'nonjob_context': -3.377,
    'organiser_self': -0.473,
    'organiser_veto': -4.137,
    'own_with_company': 0.300,
    'recruiter_organiser': 0.646,
    'scheduler_title': 0.685,
    'soft_evidence': 3.882,
    'strong_title': 3.637,
    'title_veto': -6.713,
    'tool_title': 2.771,
    'trial_invited': 2.220,
    'uncorroborated': -0.124,
    'weak_seconded': 1.935,
    'weak_title': -0.433,
    'wording': 0.000,
}
