"""Scoring of the engine (and the coach) against labelled JSONL, as LABELS.md "Scoring" says."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TextIO

from reconnect.analysis.corpus import MessageScores, MomentScores
from reconnect.analysis.findings import EXIT_TYPES


def score_moments(
    items: Sequence[dict[str, Any]], analyze: Callable[[str], Any] | None = None
) -> MomentScores:
    if analyze is None:
        from reconnect.analysis.engine import analyze as default_analyze

        analyze = default_analyze
    scores = MomentScores()
    for item in items:
        scores.add(item, analyze(str(item["text"])).to_dict())
    return scores


def score_messages(
    items: Sequence[dict[str, Any]], coach: Callable[[str], Any] | None = None
) -> MessageScores:
    if coach is None:
        from reconnect.analysis.coach import coach as default_coach

        coach = default_coach
    scores = MessageScores()
    for item in items:
        scores.add(item, coach(str(item["text"])).to_dict())
    return scores


def report_moments(scores: MomentScores, out: TextIO, title: str = "moments") -> None:
    w = out.write
    w(f"{title}: {scores.n} texts\n")
    w(f"  {'exit type':<20} {'P':>6} {'R':>6} {'F1':>6}  tp/fp/fn\n")
    for label, prf in scores.exits.items():
        w(
            f"  {label:<20} {prf.precision:6.3f} {prf.recall:6.3f} {prf.f1:6.3f}"
            f"  {prf.tp}/{prf.fp}/{prf.fn}\n"
        )
    micro = scores.exits_micro
    w(f"  exits macro-F1 {scores.exits_macro_f1:.3f}  micro-F1 {micro.f1:.3f}\n")
    w(f"  actor accuracy {scores.actor_accuracy:.3f} ({scores.actor_right}/{scores.actor_total})\n")
    w(
        f"  effects micro-F1 {scores.effects_micro.f1:.3f}  steps micro-F1 "
        f"{scores.steps_micro.f1:.3f}\n"
    )
    for label, prf in scores.safety.items():
        w(
            f"  safety {label:<17} recall {prf.recall:.3f} precision {prf.precision:.3f}"
            f"  tp/fp/fn {prf.tp}/{prf.fp}/{prf.fn}\n"
        )
    w("  exit confusion (rows gold, columns predicted; after also_ok):\n")
    names = (*EXIT_TYPES, "none")
    short = [n[:8] for n in names]
    w("  " + " " * 20 + " ".join(f"{s:>8}" for s in short) + "\n")
    for gold in names:
        row = " ".join(f"{scores.confusion.get((gold, p), 0):8d}" for p in names)
        w(f"  {gold:<20}{row}\n")
    actors = ("self", "partner", "both")
    w(
        "  actor confusion (rows gold): "
        + " ".join(
            f"{g}->{p}:{scores.actor_confusion.get((g, p), 0)}"
            for g in actors
            for p in actors
            if g != p
        )
        + "\n"
    )


def report_messages(scores: MessageScores, out: TextIO, title: str = "messages") -> None:
    w = out.write
    w(f"{title}: {scores.n} drafts\n")
    w(
        f"  tone accuracy {scores.tone_accuracy:.3f}  harsh F1 {scores.harsh.f1:.3f}"
        f"  (P {scores.harsh.precision:.3f} R {scores.harsh.recall:.3f})\n"
    )
    w(f"  markers micro-F1 on harsh drafts {scores.markers.f1:.3f}\n")
    for label, prf in sorted(scores.per_marker.items()):
        w(f"    {label:<15} P {prf.precision:.3f} R {prf.recall:.3f} F1 {prf.f1:.3f}\n")
