"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.913
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.267,
    'booking_page': 0.000,
    'chore': -3.915,
    'company_context': 0.925,
    'counter_evidence': -0.585,
    'desc_negative': 0.084,
    'desc_people': 1.404,
    'desc_positive': 0.336,
    'hiring_side': -3.531,
    'informational': -3.389,
    'named_candidate': 0.608,
    'names_job': 0.830,
    'names_me': 0.979,
    'names_someone_else': -2.661,
    'nonjob_context': -3.570,
    'organiser_self': 0.067,
    'organiser_veto': -1.715,
    'own_with_company': -0.224,
    'recruiter_organiser': 1.021,
    'scheduler_title': 0.000,
    'selection_step': 2.682,
    'soft_evidence': 3.186,
    'strong_title': 2.116,
    'title_veto': -4.615,
    'tool_title': 2.630,
    'trial_invited': 1.235,
    'uncorroborated': -0.072,
    'vendor_pitch': -2.431,
    'veto_disputed': 0.000,
    'weak_seconded': 1.570,
    'weak_title': -0.213,
    'wording': 0.361,
}
