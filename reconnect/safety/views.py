from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from reconnect.accounts.models import COUNTRIES
from reconnect.safety import resources


def get_help(request: HttpRequest) -> HttpResponse:
    """Support lines. Open to everyone, logged in or not, and nothing about a visit is kept."""
    code = request.GET.get("country") or getattr(request.user, "country", "") or "XX"
    if code not in dict(COUNTRIES):
        code = "XX"
    return render(
        request,
        "safety/help.html",
        {
            "countries": resources.for_country(code),
            "country": code,
            "country_choices": COUNTRIES,
            "known": code in resources.load()["countries"],
            "reviewed": resources.load()["reviewed"],
            "therapists": resources.therapists(),
            "sensitive": True,
        },
    )
