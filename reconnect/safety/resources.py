"""Crisis and support lines, kept as reviewed data in resources.json."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

RESOURCES_FILE = Path(__file__).with_name("resources.json")


@cache
def load() -> dict[str, Any]:
    return json.loads(RESOURCES_FILE.read_text(encoding="utf-8"))


def for_country(code: str) -> list[dict[str, Any]]:
    """The person's own country first; everyone else's after, since people travel and move."""
    countries = load()["countries"]
    ordered = [code] if code in countries else []
    ordered += [c for c in countries if c != code]
    return [{"code": c, **countries[c]} for c in ordered]


def review_by() -> date:
    return date.fromisoformat(load()["review_by"])


def therapists() -> list[dict[str, str]]:
    return list(load()["therapists"])
