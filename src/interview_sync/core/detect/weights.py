"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.184
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.776,
    'company_context': 1.089,
    'counter_evidence': -0.977,
    'desc_negative': 0.091,
    'desc_people': 1.308,
    'desc_positive': 0.164,
    'hiring_side': -3.319,
    'informational': -3.669,
    'named_candidate': 0.929,
    'names_job': 0.959,
    'names_me': 1.197,
    'names_someone_else': -3.115,
    'nonjob_context': -4.143,
    'organiser_self': -0.247,
    'organiser_veto': -2.991,
    'own_with_company': -0.452,
    'recruiter_organiser': 0.932,
    'scheduler_title': 0.000,
    'soft_evidence': 3.797,
    'strong_title': 2.570,
    'title_veto': -5.303,
    'tool_title': 2.473,
    'trial_invited': 1.648,
    'uncorroborated': 0.051,
    'weak_seconded': 1.624,
    'weak_title': -0.331,
    'wording': 0.286,
}
