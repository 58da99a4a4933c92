"""The analysis engine: prepare the text once, run the rule detectors, weigh them with the
learned model, pick evidence and actors, and explain.

    from reconnect.analysis.engine import analyze
    analyze("he turned the TV up when I brought up the bills").to_dict()
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from reconnect.analysis.detectors import Candidate, Registry
from reconnect.analysis.findings import (
    EFFECT_TYPES,
    EXIT_TYPES,
    SAFETY_TYPES,
    STEP_TYPES,
    TOPICS,
    Analysis,
    Finding,
)
from reconnect.analysis.learn import Model, positioned_terms
from reconnect.analysis.rules import TOPIC_WORDS, default_registry, is_figure_of_speech
from reconnect.analysis.safety_rules import find_safety
from reconnect.analysis.text import PARTNER_PRONOUNS, Clause, Prepared, Subject, prepare

MODEL_DIR = Path(__file__).resolve().parent / "models"
MODEL_PATH = MODEL_DIR / "moments"
MAX_CHARS = 100_000

KIND_TYPES: dict[str, tuple[str, ...]] = {
    "exit": EXIT_TYPES,
    "effect": EFFECT_TYPES,
    "step": STEP_TYPES,
    "safety": SAFETY_TYPES,
}
# Learned labels are namespaced by kind: "exit:distraction".
LABELS = tuple(f"{kind}:{t}" for kind, types in KIND_TYPES.items() for t in types)
ACTOR_LABELS = tuple(f"{t}:{a}" for t in EXIT_TYPES for a in ("self", "partner", "both"))
# How much a rule's own reading of the clause subject counts next to the actor model.
RULE_ACTOR_BONUS = 0.1

# The model's probability needed to report a type. Safety is set low on purpose: a missed
# safety signal costs far more than an extra gentle check-in.
DEFAULT_THRESHOLDS: dict[str, float] = {
    "exit": 0.4,
    "effect": 0.4,
    "step": 0.4,
    "safety": 0.3,
}

# The model alone, with no rule behind it, is enough at this probability. Chosen on our dev
# split and the real corpora (benchmarks/RESULTS.md): from 0.6 down to 0.4 it added no false
# alarm on our dev split and none on r/relationships.
SAFETY_MODEL_ALONE = 0.4
# The least model probability that lets a weak safety pattern through.
SAFETY_WEAK_SUPPORT = 0.15
STRONG_RULE = 0.75
STRONG_RULE_SUPPORT = 0.5

# Said when the learned model found a type but no rule gave a reason in words.
GENERIC_WHY: dict[str, str] = {
    "distraction": "turning to something else (a screen, a hobby, going out) while the "
    "conversation waited",
    "shutting_down": "going quiet or closing off instead of staying in the talk",
    "fighting_blaming": "the hurt coming out sideways as blame or a sharp word",
    "overworking": "keeping busy with work or jobs so the hard talk never quite starts",
    "focusing_on_others": "care flowing to other people while the two of you drift",
    "hurt": "feeling hurt, unimportant or uncared for",
    "loneliness": "feeling alone, even together",
    "misunderstanding": "guessing at what the other person thinks, without being able to ask",
    "notice": "noticing the pattern, the first step out of it",
    "stay_present": "staying in the moment when leaving was tempting",
    "talk_openly": "sharing the feeling in gentle words",
    "time_together": "time together without distractions",
    "honest_kind": "honesty or a kind act that brings you closer",
    "partner_violence": "signs of fear, force or control in the relationship; you deserve "
    "to be safe, and support is available privately",
    "self_harm": "thoughts of not wanting to be here; you deserve support, and people are "
    "ready to listen",
}


@dataclass(frozen=True)
class Engine:
    """Runs a registry of detectors and an optional learned model over texts."""

    registry: Registry
    model: Model | None
    thresholds: dict[str, float]
    actor_model: Model | None = None

    def analyze(self, text: str) -> Analysis:
        if not isinstance(text, str) or not text.strip():
            return Analysis(text if isinstance(text, str) else "")
        text = text[:MAX_CHARS]
        prepared = prepare(text)
        candidates = self.candidates(prepared)
        positioned = positioned_terms(prepared)
        terms = [term for term, _ in positioned] + rule_terms(candidates)
        probabilities: dict[str, float] = {}
        features = _Features.empty()
        if self.model is not None:
            features = _Features.of(self.model, prepared, positioned, terms)
            probabilities = self.model.classifier.proba_sparse(features.indices, features.values)
        if self.actor_model is not None:
            if self.model is not None and self.actor_model.featurizer is self.model.featurizer:
                probabilities.update(
                    self.actor_model.classifier.proba_sparse(features.indices, features.values)
                )
            else:
                probabilities.update(self.actor_model.predict(terms))
        by_kind: dict[str, list[Finding]] = {kind: [] for kind in KIND_TYPES}
        for kind, types in KIND_TYPES.items():
            for type_ in types:
                own = [c for c in candidates if c.kind == kind and c.type == type_]
                finding = self._decide(prepared, kind, type_, own, probabilities, features)
                if finding is not None:
                    by_kind[kind].append(finding)
        by_kind["safety"] = _with_safety_rules(text, by_kind["safety"])
        if by_kind["safety"]:
            # "He checks my phone" is control, not a partner reaching for a screen: an exit
            # read from the very words of a safety signal would misname it.
            by_kind["exit"] = [
                f
                for f in by_kind["exit"]
                if not any(f.start < s.end and s.start < f.end for s in by_kind["safety"])
            ]
        return Analysis(
            text,
            exits=_ordered(by_kind["exit"]),
            effects=_ordered(by_kind["effect"]),
            steps=_ordered(by_kind["step"]),
            safety=_ordered(by_kind["safety"]),
            topics=topics(prepared),
        )

    def candidates(self, prepared: Prepared) -> list[Candidate]:
        found = self.registry.run(prepared)
        return [c for c in found if not (c.kind == "safety" and _figurative(prepared, c))]

    def _decide(
        self,
        prepared: Prepared,
        kind: str,
        type_: str,
        own: list[Candidate],
        probabilities: dict[str, float],
        features: _Features,
    ) -> Finding | None:
        label = f"{kind}:{type_}"
        best = max(own, key=lambda c: c.score) if own else None
        if self.model is None:
            if best is None or best.score < 0.5:
                return None
            confidence = best.score
        else:
            probability = probabilities.get(label, 0.0)
            threshold = self.thresholds.get(label, self.thresholds.get(kind, 0.5))
            if kind == "safety":
                # Favour recall: a clear rule hit alone is enough for a safety signal; a
                # weaker one needs some support from the model; the model alone needs to be
                # fairly sure, because it has seen few examples.
                rule = best.score if best is not None else 0.0
                support = max(threshold, SAFETY_WEAK_SUPPORT)
                if not (
                    rule >= 0.7
                    or (rule >= 0.5 and probability >= support)
                    or probability >= SAFETY_MODEL_ALONE
                ):
                    return None
                confidence = max(probability, rule)
            elif probability >= threshold:
                confidence = probability
            elif (
                best is not None
                and best.score >= STRONG_RULE
                and probability >= threshold * STRONG_RULE_SUPPORT
            ):
                # A pattern that names the behaviour, inside an avoidance context, needs
                # less agreement from the model.
                confidence = (probability + best.score) / 2
            else:
                return None
        pushes = None
        if best is not None:
            start, end, why = best.start, best.end, best.why
        else:
            pushes = self._pushes(prepared, label, features)
            if kind == "exit" and not _from_the_couple(prepared, pushes):
                # Only words about other people ("my colleague's husband games all night")
                # led the model there: an exit is something one of the two of you did.
                return None
            start, end = _strongest(prepared, pushes) or (0, len(prepared.text))
            why = ""
        actor = self._actor(prepared, type_, own, start, probabilities) if kind == "exit" else None
        if pushes is not None and actor in ("self", "partner"):
            # Quote words where that person is the one acting, when the model leaned on any:
            # "partner" beside "I told him my contract wasn't renewed" would puzzle anyone.
            start, end = _strongest(prepared, pushes, actor) or (start, end)
        evidence = prepared.text[start:end]
        reason = why or GENERIC_WHY[type_]
        explanation = f"\u2018{evidence}\u2019 \u2014 {reason}"
        return Finding(
            kind, type_, actor, float(round(confidence, 4)), start, end, evidence, explanation
        )

    def _actor(
        self,
        prepared: Prepared,
        type_: str,
        own: list[Candidate],
        start: int,
        probabilities: dict[str, float],
    ) -> Subject:
        by_rules = _actor(prepared, own, start)
        explicit = {c.actor for c in own if c.actor in ("self", "partner", "both")}
        if self.actor_model is None or (by_rules == "both" and {"self", "partner"} <= explicit):
            # Rules saw the writer and the partner each do it ("he scrolled, I scrolled").
            return by_rules
        sure = {c.actor for c in own if c.sure and c.actor in ("self", "partner", "both")}
        if len(sure) == 1:
            return sure.pop()  # type: ignore[return-value]
        scores: dict[Subject, float] = {
            a: probabilities.get(f"{type_}:{a}", 0.0) + (RULE_ACTOR_BONUS if a == by_rules else 0)
            for a in ("self", "partner", "both")
        }
        return max(scores, key=scores.__getitem__)

    def _pushes(self, prepared: Prepared, label: str, features: _Features) -> np.ndarray:
        """How hard each clause's words pushed the model towards ``label``."""
        assert self.model is not None
        known = features.columns >= 0
        columns = features.columns[known]
        # Each occurrence of a term adds its column's whole share of the score.
        values = features.values[np.searchsorted(features.indices, columns)]
        weights = self.model.classifier.weights[columns, self.model.classifier.labels.index(label)]
        return np.bincount(
            features.clauses[known], weights=values * weights, minlength=len(prepared.clauses)
        )


