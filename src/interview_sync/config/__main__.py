"""``python -m interview_sync.config [REPO_ROOT]``: regenerate the config reference and example."""

import sys
from pathlib import Path

from interview_sync.config.spec import write_generated

for written_path in write_generated(Path(sys.argv[1] if len(sys.argv) > 1 else ".")):
    sys.stdout.write(f"wrote {written_path}\n")
