from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from reconnect.analysis import cli, corpus
from reconnect.analysis.engine import DEFAULT_THRESHOLDS, LABELS, MODEL_PATH, Engine
from reconnect.analysis.learn import Model
from reconnect.analysis.rules import default_registry


def _write_slice(directory: Path, n: int = 160) -> None:
    (directory / "moments").mkdir(parents=True)
    # An even spread over every voice, so the slice stays representative as data/ grows.
    everything = corpus.load("moments")
    items = everything[:: max(1, len(everything) // n)][:n]
    lines = [json.dumps(item) for item in items]
    (directory / "moments" / "slice.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _train(data: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    buffer = io.StringIO()
    monkeypatch.setattr(sys, "stdout", buffer)
    assert cli.main(["train", "--data", str(data), "--out", str(out), "--skip-coach"]) == 0
    return buffer.getvalue()


@pytest.mark.skipif(not corpus.load("moments"), reason="no labelled data under data/")
def test_train_command_reproduces_a_working_model_on_a_small_slice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_slice(tmp_path / "data")
    message = _train(tmp_path / "data", tmp_path / "a" / "moments", monkeypatch)
    _train(tmp_path / "data", tmp_path / "b" / "moments", monkeypatch)
    assert "moments: trained on" in message
    first = Model.load(tmp_path / "a" / "moments")
    second = Model.load(tmp_path / "b" / "moments")
    assert first.labels == LABELS
    assert np.array_equal(first.classifier.weights, second.classifier.weights)
    assert (tmp_path / "a" / "moments_actors.npz").exists()
    # As the app does: the thresholds tuned while training, over the defaults.
    tuned = first.settings["thresholds"]
    assert isinstance(tuned, dict)
    thresholds = {**DEFAULT_THRESHOLDS, **tuned}
    engine = Engine(default_registry(), first, thresholds)
    result = engine.analyze("He grabbed his phone and scrolled the second I mentioned the rent.")
    assert "distraction" in result.types("exit")


def test_committed_model_matches_the_engine_labels() -> None:
    if not MODEL_PATH.with_suffix(".npz").exists():
        pytest.skip("no committed model")
    model = Model.load(MODEL_PATH)
    assert model.labels == LABELS
    thresholds = model.settings.get("thresholds")
    assert isinstance(thresholds, dict)
    assert all(0.0 < float(v) < 1.0 for v in thresholds.values())


def test_split_is_deterministic_by_id() -> None:
    assert corpus.is_dev("m001") == corpus.is_dev("m001")
    ids = [f"x{i:04d}" for i in range(1000)]
    share = sum(corpus.is_dev(i) for i in ids) / len(ids)
    assert 0.15 < share < 0.25


def test_an_unlabelled_kind_is_left_out_of_the_loss_and_of_scoring() -> None:
    from reconnect.analysis.train import item_ignored, item_labels

    item = {
        "id": "x1",
        "text": "He went quiet.",
        "exits": [{"type": "shutting_down", "actor": "partner"}],
        "also_ok": ["distraction"],
        "effects": [],
        "steps": [],
        "safety": None,
    }
    assert item_labels(item) == {"exit:shutting_down"}
    ignored = item_ignored(item)
    assert {"exit:distraction", "safety:partner_violence", "safety:self_harm"} <= ignored
    assert not any(label.startswith(("effect:", "step:")) for label in ignored)
    scores = corpus.MomentScores()
    scores.add(item, {"exits": [], "safety": [{"type": "self_harm"}]})
    assert all(prf.fp == prf.tp == prf.fn == 0 for prf in scores.safety.values())


@pytest.mark.parametrize(
    "path",
    sorted((corpus.DATA_DIR / "moments").glob("*.jsonl"))
    + sorted((corpus.DATA_DIR / "checks").glob("*.jsonl")),
    ids=lambda p: p.name,
)
def test_every_labelled_moment_uses_the_labels_of_labels_md(path: Path) -> None:
    from reconnect.analysis.findings import EFFECT_TYPES, EXIT_TYPES, SAFETY_TYPES, STEP_TYPES

    ids = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        item = json.loads(line)
        assert isinstance(item["text"], str) and item["text"].strip(), f"line {n}"
        assert item["id"] not in ids, f"line {n}: id repeated"
        ids.add(item["id"])
        for exit_ in item["exits"]:
            assert exit_["type"] in EXIT_TYPES and exit_["actor"] in ("self", "partner", "both")
        assert set(item.get("also_ok", [])) <= set(EXIT_TYPES), f"line {n}"
        for key, allowed in (
            ("effects", EFFECT_TYPES),
            ("steps", STEP_TYPES),
            ("safety", SAFETY_TYPES),
        ):
            # null: this file does not label that kind at all (see data/README.md).
            value = item.get(key, [])
            assert value is None or set(value) <= set(allowed), f"line {n}: {key}"
