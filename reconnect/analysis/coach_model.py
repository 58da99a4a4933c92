"""The coach's learned half: terms for a draft, training from data/messages, and scoring.

Two small logistic-regression models (``reconnect.analysis.learn``) sit next to the rules:
- ``coach_tone``: P(harsh) for the whole draft;
- ``coach_markers``: P(marker) for each of the four horsemen, trained on harsh drafts only.
Their inputs are the engine's bag of terms plus the names of the rules that fired and a few
style cues (shouting in capitals, "?!", eye-roll emoji, a request, an owned feeling), so the model
learns how much to trust each rule instead of us hand-tuning thresholds.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reconnect.analysis import coach_rules as rules
from reconnect.analysis.learn import Model, default_terms, train
from reconnect.analysis.text import ACRONYMS, Prepared, prepare

MODEL_DIR = Path(__file__).parent / "models"
TONE_PATH = MODEL_DIR / "coach_tone"
MARKERS_PATH = MODEL_DIR / "coach_markers"
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "data" / "messages"

# Signs of a gentle start-up; features only, never decisive on their own.
_GENTLE: dict[str, re.Pattern[str]] = {
    "request": re.compile(
        r"\b(?:could|can|would|shall)\s+(?:we|you)\b|\bwould\s+it\s+be\s+(?:ok|okay|alright)|"
        r"\bi'd\s+(?:love|like|really\s+like)\b|\bi\s+(?:would|'d)\s+(?:love|like)\b|"
        r"\bi\s+need\b|\blet's\b|\bhow\s+about\s+we\b|\bwhat\s+if\s+we\b|\bare\s+you\s+up\s+for\b",
        re.IGNORECASE,
    ),
    "owned_feeling": rules.REAL_FEELING,
    "appreciation": re.compile(
        r"\b(?:thank\s+you|thanks)\s+(?:so\s+much\s+)?for\b|\bi\s+(?:really\s+)?appreciate|"
        r"\bi\s+love\s+(?:you|how|that|it\s+when)|\bmeant\s+a\s+lot\b|\bi'm\s+grateful\b",
        re.IGNORECASE,
    ),
    "ownership": re.compile(
        r"\bi'm\s+sorry\s+(?:i|for|that\s+i)\b|\bi\s+(?:should|shouldn't)\s+have\b|\bmy\s+part\b|"
        r"\bi\s+was\s+wrong\b|\byou're\s+right\b|\bthat's\s+on\s+me\b|\bi\s+take\s+responsibility|"
        r"\bi\s+(?:messed|screwed)\s+up\b|\bi\s+get\s+why\b|\bi\s+understand\s+why\b",
        re.IGNORECASE,
    ),
    "we": re.compile(r"\b(?:we|us|our|together)\b", re.IGNORECASE),
    "warm": re.compile(
        r"\b(?:laugh|proud|love|lovely|patient|kind|thank|thanks|grateful|amazing|sweet|"
        r"appreciate|happy|excited|fun|enjoy(?:ed)?|special|beautiful|wonderful|miss\s+you|"
        r"hug|cuddle|brilliant\s+(?:with|at)|meant\s+a\s+lot|made\s+my\s+(?:day|week))\b",
        re.IGNORECASE,
    ),
    "listening": re.compile(
        r"\bi\s+want\s+to\s+(?:hear|understand|know)|\bwhen\s+you're\s+ready\b|\bno\s+rush\b|"
        r"\bhow\s+(?:are|was)\s+you\b|\btell\s+me\b|\bis\s+there\s+(?:anything|something)\b",
        re.IGNORECASE,
    ),
}
_CAPS = re.compile(r"\b[A-Z]{2,}\b")
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")


@dataclass(frozen=True, slots=True)
class Message:
    id: str
    text: str
    tone: str
    markers: tuple[str, ...]


def is_dev(item_id: str) -> bool:
    """The project-wide deterministic split: one id in five (by SHA-1) is held out for dev."""
    return int(hashlib.sha1(item_id.encode()).hexdigest(), 16) % 5 == 0


def load_messages(paths: Iterable[Path]) -> list[Message]:
    """Read labelled drafts from JSONL files or folders of them; bad lines are skipped."""
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        files.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    items: list[Message] = []
    for file in files:
        for line in file.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line:
                continue
            try:
                raw = json.loads(line)
                if raw.get("tone") not in ("gentle", "harsh"):
                    continue
                items.append(
                    Message(
                        str(raw["id"]),
                        str(raw["text"]),
                        str(raw["tone"]),
                        tuple(str(m) for m in raw.get("markers") or ()),
                    )
                )
            except (ValueError, KeyError, AttributeError):
                # Files are still being written; a half-written last line must not stop training.
                continue
    return items


def coach_terms(
    prepared: Prepared,
    hits: Sequence[rules.RuleHit],
    has_judgement: bool | None = None,
    has_absolute: bool | None = None,
) -> list[str]:
    """The engine's terms plus rule names and style cues.

    ``has_judgement``/``has_absolute`` may be passed when the caller already looked.
    """
    text = prepared.text
    terms = default_terms(prepared)
    for hit in hits:
        terms.append("R:" + hit.type)
        terms.append("R:" + hit.pattern)
    if rules.has_calm_break(text):
        terms.append("S:calm_break")
    for name, regex in _GENTLE.items():
        if regex.search(text):
            terms.append("G:" + name)
    if has_judgement if has_judgement is not None else rules.find_judgements(text):
        terms.append("S:disguised_judgement")
    if has_absolute if has_absolute is not None else rules.find_absolutes(text):
        terms.append("S:absolute")
    shouted = [w for w in _CAPS.findall(text) if w not in ACRONYMS]
    if shouted:
        terms.append("S:caps")
    if "?!" in text or "!?" in text or "!!" in text:
        terms.append("S:bang")
    if "??" in text:
        terms.append("S:qq")
    if _EMOJI.search(text):
        terms.append("S:emoji")
    if len(prepared.tokens) <= 4:
        terms.append("S:very_short")
    if not text.rstrip().endswith(("?", ".", "!")):
        terms.append("S:no_end")
    return terms


def draft_terms(text: str) -> list[str]:
    return coach_terms(prepare(text), rules.find_markers(text))


TONE_L2 = 1e-3
MARKERS_L2 = 1e-3


def train_models(items: Sequence[Message]) -> tuple[Model, Model]:
    docs = [draft_terms(item.text) for item in items]
    tone = train(
        docs,
        [[item.tone] for item in items],
        ["harsh"],
        min_df=2,
        l2=TONE_L2,
        epochs=300,
        settings={"kind": "coach_tone", "n": len(items)},
    )
    harsh = [i for i, item in enumerate(items) if item.tone == "harsh"]
    markers = train(
        [docs[i] for i in harsh],
        [items[i].markers for i in harsh],
        list(rules.MARKER_TYPES),
        min_df=2,
        l2=MARKERS_L2,
        epochs=300,
        settings={"kind": "coach_markers", "n": len(harsh)},
    )
    return tone, markers


def train_coach(
    paths: Iterable[Path] | None = None, out_dir: Path | None = None, include_dev: bool = False
) -> tuple[Model, Model]:
    """Rebuild the coach's models from labelled drafts (the `reconnect train` entry point).

    By default only the TRAIN split is used, so that dev numbers stay honest; the shipped
    artifact is built the same way. Returns the two models after saving them.
    """
    items = load_messages(list(paths) if paths is not None else [DEFAULT_DATA])
    if not include_dev:
        items = [item for item in items if not is_dev(item.id)]
    if not items:
        raise ValueError("no labelled drafts found to train the coach on")
    tone, markers = train_models(items)
    directory = out_dir if out_dir is not None else MODEL_DIR
    tone.save(directory / TONE_PATH.name)
    markers.save(directory / MARKERS_PATH.name)
    return tone, markers


def load_models(directory: Path | None = None) -> tuple[Model, Model] | None:
    directory = directory if directory is not None else MODEL_DIR
    tone_path, markers_path = directory / TONE_PATH.name, directory / MARKERS_PATH.name
    if not (tone_path.with_suffix(".npz").exists() and markers_path.with_suffix(".npz").exists()):
        return None
    return Model.load(tone_path), Model.load(markers_path)


@dataclass(frozen=True, slots=True)
class Scores:
    n: int
    tone_accuracy: float
    harsh_precision: float
    harsh_recall: float
    harsh_f1: float
    marker_precision: float
    marker_recall: float
    marker_f1: float

    def to_dict(self) -> dict[str, float | int]:
        return {
            "n": self.n,
            "tone_accuracy": round(self.tone_accuracy, 4),
            "harsh_precision": round(self.harsh_precision, 4),
            "harsh_recall": round(self.harsh_recall, 4),
            "harsh_f1": round(self.harsh_f1, 4),
            "marker_precision": round(self.marker_precision, 4),
            "marker_recall": round(self.marker_recall, 4),
            "marker_f1": round(self.marker_f1, 4),
        }


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(gold: Sequence[Message], predicted: Sequence[tuple[str, set[str]]]) -> Scores:
    """LABELS.md scoring: tone accuracy, F1 of harsh, marker micro-F1 on gold-harsh drafts."""
    correct = tp = fp = fn = 0
    mtp = mfp = mfn = 0
    for item, (tone, markers) in zip(gold, predicted, strict=True):
        correct += tone == item.tone
        tp += tone == "harsh" and item.tone == "harsh"
        fp += tone == "harsh" and item.tone != "harsh"
        fn += tone != "harsh" and item.tone == "harsh"
        if item.tone == "harsh":
            gold_markers = set(item.markers)
            mtp += len(markers & gold_markers)
            mfp += len(markers - gold_markers)
            mfn += len(gold_markers - markers)
    hp, hr, hf = _f1(tp, fp, fn)
    mp, mr, mf = _f1(mtp, mfp, mfn)
    n = len(gold)
    return Scores(n, correct / n if n else 0.0, hp, hr, hf, mp, mr, mf)
