"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.174
WEIGHTS: dict[str, float] = {
    'booking_page': 0.000,
    'chore': -3.779,
    'company_context': 1.097,
    'counter_evidence': -0.963,
    'desc_negative': -0.206,
    'desc_people': 1.307,
    'desc_positive': 0.194,
    'hiring_side': -3.325,
    'informational': -3.685,
    'named_candidate': 0.909,
    'names_job': 0.971,
    'names_me': 1.214,
    'names_someone_else': -3.088,
    'nonjob_context': -4.145,
    'organiser_self': -0.250,
    'organiser_veto': -2.989,
    'own_with_company': -0.437,
    'recruiter_organiser': 0.903,
    'scheduler_title': 0.000,
    'soft_evidence': 3.788,
    'strong_title': 2.548,
    'title_veto': -5.441,
    'tool_title': 2.471,
    'trial_invited': 1.641,
    'uncorroborated': 0.070,
    'weak_seconded': 1.631,
    'weak_title': -0.347,
    'wording': 0.286,
}
