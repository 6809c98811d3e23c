"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.106
WEIGHTS: dict[str, float] = {
    'chore': -4.365,
    'company_context': 0.701,
    'counter_evidence': -0.463,
    'desc_negative': -0.848,
    'desc_people': 1.915,
    'desc_positive': 0.646,
    'hiring_side': -4.649,
    'informational': -4.925,
    'named_candidate': 1.378,
    'names_job': 1.559,
    'names_me': 1.470,
    'names_someone_else': -4.740,
    'nonjob_context': -3.346,
    'organiser_self': -0.675,
    'organiser_veto': -4.021,
    'own_with_company': 0.381,
    'recruiter_organiser': 0.765,
    'scheduler_title': 0.826,
    'soft_evidence': 3.833,
    'strong_title': 3.605,
    'title_veto': -6.363,
    'tool_title': 2.785,
    'trial_invited': 2.398,
    'uncorroborated': 0.039,
    'weak_seconded': 1.967,
    'weak_title': -0.129,
    'wording': 0.000,
}
