"""The employer's stated timeline ("we'll decide in ten days") as a date range.

Entry point: ``extract.extract_timeline``. ``grammar`` finds the promise, ``dates`` resolves it
against the interview's date, ``cues`` tells promises from logistics, ``businessdays`` knows
holidays.
"""
