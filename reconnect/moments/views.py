from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_http_methods, require_POST

from reconnect.accounts.models import person
from reconnect.lib import drafts
from reconnect.lib.forms import only_private_when_alone
from reconnect.lib.sharing import PRIVATE, SHARED, get_owned_or_404, get_visible_or_404
from reconnect.lib.vocabulary import ACTORS, EFFECT_LABELS, EXIT_LABELS, STEP_LABELS
from reconnect.moments import suggestions
from reconnect.moments.forms import MomentForm, TimelineFilter
from reconnect.moments.models import TEXT_LIMIT, Moment
from reconnect.safety import screening

# An actor is recorded from the writer's point of view; seen from the partner, it flips.
MIRROR = {"self": "partner", "partner": "self", "both": "both"}


@login_required
def timeline(request: HttpRequest) -> HttpResponse:
    user = person(request)
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
    keep = request.GET.copy()
    keep.pop("page", None)
    # htmx asks only for the list, so the filters keep focus; without JS the whole page comes.
    partial = bool(request.htmx) and not request.htmx.history_restore_request
    template = "moments/_results.html" if partial else "moments/timeline.html"
    context = {"page": page, "filter": form, "filters_qs": keep.urlencode()}
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])  # caches must not mix the two shapes
    return response


@login_required
@require_http_methods(["GET", "POST"])
def new(request: HttpRequest) -> HttpResponse:
    user = person(request)
    form = MomentForm(request.POST or None)
    only_private_when_alone(form, user)
    if request.method == "POST" and form.is_valid():
        moment = _save(request, form, Moment(owner=user))
        drafts.saved(request, "moment-new")
        return redirect("moments:detail", uid=moment.uid)
    return render(request, "moments/form.html", {"form": form, "editing": False})


def _save(request: HttpRequest, form: MomentForm, moment: Moment) -> Moment:
    """Save what the person chose, screened first: words about danger are never shared."""
    if screening.screen(moment.owner, form.cleaned_data["text"]) and (
        form.cleaned_data["visibility"] == SHARED
    ):
        # Decided before saving, so the partner can never read it, not even for a moment.
        # The person can still choose to share later, from the moment's page.
        form.cleaned_data["visibility"] = PRIVATE
        form.save_to(moment)
        messages.info(request, "Saved, and kept private for now. Only you can see it.")
    else:
        form.save_to(moment)
        messages.success(request, _saved_message(moment))
    return moment


def _saved_message(moment: Moment) -> str:
    if moment.visibility == SHARED:
        return "Saved and shared with your partner."
    return "Saved. Only you can see this."


@login_required
@require_POST
def suggest(request: HttpRequest) -> HttpResponse:
    """The engine's reading of a draft, beside the form (htmx, debounced while typing)."""
    user = person(request)
    text = request.POST.get("text", "")[:TEXT_LIMIT]
    reading = suggestions.read(text) if text.strip() else None
    if reading and reading.safety:
        screening.screen(user, text)  # reads whose danger it is, which the reading doesn't
    on_hold = screening.on_hold(user)
    if reading and on_hold:
        reading = reading.without_steps()
    # The support panel travels with the partial, so it shows the moment danger is read.
    return render(
        request,
        "moments/_suggestions.html",
        {
            "reading": reading,
            "in_form": True,
            "partial": True,
            "safety_hold": on_hold,
            "panel_next": request.htmx.current_url_abs_path if request.htmx else "",
        },
    )


@login_required
@require_POST
def accept(request: HttpRequest, uid: str) -> HttpResponse:
    """Add one suggestion to a saved moment. Only what the person accepts is ever recorded."""
    moment = get_owned_or_404(Moment, person(request), uid)
    kind, kind_type = request.POST.get("kind"), request.POST.get("type", "")
    actor = request.POST.get("actor", "")
    if kind == "exit" and kind_type in EXIT_LABELS and actor in dict(ACTORS):
        moment.exits.update_or_create(type=kind_type, defaults={"actor": actor})
    elif kind == "effect" and kind_type in EFFECT_LABELS and kind_type not in moment.effects:
        moment.effects = [*moment.effects, kind_type]
        moment.save(update_fields=["effects", "updated"])
    elif kind == "step" and kind_type in STEP_LABELS and kind_type not in moment.steps:
        moment.steps = [*moment.steps, kind_type]
        moment.save(update_fields=["steps", "updated"])
    else:
        messages.error(request, "That suggestion couldn't be added.")
        return redirect("moments:detail", uid=moment.uid)
    messages.success(request, "Added.")
    return redirect("moments:detail", uid=moment.uid)


@login_required
def detail(request: HttpRequest, uid: str) -> HttpResponse:
    user = person(request)
    moment = get_visible_or_404(Moment, user, uid)
    is_owner = moment.owner_id == user.pk
    # Suggestions are for the writer alone; a partner sees only what was chosen and shared.
    reading = None
    if is_owner and moment.text:
        reading = suggestions.read(moment.text, already=moment, on_hold=screening.on_hold(user))
    return render(
        request,
        "moments/detail.html",
        {"moment": moment, "is_owner": is_owner, "reading": reading},
    )


@login_required
@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, uid: str) -> HttpResponse:
    moment = get_owned_or_404(Moment, person(request), uid)
    form = MomentForm(request.POST or None, initial=MomentForm.initial_for(moment))
    only_private_when_alone(form, person(request))
    if request.method == "POST" and form.is_valid():
        _save(request, form, moment)
        drafts.saved(request, f"moment-{moment.uid}")
        return redirect("moments:detail", uid=moment.uid)
    return render(request, "moments/form.html", {"form": form, "editing": True, "moment": moment})


@login_required
@require_POST
def set_visibility(request: HttpRequest, uid: str) -> HttpResponse:
    moment = get_owned_or_404(Moment, person(request), uid)
    wanted = request.POST.get("visibility")
    if wanted == SHARED and moment.owner.couple_id is None:
        messages.info(request, "Once your partner joins, you can share with them.")
    elif wanted in {PRIVATE, SHARED}:
        moment.visibility = wanted
        moment.save(update_fields=["visibility", "updated"])
        messages.success(request, _saved_message(moment))
    return redirect("moments:detail", uid=moment.uid)


@login_required
@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest, uid: str) -> HttpResponse:
    moment = get_owned_or_404(Moment, person(request), uid)
    if request.method == "POST":
        moment.delete()
        messages.info(request, "The moment is deleted.")
        return redirect("moments:timeline")
    return render(request, "moments/delete.html", {"moment": moment})
