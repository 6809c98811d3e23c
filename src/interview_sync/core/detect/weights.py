"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.441
WEIGHTS: dict[str, float] = {
    'company_context': 1.447,
    'counter_evidence': -0.912,
    'desc_negative': -1.848,
    'desc_people': 0.964,
    'desc_positive': 0.834,
    'hiring_side': -3.404,
    'named_candidate': 0.818,
    'names_job': 1.390,
    'names_me': 1.860,
    'names_someone_else': -4.221,
    'nonjob_context': -3.249,
    'organiser_self': -0.125,
    'organiser_veto': -4.069,
    'recruiter_organiser': 0.748,
    'scheduler_title': 0.962,
    'soft_evidence': 4.728,
    'strong_title': 4.283,
    'title_veto': -6.529,
    'uncorroborated': -0.571,
    'weak_title': 1.021,
}
