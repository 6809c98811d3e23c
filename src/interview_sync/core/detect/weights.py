"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -2.039
WEIGHTS: dict[str, float] = {
    'about_interviews': -3.293,
    'booking_page': 0.000,
    'chore': -3.851,
    'company_context': 0.909,
    'counter_evidence': -0.567,
    'desc_negative': 0.079,
    'desc_people': 1.568,
    'desc_positive': 0.236,
    'hiring_side': -3.529,
    'informational': -3.451,
    'named_candidate': 0.565,
    'names_job': 0.912,
    'names_me': 1.045,
    'names_someone_else': -3.032,
    'nonjob_context': -3.804,
    'organiser_self': -0.138,
    'organiser_veto': -2.304,
    'own_with_company': -0.005,
    'recruiter_organiser': 1.067,
    'scheduler_title': 0.000,
    'selection_step': 2.500,
    'soft_evidence': 3.362,
    'strong_title': 2.387,
    'title_veto': -4.687,
    'tool_title': 2.761,
    'trial_invited': 1.229,
    'uncorroborated': -0.051,
    'vendor_pitch': -2.662,
    'veto_disputed': 0.000,
    'weak_seconded': 1.377,
    'weak_title': 0.212,
    'wording': 0.336,
}
