"""Alice and Bob, each in their own browser, from sign-up to a shared moment and a check-in."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from django.conf import settings
from playwright.sync_api import Page, expect

from reconnect.accounts.models import User
from reconnect.checkins.models import CheckIn
from reconnect.moments.models import Moment
from tests.browser.support import PASSWORD, WIDE, Visit, assert_quick_exit_clear, emailed_link

pytestmark = pytest.mark.browser

PRIVATE_WORDS = "We both reached for our phones at dinner and the evening went quiet."


def sign_up(who: Visit, email: str, name: str, country: str, timezone: str | None) -> None:
    """From the email step to a finished account. Starts on the email page."""
    page = who.page
    page.get_by_label("Your email").fill(email)
    page.get_by_role("button", name="Send my link").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    expect(page.get_by_text(email)).to_be_visible()
    who.check("signup-sent")

    link = emailed_link(email)
    assert link.startswith(who.base_url + "/accounts/signup/"), link
    who.goto(link)
    expect(page.get_by_role("heading", name="Nearly there")).to_be_visible()
    who.check("signup-finish")
    page.get_by_label("Your first name, or what your partner calls you").fill(name)
    page.get_by_label("Choose a password").fill(PASSWORD)
    page.get_by_label("Where you live").select_option(country)
    zone = page.get_by_label("Your time zone")
    # reconnect.js fills in the browser's own zone in place of UTC.
    expect(zone).to_have_value(who.timezone_id)
    if timezone:
        zone.select_option(timezone)
    page.get_by_role("button", name="Create my account").click()


def tab_from_load(who: Visit, path: str) -> None:
    """The first Tab after a page loads lands on the quick-exit control."""
    page = who.goto(path)
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => document.activeElement && document.activeElement.hasAttribute('data-quick-exit')"
    )
    assert focused, (
        f"first Tab on {path} went to {page.evaluate('document.activeElement.outerHTML')}"
    )
    expect(page.locator("[data-quick-exit]")).to_be_focused()
    expect(page.locator("[data-quick-exit]")).to_have_text("Leave quickly")
    # The next Tab is the skip link, which becomes visible when focused.
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    expect(page.get_by_role("link", name="Skip to content")).to_be_in_viewport()


def test_alice_and_bob(person: Callable[..., Visit], site: Any) -> None:
    alice = person("alice", timezone_id="America/New_York")
    bob = person("bob", timezone_id="Europe/London")
    a: Page = alice.page
    b: Page = bob.page

    # --- Alice arrives and signs up ------------------------------------------------------
    alice.goto("/")
    expect(a).to_have_title(re.compile("Reconnect"))
    alice.check("index")
    tab_from_load(alice, "/")
    a.get_by_role("link", name="How Reconnect works").first.click()
    alice.check("how-it-works")
    a.get_by_role("link", name="Get help").first.click()
    expect(a.get_by_role("heading", name="Get help", level=1)).to_be_visible()
    alice.check("help")
    alice.goto("/")
    a.get_by_role("link", name="Get started").click()
    expect(a.get_by_role("heading", name="Create your account")).to_be_visible()
    alice.check("signup")
    sign_up(alice, "alice@example.org", "Alice", "US", "America/Chicago")
    expect(a.get_by_role("heading", name="Hello, Alice")).to_be_visible()
    expect(a.get_by_text("Welcome, Alice. This is your space.")).to_be_visible()
    alice.check("home-new")
    alice_user = User.objects.get(email="alice@example.org")
    assert (alice_user.name, alice_user.country, alice_user.timezone) == (
        "Alice",
        "US",
        "America/Chicago",
    )

    # --- Alice invites Bob ------------------------------------------------------------------
    a.get_by_role("navigation", name="Main").get_by_role("link", name="Us").click()
    expect(a.get_by_role("heading", name="Us", level=1)).to_be_visible()
    alice.check("couple-alone")
    a.get_by_role("button", name="Invite my partner").click()
    expect(a.get_by_role("heading", name="Your invite link")).to_be_visible()
    alice.check("invite")
    invite_url = a.get_by_label("Invite link").input_value()
    assert re.fullmatch(re.escape(site.url) + r"/join/[^/]+/", invite_url), invite_url
    # The copy button appears only where copying works, and says when it has.
    alice.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.url)
    a.get_by_role("button", name="Copy the link").click()
    expect(a.get_by_role("status").filter(has_text="Copied.")).to_be_visible()
    assert a.evaluate("navigator.clipboard.readText()") == invite_url

    # --- Bob follows the link, signs up through it and joins -----------------------------
    bob.goto(invite_url)
    expect(b.get_by_role("heading", name="Alice invited you to Reconnect")).to_be_visible()
    bob.check("join-anonymous")
    b.get_by_role("link", name="Create an account").click()
    expect(b.get_by_role("heading", name="Create your account")).to_be_visible()
    bob.check("signup-invited")
    sign_up(bob, "bob@example.org", "Bob", "GB", None)
    # The sign-up link remembered where Bob was going: back to the invite.
    expect(b).to_have_url(invite_url)
    expect(b.get_by_role("heading", name="Join Alice?")).to_be_visible()
    bob.check("join")
    b.get_by_role("button", name="Join Alice").click()
    expect(b.get_by_text("You and Alice now share a space.")).to_be_visible()
    bob.check("home-joined")
    bob_user = User.objects.get(email="bob@example.org")
    assert bob_user.timezone == "Europe/London"  # from the browser, untouched
    assert bob_user.couple_id is not None
    assert bob_user.couple_id == User.objects.get(pk=alice_user.pk).couple_id

    alice.goto("/couple/")
    expect(a.get_by_text("You share a space with")).to_be_visible()
    expect(a.locator("main strong", has_text="Bob")).to_be_visible()
    alice.check("couple-together")

    # --- Alice logs a private moment --------------------------------------------------------
    alice.goto("/home/")
    a.get_by_role("link", name="Log a moment").click()
    expect(a.get_by_role("heading", name="Log a moment")).to_be_visible()
    alice.check("moment-new")
    expect(a.get_by_role("radio", name="Only me")).to_be_checked()  # private by default
    a.get_by_label("What happened?").fill(PRIVATE_WORDS)
    a.get_by_role("group", name="Distraction").get_by_role("radio", name="Both of us").check()
    a.get_by_role("group", name="How did it leave you?").get_by_label("Lonely").check()
    a.get_by_role("button", name="Save").click()
    expect(a.get_by_text("Saved. Only you can see this.")).to_be_visible()
    expect(a.get_by_role("heading", name="Your moment")).to_be_visible()
    expect(a.get_by_text(PRIVATE_WORDS).first).to_be_visible()
    alice.check("moment-private")
    moment = Moment.objects.get(owner=alice_user)
    assert moment.visibility == "private"
    detail = f"/moments/{moment.uid}/"
    assert a.url == site.url + detail

    # Bob sees nothing of it: not on his timeline, not by its address.
    bob.goto("/moments/")
    expect(b.get_by_role("heading", name="Moments")).to_be_visible()
    expect(b.get_by_text("No moments yet.")).to_be_visible()
    assert PRIVATE_WORDS not in b.content()
    bob.check("timeline-empty")
    bob.goto(detail, status=404)
    assert PRIVATE_WORDS not in b.content()
    assert "Alice" not in b.locator("main").inner_text()
    bob.check("moment-404")
    bob.goto("/home/")
    assert PRIVATE_WORDS not in b.content()

    # --- Alice shares it; now Bob sees it ---------------------------------------------------
    alice.goto(detail)
    a.get_by_role("button", name="Share with my partner").click()
    expect(a.get_by_text("Saved and shared with your partner.")).to_be_visible()
    expect(a.get_by_role("button", name="Make it private")).to_be_visible()
    alice.check("moment-shared")

    bob.goto("/moments/")
    card = b.locator("article.moment", has_text=PRIVATE_WORDS)
    expect(card).to_be_visible()
    expect(card.get_by_text("From Alice")).to_be_visible()
    expect(card.get_by_text("Distraction · Both of you")).to_be_visible()
    bob.check("timeline-shared")
    # Filtering swaps the list in place (htmx) and keeps the address in step.
    b.get_by_label("Exit", exact=True).select_option("overworking")
    expect(b.get_by_text("Nothing matches these filters.")).to_be_visible()
    expect(b).to_have_url(re.compile(r"exit=overworking"))
    b.get_by_label("Exit", exact=True).select_option("distraction")
    expect(card).to_be_visible()
    expect(b).to_have_url(re.compile(r"exit=distraction"))
    card.get_by_role("link", name=re.compile("^Open")).click()
    expect(b).to_have_url(site.url + detail)
    expect(b.get_by_role("heading", name="Alice's moment")).to_be_visible()
    expect(b.get_by_role("button", name="Make it private")).to_have_count(0)
    bob.check("moment-partner")
    bob.goto(detail + "edit/", status=404)

    # --- Alice checks in -----------------------------------------------------------------------
    alice.goto("/home/")
    a.get_by_role("link", name="Check in for today").click()
    expect(a.get_by_role("heading", name="Check in")).to_be_visible()
    alice.check("checkin")
    a.get_by_role("group", name=re.compile("How close did you feel")).get_by_label(
        "7", exact=True
    ).check()
    a.get_by_label("I felt lonely").check()
    a.get_by_role("button", name="Save").click()
    expect(a.get_by_text("Thanks for checking in.")).to_be_visible()
    expect(a.get_by_text("Today you rated closeness 7 of 10.")).to_be_visible()
    expect(a.get_by_role("link", name="Update today's check-in")).to_be_visible()
    alice.check("home-checked-in")
    checkin = CheckIn.objects.get(owner=alice_user)
    assert (checkin.closeness, checkin.felt_lonely, checkin.visibility) == (7, True, "private")
    a.get_by_role("navigation", name="Main").get_by_role("link", name="Check-ins").click()
    expect(a.get_by_text("Closeness 7 of 10")).to_be_visible()
    alice.check("checkins")
    # Bob can't see a private check-in.
    bob.goto("/checkins/")
    expect(b.get_by_text("No check-ins yet.")).to_be_visible()

    # --- Quick exit: first in keyboard order, and it leaves ---------------------------------
    for path in ("/home/", detail, "/moments/new/", "/checkins/today/", "/help/"):
        tab_from_load(alice, path)
        # Still clear of everything on the narrowest screen WCAG asks us to reflow for.
        a.set_viewport_size({"width": 320, "height": 640})
        assert_quick_exit_clear(a, f"{path} at 320 px")
        a.set_viewport_size(WIDE)
    alice.goto(detail)
    leave = a.locator("[data-quick-exit]")
    assert leave.get_attribute("href") == settings.QUICK_EXIT_URL  # works without JavaScript too
    before = a.evaluate("history.length")
    leave.click()
    expect(a).to_have_url(settings.QUICK_EXIT_URL)
    # location.replace: the sensitive page is swapped out, not stacked under a Back button.
    assert a.evaluate("history.length") == before
    expect(a.get_by_role("heading", name="How Reconnect works")).to_be_visible()

    # Pressing Escape three times quickly leaves too, even from inside a text box.
    bob.goto("/moments/new/")
    b.get_by_label("What happened?").click()
    for _ in range(3):
        b.keyboard.press("Escape")
    expect(b).to_have_url(settings.QUICK_EXIT_URL)

    assert not alice.problems and not bob.problems, alice.problems + bob.problems
