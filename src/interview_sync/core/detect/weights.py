"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.051
WEIGHTS: dict[str, float] = {
    'chore': -4.217,
    'company_context': 0.616,
    'counter_evidence': -0.492,
    'desc_negative': -0.624,
    'desc_people': 1.866,
    'desc_positive': 0.724,
    'hiring_side': -4.472,
    'informational': -4.820,
    'named_candidate': 1.315,
    'names_job': 1.531,
    'names_me': 1.647,
    'names_someone_else': -4.575,
    'nonjob_context': -3.234,
    'organiser_self': -0.535,
    'organiser_veto': -4.030,
    'own_with_company': -0.037,
    'recruiter_organiser': 0.730,
    'scheduler_title': 0.709,
    'soft_evidence': 3.931,
    'strong_title': 3.472,
    'title_veto': -6.356,
    'tool_title': 2.773,
    'trial_invited': 2.255,
    'uncorroborated': -0.113,
    'weak_seconded': 1.881,
    'weak_title': -0.405,
    'wording': 0.000,
}
