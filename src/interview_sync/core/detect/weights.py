"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.172
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.840,
    'company_context': 0.882,
    'counter_evidence': -0.742,
    'desc_negative': -0.308,
    'desc_people': 1.595,
    'desc_positive': 0.158,
    'hiring_side': -3.076,
    'informational': -3.455,
    'named_candidate': 0.646,
    'names_job': 0.879,
    'names_me': 1.093,
    'names_someone_else': -3.047,
    'nonjob_context': -4.018,
    'organiser_self': -0.048,
    'organiser_veto': -2.173,
    'own_with_company': 0.072,
    'recruiter_organiser': 1.028,
    'scheduler_title': 0.000,
    'selection_step': 2.350,
    'soft_evidence': 3.330,
    'strong_title': 2.413,
    'title_veto': -5.123,
    'tool_title': 2.424,
    'trial_invited': 1.252,
    'uncorroborated': -0.041,
    'weak_seconded': 1.256,
    'weak_title': 0.302,
    'wording': 0.336,
}
