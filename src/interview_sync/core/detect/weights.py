"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.263
WEIGHTS: dict[str, float] = {
    'about_interviews': -2.844,
    'booking_page': 0.000,
    'chore': -3.374,
    'company_context': 0.686,
    'counter_evidence': -0.418,
    'desc_negative': 0.111,
    'desc_people': 0.907,
    'desc_positive': 0.000,
    'hiring_side': -4.169,
    'informational': -3.517,
    'named_candidate': 0.522,
    'names_job': 0.791,
    'names_me': 0.814,
    'names_someone_else': -1.834,
    'nonjob_context': -3.539,
    'organiser_self': 0.684,
    'organiser_veto': -1.742,
    'own_with_company': -0.748,
    'recruiter_organiser': 1.038,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.061,
    'shape_first_look': 0.000,
    'soft_evidence': 2.864,
    'strong_title': 1.438,
    'title_veto': -3.811,
    'tool_title': 1.759,
    'trial_invited': 1.483,
    'uncorroborated': 0.114,
    'vendor_pitch': -2.257,
    'veto_disputed': 0.000,
    'weak_seconded': 1.293,
    'weak_title': -0.271,
    'wording': 0.480,
}
