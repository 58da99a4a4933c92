"""Playwright, driving Debian's Chromium against pytest-django's live server.

Each person gets their own browser context (cookies, time zone); see support.py for the
checks every page gets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core import mail
from playwright.sync_api import Browser, BrowserContext, expect

from tests.browser.support import AXE_FILE, AXE_PATH, SCREENSHOTS, WIDE, Visit

CHROMIUM = Path("/usr/bin/chromium")

expect.set_options(timeout=10_000)


@pytest.fixture(scope="session")
def browser_type_launch_args() -> dict[str, Any]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"The browser tests need Debian's Chromium at {CHROMIUM}, and it isn't there. "
            "Install it with `sudo apt-get install chromium` (or `make browser` as root). "
            "Playwright's own download (`playwright install`) is not used by this project.",
            pytrace=False,
        )
    return {
        "executable_path": str(CHROMIUM),
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session", autouse=True)
def _fresh_screenshots(request: pytest.FixtureRequest) -> None:
    """Start each run with an empty var/screenshots/, so every picture there is from this run."""
    if not any(item.get_closest_marker("browser") for item in request.session.items):
        return
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for old in SCREENSHOTS.glob("*.png"):
        old.unlink()


@pytest.fixture
def site(live_server: Any, settings: Any) -> Any:
    """The live server, with emailed links and the quick exit pointing back at it."""
    settings.SITE_URL = live_server.url
    # Never touch the outside network: leaving quickly lands on one of our own plain pages.
    settings.QUICK_EXIT_URL = live_server.url + "/how-it-works/?left=1"
    mail.outbox = []
    return live_server


@pytest.fixture
def person(browser: Browser, site: Any) -> Iterator[Callable[..., Visit]]:
    """Open a fresh browser context for one person (their own cookies, their own time zone)."""
    contexts: list[BrowserContext] = []
    axe_source = AXE_FILE.read_text(encoding="utf-8")

    def open_person(name: str, *, timezone_id: str = "Europe/London") -> Visit:
        context = browser.new_context(
            viewport=WIDE,
            timezone_id=timezone_id,
            locale="en-GB",
            color_scheme="light",
            reduced_motion="reduce",
        )
        context.route(
            site.url + AXE_PATH,
            lambda route: route.fulfill(
                status=200, body=axe_source, content_type="application/javascript"
            ),
        )
        # Nothing in these tests may reach beyond the live server.
        context.route(
            re.compile(r"^(?!" + re.escape(site.url) + r")https?://"),
            lambda route: route.abort(),
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        return Visit(name, context, site.url, timezone_id)

    yield open_person
    for context in contexts:
        context.close()
