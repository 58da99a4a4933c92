from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reconnect.analysis import cli

ROOT = Path(__file__).resolve().parents[2]


def _run(argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    status = cli.main(argv)
    return status, out.getvalue(), err.getvalue()


def test_analyze_jsonl_answers_each_line_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [
        {"id": "a", "text": "He grabbed his phone when I mentioned the rent."},
        {"id": 2, "text": ""},
        {"id": "c", "text": "We had a lovely walk together."},
    ]
    status, out, err = _run(
        ["analyze", "--jsonl"], "\n".join(json.dumps(x) for x in lines) + "\n", monkeypatch
    )
    assert status == 0 and err == ""
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a["id"] for a in answers] == ["a", 2, "c"]
    assert answers[0]["exits"][0]["type"] == "distraction"
    assert set(answers[1]) == {"id", "exits", "effects", "steps", "safety", "topics"}


def test_malformed_lines_are_reported_by_number_and_the_rest_still_answered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stdin = '{"id": 1, "text": "hi"}\nnot json\n{"id": 3}\n{"id": 4, "text": "ok"}\n'
    status, out, err = _run(["analyze", "--jsonl"], stdin, monkeypatch)
    assert status == 1
    assert "line 2" in err and "line 3" in err
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1, 4]


def test_analyze_text_prints_a_readable_report(monkeypatch: pytest.MonkeyPatch) -> None:
    status, out, _ = _run(
        ["analyze", "He grabbed his phone when I mentioned the rent."], "", monkeypatch
    )
    assert status == 0
    assert "distraction" in out and "your partner" in out and "\u2014" in out


def test_report_puts_safety_and_private_support_first(monkeypatch: pytest.MonkeyPatch) -> None:
    _, out, _ = _run(["analyze", "I walk on eggshells, I'm scared of his temper."], "", monkeypatch)
    assert out.startswith("Safety first")
    assert "1-800-799-7233" in out


def test_coach_jsonl_uses_the_coach_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = json.dumps({"id": "m1", "text": "You never listen. Whatever."}) + "\n"
    status, out, _ = _run(["coach", "--jsonl"], stdin, monkeypatch)
    answer = json.loads(out)
    assert status == 0
    assert set(answer) >= {"id", "tone", "markers", "suggestion"}
    assert answer["tone"] == "harsh"


def test_eval_scores_a_labelled_moments_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "m.jsonl"
    items = [
        {
            "id": "x1",
            "text": "He grabbed his phone when I mentioned the rent.",
            "exits": [{"type": "distraction", "actor": "partner"}],
            "also_ok": [],
            "effects": [],
            "steps": [],
            "safety": [],
        },
        {
            "id": "x2",
            "text": "We had a lovely walk together, phones at home.",
            "exits": [],
            "also_ok": [],
            "effects": [],
            "steps": ["time_together"],
            "safety": [],
        },
    ]
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    status, out, _ = _run(["eval", str(path)], "", monkeypatch)
    assert status == 0
    assert "distraction" in out and "macro-F1" in out and "actor accuracy" in out


def test_eval_recognises_messages_by_their_tone_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(
        json.dumps(
            {"id": "c1", "text": "You never listen.", "tone": "harsh", "markers": ["criticism"]}
        )
        + "\n",
        encoding="utf-8",
    )
    status, out, _ = _run(["eval", str(path)], "", monkeypatch)
    assert status == 0 and "tone accuracy" in out and "harsh F1" in out


def test_module_runs_end_to_end_as_a_command() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "reconnect.analysis.cli", "analyze", "--jsonl"],
        input='{"id": "z", "text": "She went quiet and left the room."}\n{bad\n',
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert "line 2" in done.stderr
    answer = json.loads(done.stdout.splitlines()[0])
    assert answer["id"] == "z"
    assert "shutting_down" in {exit_["type"] for exit_ in answer["exits"]}
