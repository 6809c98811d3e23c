"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.332
WEIGHTS: dict[str, float] = {
    'company_context': 1.542,
    'counter_evidence': -0.906,
    'desc_negative': -1.027,
    'desc_positive': 1.247,
    'hiring_side': -3.018,
    'named_candidate': 0.918,
    'names_job': 0.958,
    'names_me': 1.695,
    'names_someone_else': -3.700,
    'organiser_self': -0.059,
    'organiser_veto': -3.426,
    'recruiter_organiser': 0.444,
    'scheduler_title': 0.712,
    'soft_evidence': 4.502,
    'strong_title': 4.676,
    'title_veto': -6.284,
    'weak_title': 0.841,
}
