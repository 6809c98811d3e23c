"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.106
WEIGHTS: dict[str, float] = {
    'chore': -4.318,
    'company_context': 0.693,
    'counter_evidence': -0.426,
    'desc_negative': -0.816,
    'desc_people': 1.910,
    'desc_positive': 0.670,
    'hiring_side': -4.597,
    'informational': -4.744,
    'named_candidate': 1.345,
    'names_job': 1.540,
    'names_me': 1.534,
    'names_someone_else': -4.683,
    'nonjob_context': -3.297,
    'organiser_self': -0.609,
    'organiser_veto': -4.016,
    'own_with_company': 0.356,
    'recruiter_organiser': 0.792,
    'scheduler_title': 0.787,
    'soft_evidence': 3.627,
    'strong_title': 3.541,
    'title_veto': -6.321,
    'tool_title': 2.746,
    'trial_invited': 2.414,
    'uncorroborated': 0.025,
    'weak_seconded': 1.775,
    'weak_title': -0.129,
    'wording': 0.000,
}
