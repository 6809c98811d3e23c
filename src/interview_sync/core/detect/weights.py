"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -1.998
WEIGHTS: dict[str, float] = {
    'chore': -3.842,
    'company_context': 0.465,
    'counter_evidence': -0.831,
    'desc_negative': -1.734,
    'desc_people': 1.630,
    'desc_positive': 0.672,
    'hiring_side': -4.539,
    'informational': -4.975,
    'named_candidate': 1.372,
    'names_job': 1.588,
    'names_me': 1.415,
    'names_someone_else': -5.273,
    'nonjob_context': -3.422,
    'organiser_self': -0.832,
    'organiser_veto': -4.198,
    'own_with_company': 0.890,
    'recruiter_organiser': 0.496,
    'scheduler_title': 1.104,
    'soft_evidence': 4.069,
    'strong_title': 3.998,
    'title_veto': -7.060,
    'tool_title': 2.516,
    'uncorroborated': -0.768,
    'weak_seconded': 1.960,
    'weak_title': -0.194,
}
