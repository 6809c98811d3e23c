"""The words ``detect.wording`` weighs, with their log-ratios (generated; do not edit).

Written by ``bench/fit_detect_weights.py``: how much likelier an interview is to hold each
word than another event past the first look (smoothing 1.0; words in at least 3
events; ratios under 1.0 left out), on the tuning batches only.
"""

WORDING: dict[str, float] = {

}
