"""interview-sync: what a job seeker should do after every interview, done for them as drafts.

Importing the package has no side effects and loads no Google library; see ``cli`` for the
commands and ``model`` for the data every layer shares.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
