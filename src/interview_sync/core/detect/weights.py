"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -3.692
WEIGHTS: dict[str, float] = {
    'company_context': 1.652,
    'counter_evidence': -1.045,
    'desc_negative': -1.539,
    'desc_positive': 0.977,
    'hiring_side': -4.343,
    'named_candidate': 1.024,
    'names_job': 1.393,
    'names_me': 2.118,
    'names_someone_else': -5.058,
    'nonjob_context': -4.103,
    'organiser_self': 0.057,
    'organiser_veto': -5.052,
    'recruiter_organiser': 0.893,
    'scheduler_title': 0.862,
    'soft_evidence': 4.955,
    'strong_title': 5.129,
    'title_veto': -7.624,
    'weak_title': 1.017,
}
