from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from reconnect.accounts.models import person
from reconnect.checkins.models import CheckIn
from reconnect.lib.vocabulary import EFFECTS, EXITS, STEPS
from reconnect.moments.models import Moment


def index(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("pages:home")
    return render(request, "pages/index.html")


@login_required
def home(request: HttpRequest) -> HttpResponse:
    user = person(request)
    recent = Moment.objects.visible_to(user).select_related("owner").prefetch_related("exits")[:3]
    return render(
        request,
        "pages/home.html",
        {
            "partner": user.partner,
            "checked_in": CheckIn.objects.filter(owner=user, day=timezone.localdate()).first(),
            "recent": recent,
        },
    )


def how_it_works(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/how.html", {"exits": EXITS, "effects": EFFECTS, "steps": STEPS})