def _from_the_couple(prepared: Prepared, pushes: np.ndarray) -> bool:
    """Whether any clause that may be about the writer, the partner or both pushed towards
    the label. A "he" or "she" read as a relative ("Since my dad died he has buried himself in
    work") is a guess, so it may still be the partner."""
    return any(
        push > 0
        and (clause.subject in ("self", "partner", "both") or _by_pronoun(prepared, clause))
        for clause, push in zip(prepared.clauses, pushes, strict=False)
    )


def _by_pronoun(prepared: Prepared, clause: Clause) -> bool:
    first = prepared.tokens[clause.first_token : min(clause.last_token, clause.first_token + 3)]
    return any(token.norm in PARTNER_PRONOUNS for token in first)


def _strongest(
    prepared: Prepared, pushes: np.ndarray, subject: str | None = None
) -> tuple[int, int] | None:
    """The clause that pushed hardest; with ``subject``, the hardest of that person's clauses,
    if any of them pushed that way at all."""
    if not prepared.clauses:
        return None
    if subject is not None:
        theirs = np.array([c.subject == subject for c in prepared.clauses])
        if not (theirs & (pushes > 0)).any():
            return None
        pushes = np.where(theirs, pushes, -np.inf)
    clause = prepared.clauses[int(np.argmax(pushes))]
    return clause.start, clause.end


