"""Rule detectors: named objects with patterns, context words and one ``analyze()`` method.

A detector proposes ``Candidate`` values. It knows nothing of the learned model; the engine
weighs the two. Candidates inside a negation or a hypothetical, or about somebody else, are
dropped here unless the pattern says the context is part of what it means (``"he didn't say a
word"`` is an exit *because* of the "didn't").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reconnect.analysis.needles import GROUPS_TESTED, holds_all, needle_groups
from reconnect.analysis.text import Prepared, Subject


@dataclass(frozen=True, slots=True)
class Pattern:
    """A regular expression over the lower-cased text.

    ``why`` finishes the explanation ("'grabbed my phone' — <why>"). ``score`` is the base
    confidence. ``negated_ok``: the pattern carries its own negation, so a negation scope does
    not cancel it. ``hypothetical_ok``: fears and threats count as they are (safety).
    ``actor``: fixed actor when the words themselves say who ("we both ...").
    ``not_self``: the writer cannot be the one doing it ("checks my phone" is not about the
    writer checking their own phone).
    """

    name: str
    regex: re.Pattern[str]
    why: str
    score: float = 0.6
    negated_ok: bool = False
    hypothetical_ok: bool = False
    other_ok: bool = False
    actor: Subject | None = None
    not_self: bool = False
    # Groups of strings; every match holds one of each (``needles.needle_groups``). Empty:
    # the regex runs on every text.
    needles: tuple[tuple[str, ...], ...] = ()


def pattern(
    name: str,
    regex: str,
    why: str,
    score: float = 0.6,
    *,
    negated_ok: bool = False,
    hypothetical_ok: bool = False,
    other_ok: bool = False,
    actor: Subject | None = None,
    not_self: bool = False,
) -> Pattern:
    return Pattern(
        name,
        re.compile(regex),
        why,
        score,
        negated_ok,
        hypothetical_ok,
        other_ok,
        actor,
        not_self,
        needle_groups(regex)[:GROUPS_TESTED],
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    """What a detector proposes. ``actor`` is the clause subject (exits only)."""

    kind: str
    type: str
    start: int
    end: int
    score: float
    actor: Subject | None
    detector: str
    pattern: str
    why: str
    # True when the words themselves name who did it (a quote's speaker, "we both").
    sure: bool = False


@dataclass(frozen=True)
class Detector:
    """Finds one type (of one kind) with a list of patterns.

    ``context`` words in the same sentence (at most ``_WINDOW`` characters away) raise a candidate's score by
    ``context_boost`` each (at most twice); ``blockers`` in the same sentence cancel it
    (e.g. "lovely", "together" for a shared evening in front of the TV).
    """

    name: str
    kind: str
    type: str
    patterns: tuple[Pattern, ...]
    context: tuple[str, ...] = ()
    blockers: tuple[str, ...] = ()
    context_boost: float = 0.1

    def analyze(self, prepared: Prepared) -> list[Candidate]:
        lower = prepared.lower
        found: list[Candidate] = []
        for pat in self.patterns:
            if not holds_all(lower, pat.needles):
                continue
            for match in pat.regex.finditer(lower):
                start, end = match.span("ev") if "ev" in pat.regex.groupindex else match.span()
                if end <= start:
                    continue
                candidate = self._judge(prepared, pat, start, end)
                if candidate is not None:
                    found.append(candidate)
        return found

    def _judge(self, prepared: Prepared, pat: Pattern, start: int, end: int) -> Candidate | None:
        if not pat.negated_ok and prepared.is_negated(start, end):
            return None
        if not pat.hypothetical_ok and prepared.is_hypothetical(start, end):
            return None
        clause = prepared.clause_at(start)
        subject: Subject | None = clause.subject if clause else None
        if subject == "other" and not pat.other_ok and pat.actor is None:
            return None
        if pat.not_self and subject == "self":
            return None
        sentence = prepared.sentence_of(start)
        score = pat.score
        if sentence is not None:
            # Bounded, so a text without full stops stays linear.
            words = prepared.lower[
                max(sentence.start, start - _WINDOW) : min(sentence.end, end + _WINDOW)
            ]
            if any(_has_word(words, b) for b in self.blockers):
                return None
            hits = sum(1 for c in self.context if _has_word(words, c))
            score = min(0.99, score + self.context_boost * min(hits, 2))
        speaker = _speaker(prepared.lower, start, end) if self.kind == "exit" else None
        actor = pat.actor or speaker or subject
        return Candidate(
            self.kind,
            self.type,
            start,
            end,
            score,
            actor,
            self.name,
            pat.name,
            pat.why,
            sure=bool(pat.actor or speaker or (clause is not None and clause.echoed)),
        )


_WINDOW = 160
_QUOTES = "'\"\u2018\u2019\u201c\u201d"
_SAID = r"(?:said|say|says|asked|snapped|muttered|replied|answered|told (?:him|her|me))"
_SPEAKER_AFTER = re.compile(rf"^[^\w]{{0,4}}\s*(?:(i|he|she|we)\s+{_SAID}|{_SAID}\s+(i|he|she))\b")
_SPEAKER_BEFORE = re.compile(rf"\b(i|he|she|we)\s+{_SAID}[^\w]{{0,4}}\s*$")
_PRONOUN_ACTOR: dict[str, Subject] = {"i": "self", "we": "both", "he": "partner", "she": "partner"}


def _speaker(lower: str, start: int, end: int) -> Subject | None:
    """Who said a quoted remark: "'must be nice,' I said" is the writer's jab."""
    if lower[start : start + 1] not in _QUOTES and lower[start - 1 : start] not in _QUOTES:
        return None
    after = _SPEAKER_AFTER.search(lower[end : end + 30])
    if after:
        return _PRONOUN_ACTOR[after.group(1) or after.group(2)]
    before = _SPEAKER_BEFORE.search(lower[max(0, start - 30) : start])
    if before:
        return _PRONOUN_ACTOR[before.group(1)]
    return None


def _has_word(haystack: str, word: str) -> bool:
    i = haystack.find(word)
    while i >= 0:
        before = haystack[i - 1] if i else " "
        after_i = i + len(word)
        after = haystack[after_i] if after_i < len(haystack) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        i = haystack.find(word, i + 1)
    return False


@dataclass(frozen=True)
class Registry:
    """The detectors the engine runs. Immutable: ``with_detector`` returns a new registry."""

    detectors: tuple[Detector, ...]

    def with_detector(self, detector: Detector) -> Registry:
        return Registry((*self.detectors, detector))

    def of_kind(self, kind: str) -> tuple[Detector, ...]:
        return tuple(d for d in self.detectors if d.kind == kind)

    def names(self) -> tuple[str, ...]:
        return tuple(d.name for d in self.detectors)

    def run(self, prepared: Prepared, kinds: Sequence[str] | None = None) -> list[Candidate]:
        out: list[Candidate] = []
        for detector in self.detectors:
            if kinds is None or detector.kind in kinds:
                out.extend(detector.analyze(prepared))
        return out
