from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from reconnect.accounts.models import person
from reconnect.checkins.forms import CheckInForm
from reconnect.checkins.models import CheckIn
from reconnect.lib import drafts
from reconnect.lib.forms import only_private_when_alone
from reconnect.lib.sharing import PRIVATE, SHARED
from reconnect.safety import screening

FIELDS = ["closeness", "felt_hurt", "felt_lonely", "felt_misunderstood", "note", "visibility"]


@login_required
def history(request: HttpRequest) -> HttpResponse:
    user = person(request)
    checkins = CheckIn.objects.visible_to(user).select_related("owner")
    page = Paginator(checkins, 30).get_page(request.GET.get("page"))
    return render(request, "checkins/history.html", {"page": page})


@login_required
@require_http_methods(["GET", "POST"])
def today(request: HttpRequest) -> HttpResponse:
    user = person(request)
    day = timezone.localdate()
    existing = CheckIn.objects.filter(owner=user, day=day).first()
    initial = {f: getattr(existing, f) for f in FIELDS} if existing else {"visibility": "private"}
    form = CheckInForm(request.POST or None, initial=initial)
    only_private_when_alone(form, user)
    if request.method == "POST" and form.is_valid():
        values = {f: form.cleaned_data[f] for f in FIELDS}
        if screening.screen(user, values["note"]) and values["visibility"] == SHARED:
            values["visibility"] = PRIVATE  # words about danger never reach the partner
            messages.info(request, "Thanks for checking in. We kept it private for now.")
        else:
            messages.success(request, "Thanks for checking in.")
        CheckIn.objects.update_or_create(owner=user, day=day, defaults=values)
        drafts.saved(request, "checkin")
        return redirect("pages:home")
    return render(request, "checkins/today.html", {"form": form, "existing": existing, "day": day})
