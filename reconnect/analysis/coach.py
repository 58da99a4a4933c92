"""The message coach: read a draft to one's partner and help say it gently.

    from reconnect.analysis.coach import coach
    result = coach("You never do the dishes. Typical.")
    result.tone           # "harsh"
    result.markers        # (Marker(type="criticism", ...), ...)
    result.suggestion     # "I feel overwhelmed when you don't do the dishes. Could we sit down
                          #  and work out how we share the dishes?"
    result.to_dict()      # the `reconnect coach --jsonl` shape (without "id")

How it decides:
1. Rule detectors (``coach_rules``) find the four horsemen, "always/never" and judgements dressed
   as feelings, each with its span and a plain-words reason.
2. A learned model (``coach_model``; logistic regression over words plus the rules that fired)
   gives P(harsh) and, for harsh drafts, P(marker). It learns how far to trust each rule, and
   catches harsh drafts that no rule names.
3. Markers are reported only for harsh drafts (as in the labels). Absolutes and disguised
   judgements are reported whatever the tone: they are hints, not verdicts.
4. ``suggestion`` is a gentle rewrite built from the draft's own words (``coach_rewrite``). For a
   gentle draft it is the empty string, unless the draft has an absolute or a disguised judgement
   worth rephrasing, in which case a rewrite is offered too. The shape is "I feel <feeling> when
   <situation>. Could we/you <request>?", with "I felt" when the situation is a past event
   ("I felt hurt when you forgot my birthday"), and "I feel <feeling> right now" when the draft
   holds no situation that can be reused without blame (a pure insult, sarcasm, a closed door).

Without trained models on disk the coach still works on rules alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from reconnect.analysis import coach_model, coach_rules
from reconnect.analysis.coach_rewrite import build_suggestion
from reconnect.analysis.learn import Model
from reconnect.analysis.text import Prepared, prepare

__all__ = [
    "AbsoluteSpan",
    "Coaching",
    "DisguisedJudgement",
    "Marker",
    "coach",
    "train_coach",
]

HARSH_THRESHOLD = 0.5
# A marker the rules did not name is added when the model is at least this sure.
LEARNED_MARKER_THRESHOLD = 0.5
# A weak rule (strength < 1) is kept only if the model does not clearly disagree.
WEAK_RULE_FLOOR = 0.1
# Even a strong rule gives way when the model is nearly sure the marker is something else.
STRONG_RULE_FLOOR = 0.1

_DESCRIPTIONS = {
    "criticism": "reads as a judgement of your partner as a person rather than of one moment",
    "contempt": "carries mockery or scorn, which tends to hurt more than the complaint itself",
    "defensiveness": "pushes the concern back instead of taking it in",
    "stonewalling": "steps out of the conversation and leaves your partner shut out",
}


@dataclass(frozen=True, slots=True)
class Marker:
    type: str
    start: int
    end: int
    evidence: str
    explanation: str
    antidote: str

    def to_dict(self) -> dict[str, object]:
        """The CLI contract's marker shape; ``to_full_dict`` adds the antidote."""
        return {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "evidence": self.evidence,
            "explanation": self.explanation,
        }

    def to_full_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class AbsoluteSpan:
    start: int
    end: int
    evidence: str
    explanation: str

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class DisguisedJudgement:
    start: int
    end: int
    evidence: str
    feelings: tuple[str, ...]
    explanation: str

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "feelings": list(self.feelings)}


@dataclass(frozen=True, slots=True)
class Coaching:
    tone: str
    markers: tuple[Marker, ...]
    absolutes: tuple[AbsoluteSpan, ...]
    disguised_judgements: tuple[DisguisedJudgement, ...]
    suggestion: str
    harsh_probability: float = 0.0

    def to_dict(self) -> dict[str, object]:
        """Exactly the `reconnect coach --jsonl` shape (without "id")."""
        return {
            "tone": self.tone,
            "markers": [marker.to_dict() for marker in self.markers],
            "suggestion": self.suggestion,
        }

    def to_full_dict(self) -> dict[str, object]:
        """Everything, for the web app: antidotes, absolutes and disguised judgements too."""
        return {
            "tone": self.tone,
            "markers": [marker.to_full_dict() for marker in self.markers],
            "absolutes": [span.to_dict() for span in self.absolutes],
            "disguised_judgements": [j.to_dict() for j in self.disguised_judgements],
            "suggestion": self.suggestion,
        }

    def report(self) -> str:
        """A readable report for `reconnect coach "text"`."""
        if not (self.tone or self.markers or self.absolutes or self.disguised_judgements):
            return "Nothing to coach yet: the draft is empty."
        lines = [f"Tone: {self.tone}"]
        for marker in self.markers:
            lines.append(f"- {marker.type}: {marker.explanation}")
            lines.append(f"  Antidote: {marker.antidote}")
        for span in self.absolutes:
            lines.append(f"- always/never: {span.explanation}")
        for judgement in self.disguised_judgements:
            lines.append(f"- feeling or judgement? {judgement.explanation}")
        if self.suggestion:
            lines.append(f"A gentler way to say it: {self.suggestion}")
        elif self.tone == "gentle":
            lines.append("This already reads gently: your feeling, the situation, a request.")
        return "\n".join(lines)


