"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.850
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.810,
    'company_context': 1.183,
    'counter_evidence': -0.870,
    'desc_negative': -0.304,
    'desc_people': 1.075,
    'desc_positive': 0.000,
    'hiring_side': -3.684,
    'informational': -3.604,
    'named_candidate': 1.017,
    'names_job': 0.968,
    'names_me': 1.409,
    'names_someone_else': -3.547,
    'nonjob_context': -3.804,
    'organiser_self': 0.311,
    'organiser_veto': -2.996,
    'own_with_company': 0.173,
    'recruiter_organiser': 0.913,
    'scheduler_title': 0.000,
    'soft_evidence': 3.799,
    'strong_title': 3.026,
    'title_veto': -5.276,
    'tool_title': 2.651,
    'trial_invited': 1.173,
    'uncorroborated': -0.098,
    'weak_seconded': 1.663,
    'weak_title': -0.030,
    'wording': 0.315,
}
