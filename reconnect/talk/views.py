from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from reconnect.accounts.models import User, person
from reconnect.lib import drafts
from reconnect.lib.highlight import highlight
from reconnect.lib.sharing import SHARED, get_owned_or_404
from reconnect.safety import screening
from reconnect.talk.forms import DraftForm, IStatementForm, NoteForm
from reconnect.talk.models import Note


def _coaching(draft: str) -> dict[str, object]:
    if not draft.strip():
        return {}
    from reconnect.analysis.coach import coach  # loaded on first use: keeps start-up fast

    result = coach(draft)
    spans = [(m.start, m.end, m.type) for m in result.markers]
    spans += [(a.start, a.end, "always or never") for a in result.absolutes]
    spans += [
        (j.start, j.end, "a judgement dressed as a feeling") for j in result.disguised_judgements
    ]
    return {"coaching": result, "highlighted": highlight(draft, spans)}


@login_required
@require_http_methods(["GET", "POST"])
def talk(request: HttpRequest) -> HttpResponse:
    """Draft what to say, see the coach's reading, build an I-statement, then copy or send it."""
    user = person(request)
    draft_form = DraftForm(request.POST or None)
    builder = IStatementForm(request.POST or None)
    valid = request.method == "POST" and draft_form.is_valid() and builder.is_valid()
    if valid:
        screening.screen(user, draft_form.cleaned_data["draft"], builder.statement())
    on_hold = screening.on_hold(user)
    context: dict[str, object] = {
        "draft_form": draft_form,
        "builder": builder,
        "safety_hold": on_hold,
        "partial": bool(request.htmx),
        "panel_next": reverse("talk:talk"),
    }
    if valid and not on_hold:
        # Coaching words for a partner is a couple exercise: paused while safety comes first.
        context.update(_coaching(draft_form.cleaned_data["draft"]))
        context["statement"] = builder.statement()
    if request.htmx:
        return render(request, "talk/_coach.html", context)
    return render(request, "talk/talk.html", _page(user, on_hold, **context))


@login_required
@require_http_methods(["GET", "POST"])
def send(request: HttpRequest) -> HttpResponse:
    """Send chosen words to the partner as a shared note."""
    if request.method == "GET":
        # Where a login that ran out while sending comes back to: the page the words are on.
        return redirect("talk:talk")
    user = person(request)
    form = NoteForm(request.POST)
    on_hold = screening.on_hold(user)
    if on_hold:
        # While a safety message stands, nothing goes to the partner from here.
        messages.info(request, "Sending is paused for now. Your words are below to copy.")
    elif user.partner is None:
        messages.info(request, "Invite your partner first; then you can send notes here.")
    elif form.is_valid() and screening.screen(user, form.cleaned_data["text"]):
        messages.info(request, "We didn't send this. Only you can see it.")
        on_hold = True
    elif form.is_valid():
        Note.objects.create(owner=user, text=form.cleaned_data["text"], visibility=SHARED)
        messages.success(request, "Sent. Your partner will see it next time they open Reconnect.")
        drafts.saved(request, "talk", "talk-send")
        return redirect("talk:talk")
    return render(request, "talk/talk.html", _page(user, on_hold, note_form=form))


def _page(user: User, on_hold: bool, **parts: object) -> dict[str, object]:
    """The whole Talk page: empty forms and the notes between the two, plus the given parts."""
    return {
        "draft_form": DraftForm(),
        "builder": IStatementForm(),
        "safety_hold": on_hold,
        "partner": user.partner,
        "notes": Note.objects.visible_to(user).select_related("owner")[:10],
        "panel_next": reverse("talk:talk"),
        **parts,
    }


@login_required
@require_POST
def delete_note(request: HttpRequest, uid: str) -> HttpResponse:
    note = get_owned_or_404(Note, person(request), uid)
    note.delete()
    messages.info(request, "The note is deleted.")
    return redirect("talk:talk")
