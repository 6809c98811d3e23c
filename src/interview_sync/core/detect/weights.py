"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.626
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -4.079,
    'company_context': 1.010,
    'counter_evidence': -0.828,
    'desc_negative': -0.415,
    'desc_people': 1.158,
    'desc_positive': 0.000,
    'hiring_side': -4.166,
    'informational': -3.808,
    'named_candidate': 0.939,
    'names_job': 1.039,
    'names_me': 1.271,
    'names_someone_else': -3.942,
    'nonjob_context': -4.875,
    'organiser_self': -0.065,
    'organiser_veto': -3.053,
    'own_with_company': 0.287,
    'recruiter_organiser': 0.759,
    'scheduler_title': 0.000,
    'soft_evidence': 4.123,
    'strong_title': 3.259,
    'title_veto': -5.527,
    'tool_title': 2.853,
    'trial_invited': 1.318,
    'uncorroborated': -0.020,
    'weak_seconded': 2.159,
    'weak_title': -0.162,
    'wording': 0.294,
}
