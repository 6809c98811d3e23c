"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -2.756
WEIGHTS: dict[str, float] = {
    'chore': -3.514,
    'company_context': 0.972,
    'counter_evidence': -0.782,
    'desc_negative': -1.812,
    'desc_people': 2.026,
    'desc_positive': 0.583,
    'hiring_side': -4.328,
    'informational': -4.251,
    'named_candidate': 1.623,
    'names_job': 1.542,
    'names_me': 1.480,
    'names_someone_else': -4.873,
    'nonjob_context': -3.447,
    'organiser_self': -1.283,
    'organiser_veto': -4.103,
    'own_with_company': 1.079,
    'recruiter_organiser': 0.529,
    'scheduler_title': 1.132,
    'soft_evidence': 4.513,
    'strong_title': 4.313,
    'title_veto': -6.862,
    'uncorroborated': -0.205,
    'weak_seconded': 2.372,
    'weak_title': -0.295,
}
