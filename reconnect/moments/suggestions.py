"""Turn the analysis engine's findings into suggestions a person can accept or ignore.

The engine only suggests. What the person picks is what gets saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.safestring import SafeString

from reconnect.lib.highlight import highlight
from reconnect.lib.vocabulary import ACTOR_LABELS, EFFECT_LABELS, EXIT_LABELS, STEP_LABELS
from reconnect.moments.models import Moment

EFFECT_EXPLANATIONS = {
    "hurt": "sounds like it hurt — feeling uncared for or unimportant",
    "loneliness": "sounds lonely — apart, even when together",
    "misunderstanding": "sounds like a misunderstanding — guessing at what the other meant",
}
STEP_EXPLANATIONS = {
    "notice": "noticing the pattern is the first step",
    "stay_present": "staying in the moment instead of leaving it",
    "talk_openly": "sharing a feeling gently, and inviting the other in",
    "time_together": "time together with nothing in the way",
    "honest_kind": "honesty, said kindly, or listening without fixing",
}


@dataclass(frozen=True)
class Suggestion:
    kind: str  # "exit", "effect" or "step"
    type: str
    actor: str
    evidence: str
    explanation: str

    @property
    def label(self) -> str:
        labels = {"exit": EXIT_LABELS, "effect": EFFECT_LABELS, "step": STEP_LABELS}[self.kind]
        return labels.get(self.type, self.type)

    @property
    def actor_label(self) -> str:
        return ACTOR_LABELS.get(self.actor, "")

    @property
    def field(self) -> str:
        """The form field that accepting this suggestion fills in."""
        return f"exit_{self.type}" if self.kind == "exit" else f"{self.kind}s"

    @property
    def value(self) -> str:
        return self.actor if self.kind == "exit" else self.type


@dataclass(frozen=True)
class Reading:
    suggestions: tuple[Suggestion, ...]
    highlighted: SafeString
    safety: tuple[str, ...]
    topics: tuple[str, ...]

    def without_steps(self) -> Reading:
        """Steps are things to do together; while safety comes first, none are suggested."""
        kept = tuple(s for s in self.suggestions if s.kind != "step")
        return Reading(kept, self.highlighted, self.safety, self.topics)


def read(text: str, already: Moment | None = None, on_hold: bool = False) -> Reading:
    """What the engine sees in `text`, less what the person already recorded on `already`.

    While a safety flag stands (`on_hold`), no steps are suggested: see `without_steps`.
    """
    from reconnect.analysis.engine import analyze  # loaded on first use: keeps start-up fast

    analysis = analyze(text)
    recorded: set[tuple[str, str]] = set()
    if already is not None:
        recorded |= {("exit", e.type) for e in already.exits.all()}
        recorded |= {("effect", e) for e in already.effects}
        recorded |= {("step", s) for s in already.steps}
    found: list[Suggestion] = []
    for f in analysis.exits:
        found.append(Suggestion("exit", f.type, f.actor or "self", f.evidence, f.reason))
    for f in analysis.effects:
        found.append(Suggestion("effect", f.type, "", f.evidence, EFFECT_EXPLANATIONS[f.type]))
    for f in analysis.steps:
        found.append(Suggestion("step", f.type, "", f.evidence, STEP_EXPLANATIONS[f.type]))
    fresh = tuple(s for s in found if (s.kind, s.type) not in recorded)
    spans = [
        (f.start, f.end, f.type.replace("_", " ")) for f in analysis.findings if f.kind != "safety"
    ]
    reading = Reading(
        suggestions=fresh,
        highlighted=highlight(text, spans),
        safety=tuple(sorted({f.type for f in analysis.safety})),
        topics=analysis.topics,
    )
    return reading.without_steps() if on_hold else reading
