"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.983
WEIGHTS: dict[str, float] = {
    'chore': -4.306,
    'company_context': 0.751,
    'counter_evidence': -0.427,
    'desc_negative': -0.744,
    'desc_people': 1.894,
    'desc_positive': 0.650,
    'hiring_side': -4.591,
    'informational': -4.676,
    'named_candidate': 1.265,
    'names_job': 1.593,
    'names_me': 1.616,
    'names_someone_else': -4.278,
    'nonjob_context': -3.192,
    'organiser_self': -0.426,
    'organiser_veto': -3.979,
    'own_with_company': 0.276,
    'recruiter_organiser': 0.897,
    'scheduler_title': 0.622,
    'soft_evidence': 3.562,
    'strong_title': 3.255,
    'title_veto': -6.260,
    'tool_title': 2.701,
    'trial_invited': 2.499,
    'uncorroborated': -0.001,
    'weak_seconded': 1.690,
    'weak_title': -0.429,
    'wording': 0.000,
}
