"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.652
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.044,
    'booking_page': 0.000,
    'chore': -3.390,
    'company_context': 0.799,
    'counter_evidence': -0.434,
    'desc_negative': -0.039,
    'desc_people': 1.250,
    'desc_positive': 0.417,
    'hiring_side': -3.780,
    'informational': -3.372,
    'named_candidate': 0.508,
    'names_job': 0.817,
    'names_me': 0.955,
    'names_someone_else': -2.398,
    'nonjob_context': -3.462,
    'organiser_self': 0.184,
    'organiser_veto': -1.797,
    'own_with_company': -0.329,
    'recruiter_organiser': 1.078,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.285,
    'shape_first_look': 0.000,
    'soft_evidence': 3.077,
    'strong_title': 1.878,
    'title_veto': -4.677,
    'tool_title': 2.156,
    'trial_invited': 1.313,
    'uncorroborated': -0.053,
    'vendor_pitch': -2.378,
    'veto_disputed': 0.000,
    'weak_seconded': 1.442,
    'weak_title': -0.214,
    'wording': 0.374,
}
