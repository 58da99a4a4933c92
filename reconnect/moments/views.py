from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from reconnect.accounts.models import User
from reconnect.lib.sharing import PRIVATE, SHARED, get_owned_or_404, get_visible_or_404
from reconnect.moments.forms import MomentForm, TimelineFilter
from reconnect.moments.models import Moment

# An actor is recorded from the writer's point of view; seen from the partner, it flips.
MIRROR = {"self": "partner", "partner": "self", "both": "both"}


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)
    return request.user


@login_required
def timeline(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    moments = Moment.objects.visible_to(user).select_related("owner").prefetch_related("exits")
    form = TimelineFilter(request.GET or None)
    if form.is_valid():
        exit_type, actor, topic = (form.cleaned_data[k] for k in ("exit", "actor", "topic"))
        if topic:
            moments = moments.filter(topic=topic)
        if exit_type or actor:
            exit_q = Q(exits__type=exit_type) if exit_type else Q()
            if actor:
                mine = Q(owner=user, exits__actor=actor)
                theirs = ~Q(owner=user) & Q(exits__actor=MIRROR[actor])
                exit_q &= mine | theirs
            moments = moments.filter(exit_q).distinct()
    page = Paginator(moments, 20).get_page(request.GET.get("page"))
    # htmx asks only for the list, so the filters keep focus; without JS the whole page comes.
    template = "moments/_results.html" if request.htmx else "moments/timeline.html"
    return render(request, template, {"page": page, "filter": form, "mirror": MIRROR})


@login_required
@require_http_methods(["GET", "POST"])
def new(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    form = MomentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        moment = form.save_to(Moment(owner=user))
        messages.success(request, _saved_message(moment))
        return redirect("moments:detail", pk=moment.pk)
    return render(request, "moments/form.html", {"form": form, "editing": False})


def _saved_message(moment: Moment) -> str:
    if moment.visibility == SHARED:
        return "Saved and shared with your partner."
    return "Saved. Only you can see this."


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    moment = get_visible_or_404(Moment, user, pk)
    return render(
        request,
        "moments/detail.html",
        {
            "moment": moment,
            "is_owner": moment.owner_id == user.pk,
            "mirror": MIRROR,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    moment = get_owned_or_404(Moment, _user(request), pk)
    form = MomentForm(request.POST or None, initial=MomentForm.initial_for(moment))
    if request.method == "POST" and form.is_valid():
        form.save_to(moment)
        messages.success(request, _saved_message(moment))
        return redirect("moments:detail", pk=moment.pk)
    return render(request, "moments/form.html", {"form": form, "editing": True, "moment": moment})


@login_required
@require_POST
def set_visibility(request: HttpRequest, pk: int) -> HttpResponse:
    moment = get_owned_or_404(Moment, _user(request), pk)
    wanted = request.POST.get("visibility")
    if wanted in {PRIVATE, SHARED}:
        moment.visibility = wanted
        moment.save(update_fields=["visibility", "updated"])
        messages.success(request, _saved_message(moment))
    return redirect("moments:detail", pk=moment.pk)


@login_required
@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    moment = get_owned_or_404(Moment, _user(request), pk)
    if request.method == "POST":
        moment.delete()
        messages.info(request, "The moment is deleted.")
        return redirect("moments:timeline")
    return render(request, "moments/delete.html", {"moment": moment})
