"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.791
WEIGHTS: dict[str, float] = {
    'chore': -3.918,
    'company_context': 0.895,
    'counter_evidence': -0.766,
    'desc_negative': -0.268,
    'desc_people': 1.115,
    'desc_positive': 0.000,
    'hiring_side': -3.363,
    'informational': -3.757,
    'named_candidate': 1.043,
    'names_job': 0.923,
    'names_me': 1.398,
    'names_someone_else': -3.938,
    'nonjob_context': -3.670,
    'organiser_self': 0.127,
    'organiser_veto': -3.356,
    'own_with_company': -0.220,
    'recruiter_organiser': 0.777,
    'scheduler_title': 0.000,
    'soft_evidence': 4.220,
    'strong_title': 3.381,
    'title_veto': -5.627,
    'tool_title': 2.815,
    'trial_invited': 1.328,
    'uncorroborated': -0.212,
    'weak_seconded': 2.047,
    'weak_title': -0.112,
    'wording': 0.279,
}
