"""The employer's stated timeline ("we'll decide in ten days") as a date range.

Entry point: ``extract.extract_timeline``. ``grammar`` holds the time expressions and ``scan``
finds them; ``dates`` resolves each against the interview's date (``relative``,
``calendar_dates``, ``holiday_anchors``; ``span`` the shared ``Span``), ``context`` and
``back_references`` read one from the days named around it, ``cues`` tells promises from
logistics and the candidate's own deadlines, ``businessdays`` knows holidays.
"""
