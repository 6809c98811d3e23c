"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -3.009
WEIGHTS: dict[str, float] = {
    'chore': -3.772,
    'company_context': 1.012,
    'counter_evidence': -0.906,
    'desc_negative': -2.257,
    'desc_people': 1.621,
    'desc_positive': 0.000,
    'hiring_side': -3.488,
    'informational': -3.731,
    'named_candidate': 0.820,
    'names_job': 1.234,
    'names_me': 0.415,
    'names_someone_else': -4.241,
    'nonjob_context': -3.537,
    'organiser_self': -0.303,
    'organiser_veto': -3.524,
    'own_with_company': 1.044,
    'recruiter_organiser': 0.657,
    'scheduler_title': -0.526,
    'soft_evidence': 4.282,
    'strong_title': 3.599,
    'title_veto': -5.928,
    'tool_title': 2.430,
    'uncorroborated': -0.257,
    'weak_seconded': 1.758,
    'weak_title': 0.287,
    'wording': 0.260,
}
