"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.120
WEIGHTS: dict[str, float] = {
    'chore': -4.409,
    'company_context': 0.755,
    'counter_evidence': -0.534,
    'desc_negative': -0.743,
    'desc_people': 1.743,
    'desc_positive': 0.738,
    'hiring_side': -5.314,
    'informational': -5.009,
    'named_candidate': 1.404,
    'names_job': 1.572,
    'names_me': 1.518,
    'names_someone_else': -4.658,
    'nonjob_context': -3.372,
    'organiser_self': -0.429,
    'organiser_veto': -4.097,
    'own_with_company': 0.295,
    'recruiter_organiser': 0.681,
    'scheduler_title': 0.770,
    'soft_evidence': 3.891,
    'strong_title': 3.657,
    'title_veto': -6.422,
    'tool_title': 2.731,
    'trial_invited': 2.233,
    'uncorroborated': -0.072,
    'weak_seconded': 1.953,
    'weak_title': -0.450,
    'wording': 0.000,
}
