from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_http_methods, require_POST

from reconnect.accounts.models import person
from reconnect.couples.models import Invite, InviteError, leave_couple
from reconnect.safety import screening


@login_required
def couple(request: HttpRequest) -> HttpResponse:
    user = person(request)
    live = Invite.objects.filter(inviter=user, used__isnull=True).order_by("-created").first()
    return render(
        request,
        "couples/couple.html",
        {
            "partner": user.partner,
            "live_invite": live if live and live.is_live else None,
        },
    )


@login_required
@require_POST
def create_invite(request: HttpRequest) -> HttpResponse:
    user = person(request)
    if user.couple_id is not None:
        messages.info(request, "You're already sharing a space with your partner.")
        return redirect("couples:couple")
    if screening.on_hold(user):
        return redirect("couples:couple")  # couple steps pause while safety comes first
    invite, token = Invite.issue(user)
    # From SITE_URL, never the request's Host header, which the visitor chooses: a forged
    # one would put someone else's site in a link the person passes to their partner.
    url = settings.SITE_URL + reverse("couples:join", args=[token])
    # The clear link exists only in this response: we keep just its hash.
    return render(request, "couples/invite.html", {"url": url, "invite": invite})


@require_http_methods(["GET", "POST"])
def join(request: HttpRequest, token: str) -> HttpResponse:
    invite = Invite.find(token)
    if invite is None or not invite.is_live:
        return render(request, "couples/join_bad.html", status=404)
    if not request.user.is_authenticated:
        here = reverse("couples:join", args=[token])
        return render(
            request,
            "couples/join_anonymous.html",
            {
                "inviter": invite.inviter,
                "signup_url": reverse("accounts:signup") + "?" + urlencode({"next": here}),
                "login_url": reverse("login") + "?" + urlencode({"next": here}),
            },
        )
    user = person(request)
    if request.method == "POST":
        try:
            invite.accept(user)
        except InviteError as problem:
            messages.error(request, str(problem))
            return redirect("couples:couple")
        messages.success(request, f"You and {invite.inviter.name} now share a space.")
        return redirect("pages:home")
    return render(request, "couples/join.html", {"inviter": invite.inviter})


@login_required
@require_http_methods(["GET", "POST"])
def leave(request: HttpRequest) -> HttpResponse:
    user = person(request)
    if user.couple_id is None:
        return redirect("couples:couple")
    if request.method == "POST":
        leave_couple(user)
        messages.info(request, "You've left the shared space. Everything you wrote is still yours.")
        return redirect("couples:couple")
    return render(request, "couples/leave.html", {"partner": user.partner})
