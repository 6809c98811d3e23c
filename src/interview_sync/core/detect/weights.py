"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.068
WEIGHTS: dict[str, float] = {
    'chore': -4.282,
    'company_context': 0.636,
    'counter_evidence': -0.518,
    'desc_negative': -0.672,
    'desc_people': 1.849,
    'desc_positive': 0.677,
    'hiring_side': -4.501,
    'informational': -4.832,
    'named_candidate': 1.361,
    'names_job': 1.573,
    'names_me': 1.578,
    'names_someone_else': -4.621,
    'nonjob_context': -3.236,
    'organiser_self': -0.492,
    'organiser_veto': -3.995,
    'own_with_company': -0.031,
    'recruiter_organiser': 0.758,
    'scheduler_title': 0.788,
    'soft_evidence': 3.938,
    'strong_title': 3.495,
    'title_veto': -6.105,
    'tool_title': 2.739,
    'trial_invited': 2.267,
    'uncorroborated': -0.055,
    'weak_seconded': 1.902,
    'weak_title': -0.424,
    'wording': 0.000,
}
