"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -2.136
WEIGHTS: dict[str, float] = {
    'chore': -3.799,
    'company_context': 0.519,
    'counter_evidence': -0.841,
    'desc_negative': -1.708,
    'desc_people': 1.692,
    'desc_positive': 0.600,
    'hiring_side': -4.497,
    'informational': -4.946,
    'named_candidate': 1.419,
    'names_job': 1.579,
    'names_me': 1.441,
    'names_someone_else': -5.250,
    'nonjob_context': -3.399,
    'organiser_self': -0.845,
    'organiser_veto': -4.178,
    'own_with_company': 0.903,
    'recruiter_organiser': 0.556,
    'scheduler_title': 1.163,
    'soft_evidence': 4.119,
    'strong_title': 4.067,
    'title_veto': -7.042,
    'tool_title': 2.566,
    'uncorroborated': -0.746,
    'weak_seconded': 1.967,
    'weak_title': -0.129,
}
