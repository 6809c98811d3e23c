"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.812
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.162,
    'booking_page': 0.000,
    'chore': -3.989,
    'company_context': 0.891,
    'counter_evidence': -0.517,
    'desc_negative': 0.080,
    'desc_people': 1.389,
    'desc_positive': 0.375,
    'hiring_side': -3.773,
    'informational': -3.435,
    'named_candidate': 0.565,
    'names_job': 0.828,
    'names_me': 0.971,
    'names_someone_else': -2.637,
    'nonjob_context': -3.578,
    'organiser_self': 0.057,
    'organiser_veto': -1.792,
    'own_with_company': -0.153,
    'recruiter_organiser': 1.072,
    'scheduler_title': 0.000,
    'selection_step': 2.723,
    'soft_evidence': 3.110,
    'strong_title': 2.027,
    'title_veto': -4.641,
    'tool_title': 2.669,
    'trial_invited': 1.471,
    'uncorroborated': 0.038,
    'vendor_pitch': -2.504,
    'veto_disputed': 0.000,
    'weak_seconded': 1.657,
    'weak_title': -0.304,
    'wording': 0.356,
}
