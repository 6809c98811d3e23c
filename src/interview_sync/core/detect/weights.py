"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.176
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.847,
    'company_context': 0.867,
    'counter_evidence': -0.773,
    'desc_negative': -0.631,
    'desc_people': 1.278,
    'desc_positive': 0.094,
    'hiring_side': -3.623,
    'informational': -3.680,
    'named_candidate': 0.909,
    'names_job': 0.850,
    'names_me': 1.229,
    'names_someone_else': -3.607,
    'nonjob_context': -4.488,
    'organiser_self': -0.367,
    'organiser_veto': -3.008,
    'own_with_company': 0.076,
    'recruiter_organiser': 0.804,
    'scheduler_title': 0.000,
    'soft_evidence': 4.018,
    'strong_title': 2.810,
    'title_veto': -5.413,
    'tool_title': 2.948,
    'trial_invited': 1.265,
    'uncorroborated': 0.014,
    'weak_seconded': 2.112,
    'weak_title': -0.403,
    'wording': 0.286,
}
