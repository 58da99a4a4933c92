"""Read what a person writes for safety signals, and remember them for that person only."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from reconnect.safety.models import SafetyFlag


def safety_signals(text: str) -> list[str]:
    """The safety signal types in a text (`partner_violence`, `self_harm`), if any."""
    if not text.strip():
        return []
    from reconnect.analysis.engine import analyze  # loaded on first use: keeps start-up fast

    return sorted({finding.type for finding in analyze(text).safety})


def screen(user: Any, *texts: str) -> list[str]:
    """Flag the person when any of their texts shows a safety signal. Returns the kinds."""
    return flag(user, {kind for text in texts for kind in safety_signals(text)})


def flag(user: Any, found: set[str] | tuple[str, ...]) -> list[str]:
    """Record safety signals already read from the person's words (one standing flag a kind)."""
    kinds = sorted(found)
    standing = set(SafetyFlag.objects.active().filter(owner=user).values_list("kind", flat=True))
    SafetyFlag.objects.bulk_create(
        SafetyFlag(owner=user, kind=kind) for kind in kinds if kind not in standing
    )
    return kinds


def on_hold(user: Any) -> bool:
    """True while a safety flag stands: no couple exercises are suggested to this person."""
    return bool(user.is_authenticated and SafetyFlag.objects.active().filter(owner=user).exists())


def resolve(user: Any, resolution: str) -> None:
    SafetyFlag.objects.active().filter(owner=user).update(
        resolved=timezone.now(), resolution=resolution
    )