@dataclass(frozen=True)
class _Features:
    """A text as the model sees it: its sparse tf-idf row, and for each positioned term its
    column (-1 when unknown) and token index, so evidence can point back at the words."""

    indices: np.ndarray
    values: np.ndarray
    columns: np.ndarray
    positions: np.ndarray
    clauses: np.ndarray  # the clause of each positioned term

    @classmethod
    def of(
        cls, model: Model, prepared: Prepared, positioned: list[tuple[str, int]], terms: list[str]
    ) -> _Features:
        featurizer = model.featurizer
        term_columns = featurizer.columns(terms)
        columns = [term_columns[: len(positioned)]]
        positions = np.fromiter((i for _, i in positioned), np.int64, len(positioned))
        if model.settings.get("char_ngrams"):
            # The same terms as ``char_terms``, looked up a word at a time through a cache.
            words = [i for i, t in enumerate(prepared.tokens) if t.norm[:1].isalnum()]
            columns += [featurizer.char_columns(prepared.tokens[i].norm) for i in words]
            counts = [len(c) for c in columns[1:]]
            positions = np.concatenate((positions, np.repeat(np.array(words, np.int64), counts)))
        placed = np.concatenate(columns)
        # Rule terms (after the positioned ones) count in the row but have no place in the text.
        every = np.concatenate((placed, term_columns[len(positioned) :]))
        indices, values = featurizer.sparse_columns(every)
        clause_of = np.zeros(len(prepared.tokens), dtype=np.int64)
        for n, clause in enumerate(prepared.clauses):
            clause_of[clause.first_token : clause.last_token] = n
        return cls(indices, values, placed, positions, clause_of[positions])

    @classmethod
    def empty(cls) -> _Features:
        none = np.zeros(0, dtype=np.int64)
        return cls(none, np.zeros(0, dtype=np.float32), none, none, none)


def rule_terms(candidates: Sequence[Candidate]) -> list[str]:
    """Rule hits as extra terms for the learned model, so it learns how far to trust each."""
    terms: list[str] = []
    for c in candidates:
        terms.append(f"R:{c.kind}:{c.type}")
        terms.append(f"R:{c.kind}:{c.type}:{c.pattern}")
        if c.actor:
            terms.append(f"R:{c.kind}:{c.type}:{c.actor}")
    return terms


