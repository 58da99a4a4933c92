from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from reconnect.accounts.models import COUNTRIES
from reconnect.safety import resources, screening
from reconnect.safety.models import RESOLUTIONS


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


@login_required
@require_POST
def resolve(request: HttpRequest) -> HttpResponse:
    """The person says they are safe, or that what they wrote wasn't about them."""
    resolution = request.POST.get("resolution", "")
    if resolution in dict(RESOLUTIONS):
        screening.resolve(request.user, resolution)
        messages.info(request, "Thank you for letting us know. Help is always one tap away.")
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}):
        back = ""
    return redirect(back or "pages:home")
