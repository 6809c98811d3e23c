"""The functional core: pure decisions about events, people, dates and actions.

No I/O, no clock, no logging, no environment: every function takes what it needs (now
included) as arguments and returns values. ``detect/`` decides which events are interviews and who
was there, ``timeline/`` turns an employer's words into dates, ``plan/`` turns both into inert
actions. ``tests/test_layers.py`` keeps it so.
"""
