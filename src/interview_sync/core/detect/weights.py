"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.266
WEIGHTS: dict[str, float] = {
    'chore': -3.916,
    'company_context': 0.691,
    'counter_evidence': -0.564,
    'desc_negative': -1.697,
    'desc_people': 2.077,
    'desc_positive': 0.718,
    'hiring_side': -4.422,
    'informational': -4.901,
    'named_candidate': 1.471,
    'names_job': 1.643,
    'names_me': 1.570,
    'names_someone_else': -5.005,
    'nonjob_context': -3.335,
    'organiser_self': -0.950,
    'organiser_veto': -4.065,
    'own_with_company': 1.101,
    'recruiter_organiser': 0.550,
    'scheduler_title': 0.945,
    'soft_evidence': 4.078,
    'strong_title': 3.771,
    'title_veto': -6.445,
    'tool_title': 2.665,
    'uncorroborated': -0.196,
    'weak_seconded': 1.796,
    'weak_title': -0.046,
    'wording': 0.000,
}
