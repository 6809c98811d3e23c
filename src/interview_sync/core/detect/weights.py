"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.883
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.816,
    'company_context': 0.853,
    'counter_evidence': -0.744,
    'desc_negative': -0.024,
    'desc_people': 1.571,
    'desc_positive': 0.168,
    'hiring_side': -2.866,
    'informational': -3.212,
    'named_candidate': 0.790,
    'names_job': 1.017,
    'names_me': 1.113,
    'names_someone_else': -3.052,
    'nonjob_context': -4.181,
    'organiser_self': -0.162,
    'organiser_veto': -2.225,
    'own_with_company': 0.102,
    'recruiter_organiser': 1.006,
    'scheduler_title': 0.000,
    'soft_evidence': 3.225,
    'strong_title': 2.132,
    'title_veto': -4.681,
    'tool_title': 2.473,
    'trial_invited': 1.501,
    'uncorroborated': 0.041,
    'veto_disputed': 0.000,
    'weak_seconded': 1.116,
    'weak_title': 0.006,
    'wording': 0.326,
}
