"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.320
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.873,
    'booking_page': 0.000,
    'chore': -3.825,
    'company_context': 0.773,
    'counter_evidence': -0.338,
    'desc_negative': 0.020,
    'desc_people': 0.919,
    'desc_positive': 0.000,
    'hiring_side': -4.265,
    'informational': -3.576,
    'named_candidate': 0.489,
    'names_job': 0.696,
    'names_me': 0.779,
    'names_someone_else': -1.558,
    'nonjob_context': -3.891,
    'organiser_self': 0.673,
    'organiser_veto': -1.850,
    'own_with_company': -0.788,
    'recruiter_organiser': 0.983,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.008,
    'shape_first_look': 0.000,
    'soft_evidence': 2.831,
    'strong_title': 1.434,
    'title_veto': -4.049,
    'tool_title': 1.733,
    'trial_invited': 1.335,
    'uncorroborated': 0.269,
    'vendor_pitch': -2.476,
    'veto_disputed': 0.000,
    'weak_seconded': 1.295,
    'weak_title': -0.221,
    'wording': 0.491,
}
