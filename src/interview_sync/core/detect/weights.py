"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -2.736
WEIGHTS: dict[str, float] = {
    'chore': -2.960,
    'company_context': 1.076,
    'counter_evidence': -0.774,
    'desc_negative': -1.824,
    'desc_people': 1.990,
    'desc_positive': 0.751,
    'hiring_side': -4.322,
    'informational': -4.181,
    'named_candidate': 1.629,
    'names_job': 1.561,
    'names_me': 1.469,
    'names_someone_else': -4.500,
    'nonjob_context': -3.386,
    'organiser_self': -1.391,
    'organiser_veto': -3.994,
    'own_with_company': 1.248,
    'recruiter_organiser': 0.559,
    'scheduler_title': 0.876,
    'soft_evidence': 4.409,
    'strong_title': 4.060,
    'title_veto': -6.454,
    'uncorroborated': -0.138,
    'weak_seconded': 2.240,
    'weak_title': -0.384,
}
