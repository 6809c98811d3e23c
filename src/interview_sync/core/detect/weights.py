"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.099
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.309,
    'booking_page': 0.000,
    'chore': -3.851,
    'company_context': 0.925,
    'counter_evidence': -0.549,
    'desc_negative': 0.189,
    'desc_people': 1.614,
    'desc_positive': 0.243,
    'hiring_side': -3.462,
    'informational': -3.472,
    'named_candidate': 0.578,
    'names_job': 0.897,
    'names_me': 1.056,
    'names_someone_else': -3.057,
    'nonjob_context': -3.798,
    'organiser_self': -0.182,
    'organiser_veto': -2.288,
    'own_with_company': 0.009,
    'recruiter_organiser': 1.080,
    'scheduler_title': 0.000,
    'selection_step': 2.505,
    'soft_evidence': 3.378,
    'strong_title': 2.437,
    'title_veto': -4.670,
    'tool_title': 2.808,
    'trial_invited': 1.219,
    'uncorroborated': 0.003,
    'vendor_pitch': -2.697,
    'veto_disputed': 0.000,
    'weak_seconded': 1.426,
    'weak_title': 0.241,
    'wording': 0.331,
}
