"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.073
WEIGHTS: dict[str, float] = {
    'company_context': 1.272,
    'counter_evidence': -0.795,
    'desc_negative': -1.446,
    'desc_people': 1.272,
    'desc_positive': 0.749,
    'hiring_side': -3.859,
    'informational': -3.848,
    'named_candidate': 1.611,
    'names_job': 1.649,
    'names_me': 2.054,
    'names_someone_else': -4.422,
    'nonjob_context': -3.240,
    'organiser_self': -0.786,
    'organiser_veto': -4.247,
    'recruiter_organiser': 0.666,
    'scheduler_title': 0.654,
    'soft_evidence': 4.364,
    'strong_title': 4.150,
    'title_veto': -6.698,
    'uncorroborated': -0.369,
    'weak_title': 0.836,
}
