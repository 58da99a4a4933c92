"""The `reconnect` command: Django's commands, and the analysis tools without Django."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import io, sys
from reconnect.cli import main
sys.stdin = io.StringIO('{"id": "a", "text": "She turned the TV up when I tried to talk."}\\n')
status = main(["reconnect", "analyze", "--jsonl"])
print("DJANGO_LOADED" if "django" in sys.modules else "DJANGO_NOT_LOADED", status)
"""


def test_analysis_commands_run_without_loading_django() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    first, last = result.stdout.strip().splitlines()[0], result.stdout.strip().splitlines()[-1]
    assert json.loads(first)["id"] == "a"
    assert last == "DJANGO_NOT_LOADED 0"


def test_other_commands_go_to_django(tmp_path: Path) -> None:
    env = {"RECONNECT_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "reconnect.cli", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
