"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.388
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.039,
    'booking_page': 0.000,
    'chore': -3.943,
    'company_context': 0.753,
    'counter_evidence': -0.555,
    'desc_negative': -0.017,
    'desc_people': 1.153,
    'desc_positive': 0.361,
    'hiring_side': -3.828,
    'informational': -3.372,
    'named_candidate': 0.509,
    'names_job': 0.895,
    'names_me': 0.893,
    'names_someone_else': -2.581,
    'nonjob_context': -3.584,
    'organiser_self': 0.217,
    'organiser_veto': -1.898,
    'own_with_company': -0.419,
    'recruiter_organiser': 1.031,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 1.996,
    'shape_first_look': 0.000,
    'soft_evidence': 2.927,
    'strong_title': 1.705,
    'title_veto': -4.682,
    'tool_title': 2.058,
    'trial_invited': 1.346,
    'uncorroborated': 0.033,
    'vendor_pitch': -2.343,
    'veto_disputed': 0.000,
    'weak_seconded': 1.472,
    'weak_title': -0.332,
    'wording': 0.374,
}
