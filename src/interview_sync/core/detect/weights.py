"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.111
WEIGHTS: dict[str, float] = {
    'company_context': 1.635,
    'counter_evidence': -0.768,
    'desc_negative': -1.537,
    'desc_people': 2.278,
    'desc_positive': 0.860,
    'hiring_side': -3.911,
    'informational': -3.508,
    'named_candidate': 1.645,
    'names_job': 1.909,
    'names_me': 2.007,
    'names_someone_else': -4.237,
    'nonjob_context': -3.202,
    'organiser_self': -1.182,
    'organiser_veto': -4.118,
    'recruiter_organiser': 0.653,
    'scheduler_title': 0.445,
    'soft_evidence': 4.015,
    'strong_title': 3.724,
    'title_veto': -6.560,
    'uncorroborated': -0.325,
    'weak_title': 0.519,
}
