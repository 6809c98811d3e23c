"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.179
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.848,
    'company_context': 0.867,
    'counter_evidence': -0.775,
    'desc_negative': -0.633,
    'desc_people': 1.278,
    'desc_positive': 0.092,
    'hiring_side': -3.624,
    'informational': -3.686,
    'named_candidate': 0.909,
    'names_job': 0.846,
    'names_me': 1.225,
    'names_someone_else': -3.609,
    'nonjob_context': -4.493,
    'organiser_self': -0.368,
    'organiser_veto': -3.006,
    'own_with_company': 0.077,
    'recruiter_organiser': 0.806,
    'scheduler_title': 0.000,
    'soft_evidence': 4.017,
    'strong_title': 2.813,
    'title_veto': -5.409,
    'tool_title': 2.949,
    'trial_invited': 1.262,
    'uncorroborated': 0.013,
    'weak_seconded': 2.126,
    'weak_title': -0.399,
    'wording': 0.286,
}