EMPTY = Coaching(tone="", markers=(), absolutes=(), disguised_judgements=(), suggestion="")


@lru_cache(maxsize=1)
def _models() -> tuple[Model, Model] | None:
    return coach_model.load_models()


def coach(text: str) -> Coaching:
    """Coach one draft. ``coach("")`` (or whitespace) returns an empty result."""
    if not text or not text.strip():
        return EMPTY
    prepared = prepare(text)
    hits = coach_rules.find_markers(text)
    absolutes = tuple(
        AbsoluteSpan(h.start, h.end, h.evidence, h.explanation)
        for h in coach_rules.find_absolutes(text)
    )
    judgements = tuple(
        DisguisedJudgement(h.start, h.end, h.evidence, h.feelings, h.explanation)
        for h in coach_rules.find_judgements(text)
    )
    models = _models()
    terms: list[str] = []
    if models is not None:
        tone_model, marker_model = models
        terms = coach_model.coach_terms(prepared, hits, bool(judgements), bool(absolutes))
        p_harsh = tone_model.predict(terms)["harsh"]
    else:
        marker_model = None
        p_harsh = min(1.0, sum(h.strength for h in hits) * 0.6)
    tone = "harsh" if p_harsh >= HARSH_THRESHOLD else "gentle"

    markers: tuple[Marker, ...] = ()
    if tone == "harsh":
        markers = _choose_markers(prepared, terms, hits, marker_model)

    suggestion = ""
    if tone == "harsh" or absolutes or judgements:
        suggestion = build_suggestion(
            text,
            prepared,
            [m.type for m in markers],
            [j.feelings for j in judgements],
            hits,
            [(m.type, m.start, m.end) for m in markers],
        )
    return Coaching(tone, markers, absolutes, judgements, suggestion, round(p_harsh, 4))


def _choose_markers(
    prepared: Prepared,
    terms: list[str],
    hits: list[coach_rules.RuleHit],
    marker_model: Model | None,
) -> tuple[Marker, ...]:
    text = prepared.text
    probabilities: dict[str, float] = {}
    if marker_model is not None:
        probabilities = marker_model.predict(terms)

    chosen: list[coach_rules.RuleHit] = []
    for hit in hits:
        p = probabilities.get(hit.type, 1.0)
        if p < (WEAK_RULE_FLOOR if hit.strength < 1.0 else STRONG_RULE_FLOOR):
            continue
        chosen.append(hit)
    chosen = _dedupe(chosen)

    found = {hit.type for hit in chosen}
    learned: list[tuple[str, float]] = [
        (label, p)
        for label, p in probabilities.items()
        if label not in found and p >= LEARNED_MARKER_THRESHOLD
    ]
    if not chosen and not learned and probabilities:
        best = max(probabilities.items(), key=lambda item: item[1])
        learned = [best]
    markers = [
        Marker(h.type, h.start, h.end, h.evidence, h.explanation, coach_rules.ANTIDOTES[h.type])
        for h in chosen
    ]
    for label, _p in learned:
        start, end = _best_sentence(prepared, label, marker_model)
        evidence = text[start:end]
        markers.append(
            Marker(
                label,
                start,
                end,
                evidence,
                f"'{evidence}' {_DESCRIPTIONS[label]}.",
                coach_rules.ANTIDOTES[label],
            )
        )
    markers.sort(key=lambda m: (m.start, m.type))
    return tuple(markers)


def _dedupe(hits: list[coach_rules.RuleHit]) -> list[coach_rules.RuleHit]:
    """One marker per stretch of words and type: overlapping hits of a type keep the widest."""
    kept: list[coach_rules.RuleHit] = []
    for hit in sorted(hits, key=lambda h: (h.type, h.start, -(h.end - h.start))):
        if kept and kept[-1].type == hit.type and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def _best_sentence(prepared: Prepared, label: str, marker_model: Model | None) -> tuple[int, int]:
    """The sentence the model finds most like ``label``; the whole draft when there is one."""
    text, sentences = prepared.text, prepared.sentences
    if len(sentences) <= 1 or marker_model is None:
        stripped = text.strip()
        start = text.find(stripped)
        return start, start + len(stripped)
    best, best_p = sentences[0], -1.0
    for sentence in sentences:
        p = marker_model.predict(coach_model.draft_terms(sentence.text))[label]
        if p > best_p:
            best, best_p = sentence, p
    raw = text[best.start : best.end]
    stripped = raw.strip()
    start = best.start + raw.find(stripped)
    return start, start + len(stripped)


def train_coach(paths: Iterable[Path] | None = None, out_dir: Path | None = None) -> None:
    """Rebuild the coach's model artifact from labelled drafts (TRAIN split only).

    ``paths``: JSONL files or folders of them (default: the project's data/messages). Writes
    ``coach_tone`` and ``coach_markers`` (.npz weights + .json vocabulary) into ``out_dir``
    (default: reconnect/analysis/models) and clears the in-process cache.
    """
    coach_model.train_coach(paths, out_dir)
    _models.cache_clear()
