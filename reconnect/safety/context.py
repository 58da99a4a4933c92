from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from reconnect.safety import resources, screening


def safety(request: HttpRequest) -> dict[str, Any]:
    """Whether to show this person the private support panel, and the lines for their country."""
    user = getattr(request, "user", None)
    whose = screening.standing(user) if user is not None else set()
    if user is None or not whose:
        return {"safety_hold": False}
    return {
        "safety_hold": True,
        "safety_lines": resources.for_country(user.country)[:1],
        # Worry for the partner alone gets words for a person supporting someone else.
        "safety_for_partner": whose == {"partner"},
    }
