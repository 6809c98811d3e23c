"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.783
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.335,
    'booking_page': 0.000,
    'chore': -3.822,
    'company_context': 0.820,
    'counter_evidence': -0.492,
    'desc_negative': 0.243,
    'desc_people': 1.622,
    'desc_positive': 0.197,
    'hiring_side': -3.234,
    'informational': -3.396,
    'named_candidate': 0.713,
    'names_job': 0.983,
    'names_me': 1.123,
    'names_someone_else': -3.137,
    'nonjob_context': -3.690,
    'organiser_self': -0.334,
    'organiser_veto': -2.395,
    'own_with_company': 0.109,
    'recruiter_organiser': 1.038,
    'scheduler_title': 0.000,
    'soft_evidence': 3.299,
    'strong_title': 2.240,
    'title_veto': -4.812,
    'tool_title': 2.670,
    'trial_invited': 1.502,
    'uncorroborated': 0.026,
    'vendor_pitch': -2.662,
    'weak_seconded': 1.324,
    'weak_title': 0.022,
    'wording': 0.304,
}
