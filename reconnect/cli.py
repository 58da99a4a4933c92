"""The `reconnect` command: Django management commands, plus the analysis tools.

`reconnect analyze|coach|eval|train` go straight to the analysis package without loading Django,
so they start fast; everything else (`migrate`, `check`, `serve`, `demo`, ...) is Django's.
"""

from __future__ import annotations

import os
import sys

ANALYSIS_COMMANDS = {"analyze", "coach", "eval", "train"}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv if argv is None else argv)
    if len(args) > 1 and args[1] in ANALYSIS_COMMANDS:
        from reconnect.analysis.cli import main as analysis_main

        return analysis_main(args[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reconnect.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
