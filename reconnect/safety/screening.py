"""Read what a person writes for safety signals, and remember them for that person only."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.utils import timezone

from reconnect.safety.models import SafetyFlag


def signals(text: str) -> dict[str, str]:
    """Each safety signal type in a text, with whose danger it speaks of: "partner" only for
    thoughts of not wanting to live that the writer reports someone close saying, and none of
    their own (see ``self_harm_is_reported``); otherwise, and when in doubt, the writer's."""
    if not text.strip():
        return {}
    # Loaded on first use: keeps start-up fast.
    from reconnect.analysis.engine import analyze, self_harm_is_reported

    about = {finding.type: "self" for finding in analyze(text).safety}
    if "self_harm" in about and self_harm_is_reported(text):
        about["self_harm"] = "partner"
    return about


def screen(user: Any, *texts: str) -> list[str]:
    """Flag the person when any of their texts shows a safety signal. Returns the kinds."""
    found: dict[str, str] = {}
    for text in texts:
        for kind, about in signals(text).items():
            # The writer's own danger outweighs worry for the partner.
            found[kind] = "self" if found.get(kind) == "self" else about
    return flag(user, found)


def flag(user: Any, found: Mapping[str, str]) -> list[str]:
    """Record safety signals already read from the person's words, each kind mapped to whose
    danger it speaks of (one standing flag a kind)."""
    standing = {f.kind: f for f in SafetyFlag.objects.active().filter(owner=user)}
    for kind, whose in found.items():
        flag_ = standing.get(kind)
        if flag_ is None:
            SafetyFlag.objects.create(owner=user, kind=kind, about=whose)
        elif whose == "self" and flag_.about != "self":
            flag_.about = "self"
            flag_.save(update_fields=["about"])
    return sorted(found)


def standing(user: Any) -> set[str]:
    """Whose danger the person's standing flags speak of ("self", "partner"); empty if none."""
    if not user.is_authenticated:
        return set()
    return set(SafetyFlag.objects.active().filter(owner=user).values_list("about", flat=True))


def on_hold(user: Any) -> bool:
    """True while a safety flag stands: no couple exercises are suggested to this person."""
    return bool(user.is_authenticated and SafetyFlag.objects.active().filter(owner=user).exists())


def resolve(user: Any, resolution: str) -> None:
    SafetyFlag.objects.active().filter(owner=user).update(
        resolved=timezone.now(), resolution=resolution
    )
