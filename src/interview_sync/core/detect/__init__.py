"""Which calendar events are interviews the user attends as a candidate, with whom, for whom.

Entry point: ``classify.detect_interview``. The wings own one question each: ``rules`` (the word
lists and patterns), ``evidence`` (weak signals), ``schedule`` (panels written out in the
description), ``company`` (the employer's name), ``people`` (interviewers and support staff).
"""
