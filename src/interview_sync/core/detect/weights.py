"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.831
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.908,
    'company_context': 1.215,
    'counter_evidence': -0.887,
    'desc_negative': -0.333,
    'desc_people': 1.078,
    'desc_positive': 0.000,
    'hiring_side': -3.756,
    'informational': -3.537,
    'named_candidate': 1.037,
    'names_job': 0.966,
    'names_me': 1.390,
    'names_someone_else': -3.557,
    'nonjob_context': -3.787,
    'organiser_self': 0.378,
    'organiser_veto': -3.023,
    'own_with_company': 0.073,
    'recruiter_organiser': 0.919,
    'scheduler_title': 0.000,
    'soft_evidence': 3.811,
    'strong_title': 3.049,
    'title_veto': -5.302,
    'tool_title': 2.717,
    'trial_invited': 1.362,
    'uncorroborated': -0.114,
    'weak_seconded': 1.815,
    'weak_title': -0.160,
    'wording': 0.316,
}
