"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.378
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.938,
    'booking_page': 0.000,
    'chore': -4.116,
    'company_context': 0.742,
    'counter_evidence': -0.439,
    'desc_negative': 0.053,
    'desc_people': 1.154,
    'desc_positive': 0.332,
    'hiring_side': -3.981,
    'informational': -3.462,
    'named_candidate': 0.496,
    'names_job': 0.822,
    'names_me': 0.904,
    'names_someone_else': -2.399,
    'nonjob_context': -3.778,
    'organiser_self': 0.295,
    'organiser_veto': -1.907,
    'own_with_company': -0.374,
    'recruiter_organiser': 1.120,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 1.856,
    'shape_first_look': 0.000,
    'soft_evidence': 2.969,
    'strong_title': 1.599,
    'title_veto': -4.359,
    'tool_title': 2.171,
    'trial_invited': 0.882,
    'uncorroborated': 0.301,
    'vendor_pitch': -2.129,
    'veto_disputed': 0.000,
    'weak_seconded': 1.435,
    'weak_title': -0.231,
    'wording': 0.371,
}
