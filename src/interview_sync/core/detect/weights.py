"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.796
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.023,
    'booking_page': 0.000,
    'chore': -4.253,
    'company_context': 0.886,
    'counter_evidence': -0.520,
    'desc_negative': -0.057,
    'desc_people': 1.257,
    'desc_positive': 0.392,
    'hiring_side': -3.783,
    'informational': -3.467,
    'named_candidate': 0.542,
    'names_job': 0.896,
    'names_me': 0.998,
    'names_someone_else': -2.596,
    'nonjob_context': -3.551,
    'organiser_self': 0.331,
    'organiser_veto': -1.775,
    'own_with_company': -0.464,
    'recruiter_organiser': 1.119,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.294,
    'shape_first_look': 0.000,
    'soft_evidence': 3.125,
    'strong_title': 1.893,
    'title_veto': -4.683,
    'tool_title': 2.345,
    'trial_invited': 1.355,
    'uncorroborated': 0.125,
    'vendor_pitch': -2.331,
    'veto_disputed': 0.000,
    'weak_seconded': 1.592,
    'weak_title': -0.341,
    'wording': 0.372,
}
