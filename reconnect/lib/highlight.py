"""Show the engine's evidence inside the person's own words, safely escaped."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def highlight(text: str, spans: Iterable[tuple[int, int, str]]) -> SafeString:
    """Wrap each (start, end, label) span of `text` in <mark>; overlaps keep the first."""
    parts: list[str] = []
    cursor = 0
    for start, end, label in sorted(spans):
        if start < cursor or end <= start or end > len(text):
            continue
        parts.append(escape(text[cursor:start]))
        parts.append(f'<mark title="{escape(label)}">{escape(text[start:end])}</mark>')
        cursor = end
    parts.append(escape(text[cursor:]))
    return mark_safe("".join(parts))  # every piece above is escaped
