from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The visitor's address. Behind a trusted proxy, the one the proxy saw.

    Only trust X-Forwarded-For when told to (TRUST_X_FORWARDED_FOR): anyone can send the
    header, but without it every visitor behind a proxy shares one address, and one guesser
    could lock everybody out.
    """
    if settings.TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]  # the address our own proxy appended
    return str(request.META.get("REMOTE_ADDR", ""))
