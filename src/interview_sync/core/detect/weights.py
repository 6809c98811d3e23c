"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.133
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.850,
    'company_context': 0.897,
    'counter_evidence': -0.736,
    'desc_negative': -0.350,
    'desc_people': 1.541,
    'desc_positive': 0.151,
    'hiring_side': -3.150,
    'informational': -3.372,
    'named_candidate': 0.617,
    'names_job': 0.875,
    'names_me': 1.099,
    'names_someone_else': -3.049,
    'nonjob_context': -3.928,
    'organiser_self': 0.010,
    'organiser_veto': -2.199,
    'own_with_company': 0.026,
    'recruiter_organiser': 1.010,
    'scheduler_title': 0.000,
    'selection_step': 2.364,
    'soft_evidence': 3.317,
    'strong_title': 2.350,
    'title_veto': -5.160,
    'tool_title': 2.427,
    'trial_invited': 1.246,
    'uncorroborated': -0.080,
    'weak_seconded': 1.206,
    'weak_title': 0.263,
    'wording': 0.346,
}
