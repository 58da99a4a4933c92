"""A moment over the limit comes back with a clear message and every character still there."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from reconnect.accounts.models import User
from reconnect.moments.models import TEXT_LIMIT, Moment
from tests.browser.support import PASSWORD, Visit, log_in, run_axe

pytestmark = pytest.mark.browser


def test_too_long_moment_keeps_the_text(person: Callable[..., Visit]) -> None:
    User.objects.create_user("dana@example.org", PASSWORD, name="Dana", country="GB")
    dana = person("dana")
    page = dana.page
    log_in(dana, "dana@example.org")

    # Every sentence numbered, so a lost or reordered piece would show.
    sentences = [f"Sentence {n} of what happened tonight. " for n in range(400)]
    too_long = "".join(sentences).strip()
    assert len(too_long) > TEXT_LIMIT + 100

    dana.goto("/moments/new/")
    box = page.get_by_label("What happened?")
    # No maxlength: the browser must never silently cut what a person pastes.
    assert box.get_attribute("maxlength") is None
    box.fill(too_long)
    page.locator("main form").get_by_role("button", name="Save").click()

    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("There is a problem")
    message = (
        f"This is {len(too_long):,} characters; the most we can keep is {TEXT_LIMIT:,}. "
        "Please shorten it. Nothing you typed has been lost."
    )
    expect(summary).to_contain_text(message)
    expect(summary).to_be_focused()  # so a screen reader announces it
    # The message also sits by the box, and the box says it's in error.
    expect(page.locator(".field-error", has_text=message)).to_be_visible()
    expect(box).to_have_attribute("aria-invalid", "true")
    # Every character typed is still in the box.
    assert box.input_value() == too_long
    assert Moment.objects.count() == 0
    dana.check("moment-too-long")

    # The link in the summary takes the person to the box.
    summary.get_by_role("link").first.click()
    expect(box).to_be_focused()

    # Trimmed to exactly the limit, it saves.
    exact = too_long[: TEXT_LIMIT - 1] + "."
    box.fill(exact)
    page.locator("main form").get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved. Only you can see this.")).to_be_visible()
    assert Moment.objects.get().text == exact
    assert not dana.problems, dana.problems


def test_axe_reports_a_known_problem(person: Callable[..., Visit]) -> None:
    """Guards the other tests: a clean axe run must mean something."""
    visitor = person("visitor")
    page = visitor.goto("/how-it-works/")
    page.evaluate(
        """() => {
            const img = document.createElement('img');
            img.src = '/static/img/icon.svg';
            document.querySelector('main').append(img);
            const faint = document.createElement('p');
            faint.textContent = 'Hard to read';
            faint.style.color = '#ddd';
            document.querySelector('main').append(faint);
        }"""
    )
    found = {v["id"] for v in run_axe(page)}
    assert {"image-alt", "color-contrast"} <= found, found
