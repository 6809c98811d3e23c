"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not edit).

Written by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression over the rule
features, fitted on the tuning batches only); rerun it after changing a rule.
"""

BIAS = -2.687
WEIGHTS: dict[str, float] = {
    'chore': -2.957,
    'company_context': 0.988,
    'counter_evidence': -0.776,
    'desc_negative': -1.751,
    'desc_people': 1.950,
    'desc_positive': 0.577,
    'hiring_side': -4.169,
    'informational': -4.164,
    'named_candidate': 1.595,
    'names_job': 1.470,
    'names_me': 1.498,
    'names_someone_else': -4.470,
    'nonjob_context': -3.375,
    'organiser_self': -1.410,
    'organiser_veto': -4.040,
    'own_with_company': 1.211,
    'recruiter_organiser': 0.455,
    'scheduler_title': 0.932,
    'soft_evidence': 4.475,
    'strong_title': 4.159,
    'title_veto': -6.649,
    'uncorroborated': -0.253,
    'weak_seconded': 2.333,
    'weak_title': -0.355,
}
