"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.231
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.793,
    'company_context': 0.952,
    'counter_evidence': -0.981,
    'desc_negative': -0.292,
    'desc_people': 1.227,
    'desc_positive': 0.038,
    'hiring_side': -3.510,
    'informational': -3.711,
    'named_candidate': 0.947,
    'names_job': 0.994,
    'names_me': 1.198,
    'names_someone_else': -3.687,
    'nonjob_context': -4.163,
    'organiser_self': -0.341,
    'organiser_veto': -3.017,
    'own_with_company': -0.257,
    'recruiter_organiser': 0.928,
    'scheduler_title': 0.000,
    'soft_evidence': 3.927,
    'strong_title': 2.814,
    'title_veto': -5.341,
    'tool_title': 2.853,
    'trial_invited': 1.990,
    'uncorroborated': -0.034,
    'weak_seconded': 1.831,
    'weak_title': -0.169,
    'wording': 0.297,
}
