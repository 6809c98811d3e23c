"""``python -m interview_sync`` runs the command line."""

from __future__ import annotations

from interview_sync.cli import main

raise SystemExit(main())
