"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.876
WEIGHTS: dict[str, float] = {
    'chore': -4.216,
    'company_context': 0.534,
    'counter_evidence': -0.708,
    'desc_negative': -0.135,
    'desc_people': 1.862,
    'desc_positive': 0.633,
    'hiring_side': -4.404,
    'informational': -4.569,
    'named_candidate': 1.392,
    'names_job': 1.404,
    'names_me': 1.588,
    'names_someone_else': -4.588,
    'nonjob_context': -3.212,
    'organiser_self': -0.651,
    'organiser_veto': -4.048,
    'own_with_company': -0.488,
    'recruiter_organiser': 0.702,
    'scheduler_title': 0.731,
    'soft_evidence': 3.701,
    'strong_title': 3.454,
    'title_veto': -6.128,
    'tool_title': 2.731,
    'trial_invited': 2.226,
    'uncorroborated': -0.061,
    'weak_seconded': 1.831,
    'weak_title': -0.421,
    'wording': 0.000,
}
