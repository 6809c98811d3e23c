"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.359
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.006,
    'booking_page': 0.000,
    'chore': -3.664,
    'company_context': 0.694,
    'counter_evidence': -0.397,
    'desc_negative': 0.077,
    'desc_people': 0.857,
    'desc_positive': 0.036,
    'hiring_side': -4.650,
    'informational': -3.640,
    'named_candidate': 0.712,
    'names_job': 0.869,
    'names_me': 0.625,
    'names_someone_else': -1.898,
    'nonjob_context': -3.831,
    'organiser_self': 0.595,
    'organiser_veto': -1.909,
    'own_with_company': -0.768,
    'recruiter_organiser': 1.165,
    'scheduler_title': 0.000,
    'selection_shape': 0.000,
    'selection_step': 2.692,
    'shape_first_look': 0.000,
    'soft_evidence': 2.811,
    'strong_title': 1.768,
    'title_veto': -4.191,
    'tool_title': 2.159,
    'trial_invited': 1.513,
    'uncorroborated': 0.049,
    'vendor_pitch': -2.719,
    'veto_disputed': 0.000,
    'weak_seconded': 1.110,
    'weak_title': 0.260,
    'wording': 0.511,
}
