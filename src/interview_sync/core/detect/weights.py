"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -2.789
WEIGHTS: dict[str, float] = {
    'chore': -2.910,
    'company_context': 1.235,
    'counter_evidence': -0.735,
    'desc_negative': -1.782,
    'desc_people': 2.449,
    'desc_positive': 0.663,
    'hiring_side': -3.842,
    'informational': -4.073,
    'named_candidate': 1.637,
    'names_job': 1.699,
    'names_me': 1.463,
    'names_someone_else': -4.464,
    'nonjob_context': -3.354,
    'organiser_self': -1.576,
    'organiser_veto': -3.953,
    'own_with_company': 1.382,
    'recruiter_organiser': 0.561,
    'scheduler_title': 0.965,
    'soft_evidence': 4.450,
    'strong_title': 3.939,
    'title_veto': -6.294,
    'uncorroborated': -0.251,
    'weak_seconded': 2.155,
    'weak_title': -0.432,
}
