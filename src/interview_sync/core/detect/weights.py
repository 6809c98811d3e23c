"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.068
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.283,
    'booking_page': 0.000,
    'chore': -3.856,
    'company_context': 0.887,
    'counter_evidence': -0.537,
    'desc_negative': -0.024,
    'desc_people': 1.620,
    'desc_positive': 0.204,
    'hiring_side': -3.441,
    'informational': -3.535,
    'named_candidate': 0.598,
    'names_job': 0.860,
    'names_me': 1.067,
    'names_someone_else': -3.099,
    'nonjob_context': -3.774,
    'organiser_self': -0.202,
    'organiser_veto': -2.316,
    'own_with_company': 0.036,
    'recruiter_organiser': 1.066,
    'scheduler_title': 0.000,
    'selection_step': 2.499,
    'soft_evidence': 3.364,
    'strong_title': 2.465,
    'title_veto': -4.976,
    'tool_title': 2.660,
    'trial_invited': 1.244,
    'uncorroborated': -0.033,
    'vendor_pitch': -2.675,
    'weak_seconded': 1.420,
    'weak_title': 0.269,
    'wording': 0.323,
}
