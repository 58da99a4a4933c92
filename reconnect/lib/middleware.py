"""Small middlewares: strict security headers and each person's own time zone."""

from __future__ import annotations

import contextlib
import zoneinfo
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

Handler = Callable[[HttpRequest], HttpResponse]

# No inline script or style anywhere: every script and stylesheet is a vendored or own file.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
)


def security_headers(get_response: Handler) -> Handler:
    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        # Pages about a person's relationship (or their search for help) must not linger in
        # caches. Static files arrive here already marked cacheable by WhiteNoise.
        response.headers.setdefault("Cache-Control", "no-store, private")
        return response

    return middleware


def user_timezone(get_response: Handler) -> Handler:
    def middleware(request: HttpRequest) -> HttpResponse:
        tzname = getattr(request.user, "timezone", "") if request.user.is_authenticated else ""
        timezone.deactivate()
        if tzname:
            # An unknown zone falls back to UTC rather than breaking the page.
            with contextlib.suppress(zoneinfo.ZoneInfoNotFoundError, ValueError):
                timezone.activate(zoneinfo.ZoneInfo(tzname))
        try:
            return get_response(request)
        finally:
            timezone.deactivate()  # never leak one person's zone into the next request

    return middleware
