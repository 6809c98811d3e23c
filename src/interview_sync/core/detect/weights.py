"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.792
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.277,
    'booking_page': 0.000,
    'chore': -3.816,
    'company_context': 0.807,
    'counter_evidence': -0.480,
    'desc_negative': 0.271,
    'desc_people': 1.624,
    'desc_positive': 0.187,
    'hiring_seat': -3.525,
    'hiring_side': -2.680,
    'informational': -3.367,
    'named_candidate': 0.715,
    'names_job': 0.974,
    'names_me': 1.148,
    'names_someone_else': -3.120,
    'nonjob_context': -3.673,
    'organiser_self': -0.328,
    'organiser_veto': -2.393,
    'own_with_company': 0.070,
    'recruiter_organiser': 1.063,
    'scheduler_title': 0.000,
    'soft_evidence': 3.323,
    'strong_title': 2.237,
    'title_veto': -4.810,
    'tool_title': 2.656,
    'trial_invited': 1.474,
    'uncorroborated': 0.025,
    'vendor_pitch': -2.666,
    'weak_seconded': 1.283,
    'weak_title': 0.022,
    'wording': 0.305,
}
