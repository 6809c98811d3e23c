"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features and the words' score, fitted on the tuning batches only); rerun it after changing a
rule.
"""

BIAS = -1.954
WEIGHTS: dict[str, float] = {
    'chore': -4.289,
    'company_context': 0.693,
    'counter_evidence': -0.423,
    'desc_negative': -0.732,
    'desc_people': 1.886,
    'desc_positive': 0.631,
    'hiring_side': -4.556,
    'informational': -4.646,
    'named_candidate': 1.253,
    'names_job': 1.587,
    'names_me': 1.623,
    'names_someone_else': -4.270,
    'nonjob_context': -3.187,
    'organiser_self': -0.452,
    'organiser_veto': -3.990,
    'own_with_company': 0.293,
    'recruiter_organiser': 0.843,
    'scheduler_title': 0.643,
    'soft_evidence': 3.562,
    'strong_title': 3.282,
    'title_veto': -6.219,
    'tool_title': 2.654,
    'trial_invited': 2.443,
    'uncorroborated': -0.050,
    'weak_seconded': 1.576,
    'weak_title': -0.297,
    'wording': 0.000,
}