def _figurative(prepared: Prepared, candidate: Candidate) -> bool:
    sentence = prepared.sentence_of(candidate.start)
    if sentence is None:
        return False
    start = max(sentence.start, candidate.start - 200)
    return is_figure_of_speech(prepared.lower[start : min(sentence.end, candidate.end + 200)])


def _actor(prepared: Prepared, own: list[Candidate], start: int) -> Subject:
    actors = {c.actor for c in own if c.actor in ("self", "partner", "both")}
    if "both" in actors or {"self", "partner"} <= actors:
        return "both"
    if len(actors) == 1:
        return actors.pop()  # type: ignore[return-value]
    subject = prepared.subject_at(start)
    if subject in ("self", "partner", "both"):
        return subject
    return "partner"


def _with_safety_rules(text: str, found: list[Finding]) -> list[Finding]:
    """Add what the high-recall safety rules see that the engine did not.

    Missing a person in danger costs far more than a gentle false alarm (DOMAIN.md safety
    rules), so the two readers are combined with OR, one finding per type.
    """
    have = {f.type for f in found}
    extra: list[Finding] = []
    for hit in find_safety(text):
        if hit.type in have:
            continue
        have.add(hit.type)
        explanation = f"\u2018{hit.evidence}\u2019 \u2014 {hit.explanation}"
        extra.append(
            Finding("safety", hit.type, None, 0.9, hit.start, hit.end, hit.evidence, explanation)
        )
    return found + extra


def _ordered(findings: list[Finding]) -> tuple[Finding, ...]:
    return tuple(sorted(findings, key=lambda f: (f.start, f.type)))


def topics(prepared: Prepared) -> tuple[str, ...]:
    if not prepared.tokens:
        return ()
    words = {t.norm for t in prepared.tokens}
    lower = prepared.lower
    found = []
    for topic, keys in TOPIC_WORDS.items():
        for key in keys:
            if (" " in key and key in lower) or key in words:
                found.append(topic)
                break
    ordered = tuple(t for t in TOPICS if t in found)
    return ordered or ("other",)


@lru_cache(maxsize=1)
def default_engine() -> Engine:
    model = Model.load(MODEL_PATH) if MODEL_PATH.with_suffix(".npz").exists() else None
    actors_path = MODEL_PATH.with_name(MODEL_PATH.name + "_actors")
    actor_model = Model.load(actors_path) if actors_path.with_suffix(".npz").exists() else None
    if (
        model is not None
        and actor_model is not None
        and actor_model.settings.get("shared_featurizer")
        and actor_model.featurizer.vocabulary == model.featurizer.vocabulary
    ):
        # Trained on the same columns: featurize each text once for both models.
        actor_model = Model(model.featurizer, actor_model.classifier, actor_model.settings)
    thresholds = dict(DEFAULT_THRESHOLDS)
    if model is not None:
        saved = model.settings.get("thresholds")
        if isinstance(saved, dict):
            thresholds.update({str(k): float(v) for k, v in saved.items()})
    return Engine(default_registry(), model, thresholds, actor_model)


def analyze(text: str) -> Analysis:
    """Analyse what a person wrote about a moment. Never raises on text; "" gives nothing."""
    return default_engine().analyze(text)


# The writer saying a reported feeling is theirs too ("Me too, some days."), or despair of
# their own that is not read as self-harm alone ("I want out of everything").
_SHARED_FEELING = re.compile(
    r"\b(?:me too|me neither|same here|so do i|neither do i|nor do i|i do too|so am i|"
    r"i feel (?:the same|that way too|it too)|i(?:'m| am) the same|i(?:'ve| have) felt (?:it|that)|"
    r"i (?:just )?want out|i can'?t go on|i can'?t do this any ?more|i(?:'m| am) done with "
    r"(?:everything|it all|life)|i(?:'ve| have) nothing left|i give up)\b"
)


def self_harm_is_reported(text: str) -> bool:
    """True when thoughts of not wanting to live come only from words the writer reports
    someone else saying ("he told me he doesn't see the point"), none from the writer's own.

    The sentences holding those reported words are blanked out and the rest is read again:
    whatever still reads as self-harm is the writer's. When unsure, it is the writer's.
    """
    reported = [h for h in find_safety(text) if h.type == "self_harm" and h.about == "partner"]
    if not reported or _SHARED_FEELING.search(text.lower().replace("\u2019", "'")):
        return False
    kept = list(text)
    for sentence in prepare(text).sentences:
        if any(h.start < sentence.end and sentence.start < h.end for h in reported):
            kept[sentence.start : sentence.end] = " " * (sentence.end - sentence.start)
    return not any(f.type == "self_harm" for f in analyze("".join(kept)).safety)
