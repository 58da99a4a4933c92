"""What every browser test uses: one person's browser, and the checks each page gets.

Every page a test visits goes through `Visit.check()`: axe-core (WCAG 2.2 AA rules) in light
and dark colour schemes at 375 px and 1280 px, the quick-exit control clear of everything at
the top, no console errors (so a Content-Security-Policy violation fails the test), and
full-page screenshots under var/screenshots/.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from django.core import mail
from django.urls import resolve
from playwright.sync_api import BrowserContext, Page, ViewportSize, expect

ROOT = Path(__file__).resolve().parents[2]
AXE_FILE = Path(__file__).resolve().parent / "vendor" / "axe-4.14.1.min.js"
SCREENSHOTS = ROOT / "var" / "screenshots"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
NARROW: ViewportSize = {"width": 375, "height": 812}
WIDE: ViewportSize = {"width": 1280, "height": 800}
# Dark mode changes colours, not layout, so one width of it is enough for axe's contrast checks.
VIEWS: list[tuple[Literal["light", "dark"], ViewportSize]] = [
    ("light", NARROW),
    ("light", WIDE),
    ("dark", NARROW),
]
PASSWORD = "quiet river lantern 42"
# The app's Content-Security-Policy allows scripts from its own origin only, so axe is served
# from that origin by a Playwright route (see conftest.person) instead of being injected
# inline. The policy stays on during the tests, and a page that breaks it fails on the
# console error it causes.
AXE_PATH = "/__browser-tests__/axe.min.js"


class Visit:
    """One person's browser (a context and its page) with the checks every page gets."""

    def __init__(self, name: str, context: BrowserContext, base_url: str, timezone_id: str) -> None:
        self.name = name
        self.timezone_id = timezone_id
        self.context = context
        self.base_url = base_url
        self.page: Page = context.new_page()
        self.problems: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.expected_failure: str | None = None

    def _console(self, message: Any) -> None:
        if message.type != "error":
            return
        if (
            message.text.startswith("Failed to load resource")
            and message.location.get("url") == self.expected_failure
        ):
            return  # the page itself, deliberately asked for with an error status
        self.problems.append(f"console error on {self.page.url}: {message.text}")

    def goto(self, path: str, *, status: int = 200) -> Page:
        url = path if path.startswith("http") else self.base_url + path
        self.expected_failure = url if status >= 400 else None
        response = self.page.goto(url)
        assert response is not None
        assert response.status == status, f"{url}: {response.status}, wanted {status}"
        return self.page

    def page_kind(self) -> tuple[str, bool]:
        """The URL pattern this page came from, and whether a member or a visitor sees it."""
        route = resolve(urlsplit(self.page.url).path).route
        return route, self.page.locator("nav[aria-label='Main']").count() > 0

    def check(self, label: str) -> None:
        """axe, the quick-exit layout and a full-page screenshot, in each of VIEWS."""
        page = self.page
        page.wait_for_load_state("load")
        CHECKED.add(self.page_kind())
        # Let htmx requests started on load (suggestions and the like) settle before judging.
        page.wait_for_function("() => !document.querySelector('.htmx-request')")
        assert_styles_loaded(page)
        for scheme, size in VIEWS:
            where = f"{self.name} / {label} ({scheme}, {size['width']} px) at {page.url}"
            page.emulate_media(color_scheme=scheme)
            page.set_viewport_size(size)
            violations = run_axe(page)
            assert not violations, f"{where}:\n{format_violations(violations)}"
            assert_quick_exit_clear(page, where)
            suffix = "-dark" if scheme == "dark" else ""
            shot(page, f"{self.name}-{label}-{size['width']}{suffix}")
        page.emulate_media(color_scheme="light")
        page.set_viewport_size(WIDE)
        assert not self.problems, "\n".join(self.problems)


_shots = {"n": 0}
# Every kind of page checked so far this run, so the crawl can skip what the journey covered.
CHECKED: set[tuple[str, bool]] = set()


def shot(page: Page, name: str) -> None:
    """A full-page screenshot, numbered in the order the pages were visited."""
    _shots["n"] += 1
    safe = re.sub(r"[^a-z0-9-]+", "-", name.lower()).strip("-")
    page.screenshot(path=str(SCREENSHOTS / f"{_shots['n']:03d}-{safe}.png"), full_page=True)


