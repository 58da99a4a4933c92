from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template import loader
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


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A stale form (often a page left open for hours) gets a kind page, with quick exit."""
    return render(request, "403_csrf.html", status=403)


def _plain_page(template: str, status: int) -> HttpResponse:
    # No context processors: whatever went wrong (the database, say) must not break this page.
    body = loader.get_template(template).render(
        {"QUICK_EXIT_URL": settings.QUICK_EXIT_URL, "SITE_NAME": settings.SITE_NAME}
    )
    return HttpResponse(body, status=status)


def server_error(request: HttpRequest) -> HttpResponse:
    return _plain_page("500.html", 500)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    return _plain_page("400.html", 400)


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    return _plain_page("400.html", 403)
