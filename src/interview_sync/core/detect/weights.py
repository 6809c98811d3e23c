"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.207
WEIGHTS: dict[str, float] = {
    'chore': -4.085,
    'company_context': 0.683,
    'counter_evidence': -0.689,
    'desc_negative': -1.773,
    'desc_people': 1.856,
    'desc_positive': 0.858,
    'hiring_side': -4.572,
    'informational': -5.069,
    'named_candidate': 1.510,
    'names_job': 1.498,
    'names_me': 1.524,
    'names_someone_else': -5.088,
    'nonjob_context': -3.453,
    'organiser_self': -0.767,
    'organiser_veto': -4.165,
    'own_with_company': 0.889,
    'recruiter_organiser': 0.593,
    'scheduler_title': 0.922,
    'soft_evidence': 3.949,
    'strong_title': 3.867,
    'title_veto': -7.007,
    'tool_title': 2.617,
    'trial_invited': 2.126,
    'uncorroborated': -0.297,
    'weak_seconded': 1.933,
    'weak_title': -0.123,
    'wording': 0.000,
}