def run_axe(page: Page) -> list[dict[str, Any]]:
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(url=AXE_PATH)
    result = page.evaluate(
        """async (tags) => {
            const r = await axe.run(document, {runOnly: {type: 'tag', values: tags},
                                               resultTypes: ['violations']});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => ({target: n.target, summary: n.failureSummary}))}));
        }""",
        WCAG_TAGS,
    )
    return list(result)


def format_violations(violations: list[dict[str, Any]]) -> str:
    return json.dumps(violations, indent=2)


def assert_styles_loaded(page: Page) -> None:
    """The stylesheet really arrived (axe's contrast checks mean nothing without it)."""
    loaded = page.evaluate(
        """() => [...document.styleSheets].some(s => s.href && s.href.includes('/static/css/')
                   && s.cssRules.length > 20)"""
    )
    assert loaded, f"reconnect.css did not load on {page.url}"
    position = page.evaluate(
        "() => { const q = document.querySelector('[data-quick-exit]');"
        " return q ? getComputedStyle(q).position : null; }"
    )
    assert position == "fixed", f"quick exit is not styled on {page.url}: {position}"


def assert_quick_exit_clear(page: Page, where: str) -> None:
    """The quick-exit control is on screen, big enough, on top, and never covers anything.

    At the top of the page it must miss the brand, the links and the heading. Scrolled down,
    content passes under it, but nothing sticky or fixed may park beneath it.
    """
    problems = page.evaluate(
        """() => {
            const q = document.querySelector('[data-quick-exit]');
            const problems = [];
            const hits = (a, b) => !(a.right <= b.left || a.left >= b.right ||
                                     a.bottom <= b.top || a.top >= b.bottom);
            const name = e => `${e.tagName.toLowerCase()}.${e.className} "${
                (e.textContent || '').trim().slice(0, 30)}"`;
            const look = (when, selector) => {
                const r = q.getBoundingClientRect();
                if (r.width < 44 || r.height < 44) problems.push(`${when}: only ${r.width}x${r.height}`);
                if (r.left < 0 || r.right > innerWidth || r.top < 0) problems.push(`${when}: off screen`);
                const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                if (!(hit === q || q.contains(hit))) problems.push(`${when}: covered by ${name(hit)}`);
                for (const e of document.querySelectorAll(selector)) {
                    if (e === q || !e.getClientRects().length) continue;
                    if (selector === PINNED && !stuck(e)) continue;  // scrolling past, as content does
                    if (hits(e.getBoundingClientRect(), r)) problems.push(`${when}: covers ${name(e)}`);
                }
            };
            const PINNED = '[data-pinned-for-test]';
            const stuck = e => {
                const cs = getComputedStyle(e);
                return cs.position === 'fixed' ||
                    Math.abs(e.getBoundingClientRect().top - parseFloat(cs.top)) < 1;
            };
            window.scrollTo({top: 0, behavior: 'instant'});
            look('at the top', '.brand, .help-link, .main-nav a, main h1, main > :first-child');
            const pinned = [...document.querySelectorAll('body *')].filter(
                e => ['sticky', 'fixed'].includes(getComputedStyle(e).position));
            const room = document.documentElement.scrollHeight - innerHeight;
            if (pinned.length > 1 && room > 0) {
                pinned.forEach(e => e.setAttribute('data-pinned-for-test', ''));
                for (const part of [0.25, 0.5, 0.75, 1]) {
                    window.scrollTo({top: Math.round(room * part), behavior: 'instant'});
                    look(`scrolled ${part * 100}% down`, PINNED);
                }
                pinned.forEach(e => e.removeAttribute('data-pinned-for-test'));
                window.scrollTo({top: 0, behavior: 'instant'});
            }
            return problems;
        }"""
    )
    assert not problems, f"quick exit on {where}: " + "; ".join(problems)


def emailed_link(to: str) -> str:
    """The last link emailed to this address (the live server runs in this process)."""
    for message in reversed(mail.outbox):
        if to in message.to:
            found = re.search(r"https?://\S+", message.body)
            assert found, f"no link in the email to {to}:\n{message.body}"
            return found.group(0)
    raise AssertionError(f"no email to {to}; outbox has {[m.to for m in mail.outbox]}")


def log_in(who: Visit, email: str) -> None:
    """Through the login form, as a person would."""
    page = who.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Log in").click()
    expect(page).to_have_url(who.base_url + "/home/")
