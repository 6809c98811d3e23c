"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -2.754
WEIGHTS: dict[str, float] = {
    'chore': -3.377,
    'company_context': 0.977,
    'counter_evidence': -0.757,
    'desc_negative': -1.794,
    'desc_people': 2.117,
    'desc_positive': 0.560,
    'hiring_side': -4.295,
    'informational': -4.196,
    'named_candidate': 1.609,
    'names_job': 1.546,
    'names_me': 1.486,
    'names_someone_else': -4.848,
    'nonjob_context': -3.426,
    'organiser_self': -1.399,
    'organiser_veto': -4.084,
    'own_with_company': 1.176,
    'recruiter_organiser': 0.528,
    'scheduler_title': 1.123,
    'soft_evidence': 4.541,
    'strong_title': 4.281,
    'title_veto': -6.832,
    'uncorroborated': -0.284,
    'weak_seconded': 2.357,
    'weak_title': -0.286,
}
