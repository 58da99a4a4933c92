"""Result values. Frozen dataclasses holding tuples, so callers can never change the engine."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

EXIT_TYPES = (
    "distraction",
    "shutting_down",
    "fighting_blaming",
    "overworking",
    "focusing_on_others",
)
EFFECT_TYPES = ("hurt", "loneliness", "misunderstanding")
STEP_TYPES = ("notice", "stay_present", "talk_openly", "time_together", "honest_kind")
SAFETY_TYPES = ("partner_violence", "self_harm")
TOPICS = ("money", "chores", "kids", "family", "work", "intimacy", "time", "health", "other")
ACTORS = ("self", "partner", "both")
KINDS = ("exit", "effect", "step", "safety")


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing found in a text, with the exact words that show it.

    ``actor`` is set for exits only (``self``, ``partner`` or ``both``). ``evidence`` is
    ``text[start:end]``. ``explanation`` is a sentence a person can read.
    """

    kind: str
    type: str
    actor: str | None
    confidence: float
    start: int
    end: int
    evidence: str
    explanation: str

    @property
    def reason(self) -> str:
        """The explanation without its opening quote of the evidence, for a page that shows
        the evidence already (the engine writes the quoted words, a dash, then why)."""
        return self.explanation.removeprefix(f"\u2018{self.evidence}\u2019 \u2014 ")

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"type": self.type}
        if self.kind == "exit":
            data["actor"] = self.actor
        data.update(
            confidence=round(self.confidence, 3),
            start=self.start,
            end=self.end,
            evidence=self.evidence,
        )
        if self.kind == "exit":
            data["explanation"] = self.explanation
        return data


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str
    exits: tuple[Finding, ...] = ()
    effects: tuple[Finding, ...] = ()
    steps: tuple[Finding, ...] = ()
    safety: tuple[Finding, ...] = ()
    topics: tuple[str, ...] = ()

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.exits + self.effects + self.steps + self.safety

    def types(self, kind: str) -> tuple[str, ...]:
        return tuple(f.type for f in self.findings if f.kind == kind)

    def to_dict(self) -> dict[str, Any]:
        return {
            "exits": [f.to_dict() for f in self.exits],
            "effects": [f.to_dict() for f in self.effects],
            "steps": [f.to_dict() for f in self.steps],
            "safety": [f.to_dict() for f in self.safety],
            "topics": list(self.topics),
        }
