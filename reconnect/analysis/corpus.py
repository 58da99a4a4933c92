"""The labelled corpus under data/: loading, the train/dev split, and scoring (LABELS.md)."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reconnect.analysis.findings import EFFECT_TYPES, EXIT_TYPES, SAFETY_TYPES, STEP_TYPES

DATA_DIR = Path(__file__).resolve().parents[2] / "data"


def is_dev(item_id: str) -> bool:
    """The deterministic split: one id in five goes to DEV, by its SHA-1."""
    return int(hashlib.sha1(item_id.encode()).hexdigest(), 16) % 5 == 0


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line:
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError:
                # Files are still being written by other people; a torn last line is skipped.
                continue
            if isinstance(item, dict) and isinstance(item.get("text"), str):
                yield item


def load(kind: str, data_dir: Path = DATA_DIR) -> list[dict[str, Any]]:
    """Every item of ``kind`` ("moments" or "messages"), sorted by id so order is stable."""
    items: dict[str, dict[str, Any]] = {}
    for path in sorted((data_dir / kind).glob("*.jsonl")):
        for item in read_jsonl(path):
            items.setdefault(str(item.get("id")), item)
    return [items[key] for key in sorted(items)]


def split(items: Iterable[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    train: list[dict[str, Any]] = []
    dev: list[dict[str, Any]] = []
    for item in items:
        (dev if is_dev(str(item.get("id"))) else train).append(item)
    return train, dev


def gold_exits(item: dict[str, Any]) -> dict[str, str]:
    """type -> actor for the exits an item is labelled with."""
    out: dict[str, str] = {}
    for exit_ in item.get("exits", []):
        if isinstance(exit_, dict) and exit_.get("type") in EXIT_TYPES:
            out[str(exit_["type"])] = str(exit_.get("actor", "partner"))
    return out


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, predicted: set[str], gold: set[str], label: str) -> None:
        if label in predicted and label in gold:
            self.tp += 1
        elif label in predicted:
            self.fp += 1
        elif label in gold:
            self.fn += 1


@dataclass
class MomentScores:
    n: int = 0
    exits: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in EXIT_TYPES})
    effects: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in EFFECT_TYPES})
    steps: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in STEP_TYPES})
    safety: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in SAFETY_TYPES})
    actor_right: int = 0
    actor_total: int = 0
    # (gold type or "none", predicted type or "none") -> count, after also_ok removal.
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    actor_confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    @staticmethod
    def _micro(table: dict[str, PRF]) -> PRF:
        total = PRF()
        for prf in table.values():
            total.tp, total.fp, total.fn = total.tp + prf.tp, total.fp + prf.fp, total.fn + prf.fn
        return total

    @property
    def exits_macro_f1(self) -> float:
        return sum(p.f1 for p in self.exits.values()) / len(self.exits)

    @property
    def exits_micro(self) -> PRF:
        return self._micro(self.exits)

    @property
    def effects_micro(self) -> PRF:
        return self._micro(self.effects)

    @property
    def steps_micro(self) -> PRF:
        return self._micro(self.steps)

    @property
    def actor_accuracy(self) -> float:
        return self.actor_right / self.actor_total if self.actor_total else 1.0

    def add(self, item: dict[str, Any], predicted: dict[str, Any]) -> None:
        """Score one item against a prediction in the ``analyze --jsonl`` shape."""
        self.n += 1
        also_ok = {str(t) for t in item.get("also_ok", [])}
        gold = {t: a for t, a in gold_exits(item).items() if t not in also_ok}
        pred: dict[str, str] = {}
        for exit_ in predicted.get("exits", []):
            if exit_["type"] not in also_ok:
                pred.setdefault(exit_["type"], exit_.get("actor") or "partner")
        for label in EXIT_TYPES:
            self.exits[label].add(set(pred), set(gold), label)
        for label in set(gold) | set(pred):
            if label in gold and label in pred:
                self.confusion[(label, label)] += 1
                self.actor_total += 1
                self.actor_right += gold[label] == pred[label]
                self.actor_confusion[(gold[label], pred[label])] += 1
            elif label in gold:
                missed_as = [p for p in pred if p not in gold]
                self.confusion[(label, missed_as[0] if missed_as else "none")] += 1
            else:
                self.confusion[("none", label)] += 1
        for key, table in (
            ("effects", self.effects),
            ("steps", self.steps),
            ("safety", self.safety),
        ):
            if key in item and item[key] is None:
                continue  # not labelled for this kind: neither right nor wrong
            gold_set = {str(x) for x in item.get(key, [])}
            pred_set = {str(f["type"]) for f in predicted.get(key, [])}
            for label in table:
                table[label].add(pred_set, gold_set, label)


@dataclass
class MessageScores:
    n: int = 0
    tone_right: int = 0
    harsh: PRF = field(default_factory=PRF)
    markers: PRF = field(default_factory=PRF)
    per_marker: dict[str, PRF] = field(default_factory=dict)

    @property
    def tone_accuracy(self) -> float:
        return self.tone_right / self.n if self.n else 1.0

    def add(self, item: dict[str, Any], predicted: dict[str, Any]) -> None:
        self.n += 1
        gold_tone, pred_tone = item.get("tone"), predicted.get("tone")
        self.tone_right += gold_tone == pred_tone
        self.harsh.add({str(pred_tone)}, {str(gold_tone)}, "harsh")
        if gold_tone != "harsh":
            return
        gold = {str(m) for m in item.get("markers", [])}
        pred = {str(m["type"]) for m in predicted.get("markers", [])}
        for label in gold | pred:
            self.markers.add(pred, gold, label)
            self.per_marker.setdefault(label, PRF()).add(pred, gold, label)


def is_messages(items: Sequence[dict[str, Any]]) -> bool:
    return any("tone" in item for item in items)
