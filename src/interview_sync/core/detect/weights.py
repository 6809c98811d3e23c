"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -2.177
WEIGHTS: dict[str, float] = {
    'chore': -3.822,
    'company_context': 0.570,
    'counter_evidence': -0.834,
    'desc_negative': -1.733,
    'desc_people': 1.741,
    'desc_positive': 0.600,
    'hiring_side': -4.484,
    'informational': -5.025,
    'named_candidate': 1.447,
    'names_job': 1.541,
    'names_me': 1.399,
    'names_someone_else': -5.202,
    'nonjob_context': -3.432,
    'organiser_self': -0.912,
    'organiser_veto': -4.162,
    'own_with_company': 0.949,
    'recruiter_organiser': 0.526,
    'scheduler_title': 1.174,
    'soft_evidence': 4.196,
    'strong_title': 4.089,
    'title_veto': -7.006,
    'tool_title': 1.685,
    'uncorroborated': -0.655,
    'weak_seconded': 2.354,
    'weak_title': -0.400,
}
