"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.216
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.794,
    'company_context': 0.938,
    'counter_evidence': -0.985,
    'desc_negative': -0.287,
    'desc_people': 1.226,
    'desc_positive': 0.037,
    'hiring_side': -3.511,
    'informational': -3.711,
    'named_candidate': 0.945,
    'names_job': 1.004,
    'names_me': 1.192,
    'names_someone_else': -3.698,
    'nonjob_context': -4.113,
    'organiser_self': -0.351,
    'organiser_veto': -3.018,
    'own_with_company': -0.249,
    'recruiter_organiser': 0.922,
    'scheduler_title': 0.000,
    'soft_evidence': 3.929,
    'strong_title': 2.814,
    'title_veto': -5.334,
    'tool_title': 2.853,
    'trial_invited': 1.991,
    'uncorroborated': -0.039,
    'weak_seconded': 1.835,
    'weak_title': -0.174,
    'wording': 0.296,
}
