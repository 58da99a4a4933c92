"""Words a person is writing stay in their browser tab until the app has saved them.

The browser keeps each marked form's words (``data-keep-draft``, see reconnect.js), so a login
that ran out mid-sentence loses nothing. A view that has saved them calls ``saved``; the next
whole page then tells the browser to forget them. Every page names whose drafts it may show
(an opaque tag per person), so one person's words never come back on another's screen.
"""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.crypto import salted_hmac

_SAVED = "drafts_saved"


def saved(request: HttpRequest, *keys: str) -> None:
    """The words of these forms are safely stored: the browser may forget them."""
    request.session[_SAVED] = [*request.session.get(_SAVED, []), *keys]


def context(request: HttpRequest) -> dict[str, object]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"drafts_owner": ""}
    session = request.session

    def forget() -> str:
        # A callable, so only the page that prints it (base.html) reads and clears the list;
        # an htmx partial rendered in between leaves it for the next whole page.
        return " ".join(session.pop(_SAVED, []))

    return {
        "drafts_owner": salted_hmac("reconnect.drafts", str(user.pk)).hexdigest()[:20],
        "drafts_saved": forget,
    }
