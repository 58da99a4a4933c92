"""A login that runs out while someone is writing loses none of their words, and the words
are forgotten once saved, on "Leave quickly" and on logging out."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.conf import settings
from playwright.sync_api import Page, expect

from reconnect.accounts.models import User
from reconnect.moments.models import Moment
from tests.browser.support import PASSWORD, Visit, log_in

pytestmark = pytest.mark.browser

WORDS = "Ravi went quiet at dinner when I brought up his mum's visit, and I went to bed early."


def _expire_login(who: Visit) -> None:
    """What a server-side timeout does: the session cookie no longer logs anyone in."""
    who.context.clear_cookies(name=settings.SESSION_COOKIE_NAME)


def _stored_anywhere(page: Page) -> bool:
    """Whether the words are anywhere in this browser's session or local storage."""
    stored = page.evaluate(
        "JSON.stringify([Object.entries(sessionStorage), Object.entries(localStorage)])"
    )
    return "Ravi went quiet" in stored


def _dana(person: Callable[..., Visit]) -> Visit:
    User.objects.create_user("dana@example.org", PASSWORD, name="Dana", country="GB")
    dana = person("dana")
    log_in(dana, "dana@example.org")
    return dana


def _writing(person: Callable[..., Visit]) -> Visit:
    """Dana, logged in, halfway through writing a moment."""
    dana = _dana(person)
    dana.goto("/moments/new/")
    dana.page.get_by_label("What happened?").fill(WORDS)
    return dana


def _log_in_again(who: Visit) -> None:
    page = who.page
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    page.get_by_label("Email").fill("dana@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Log in").click()


def test_words_survive_a_login_that_ran_out(person: Callable[..., Visit]) -> None:
    dana = _writing(person)
    page = dana.page
    _expire_login(dana)
    page.locator("main form").get_by_role("button", name="Save").click()
    _log_in_again(dana)

    expect(page).to_have_url(dana.base_url + "/moments/new/")
    expect(page.get_by_label("What happened?")).to_have_value(WORDS)
    expect(
        page.get_by_role("status").filter(has_text="We kept what you were writing")
    ).to_be_visible()
    dana.check("moment-words-kept")
    assert Moment.objects.count() == 0

    page.locator("main form").get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved. Only you can see this.")).to_be_visible()
    assert Moment.objects.get().text == WORDS
    # Saved, so a new moment starts empty again.
    dana.goto("/moments/new/")
    expect(page.get_by_label("What happened?")).to_have_value("")
    assert not dana.problems, dana.problems


def test_the_kept_words_can_be_cleared(person: Callable[..., Visit]) -> None:
    dana = _writing(person)
    page = dana.page
    dana.goto("/moments/new/")
    expect(page.get_by_label("What happened?")).to_have_value(WORDS)
    page.get_by_role("button", name="Clear it").click()
    expect(page.get_by_label("What happened?")).to_have_value("")
    dana.goto("/moments/new/")
    expect(page.get_by_label("What happened?")).to_have_value("")
    assert not dana.problems, dana.problems


def test_someone_else_logging_in_on_the_same_tab_never_sees_the_words(
    person: Callable[..., Visit],
) -> None:
    User.objects.create_user("carl@example.org", PASSWORD, name="Carl", country="GB")
    dana = _writing(person)
    page = dana.page
    _expire_login(dana)
    page.locator("main form").get_by_role("button", name="Save").click()
    page.get_by_label("Email").fill("carl@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Log in").click()
    expect(page).to_have_url(dana.base_url + "/moments/new/")
    # The words are dropped by the page's script once it runs, not by the server: wait for it.
    # A function, not a bare expression: Playwright may eval an expression in the page, which
    # the strict Content-Security-Policy (no 'unsafe-eval') rightly refuses.
    page.wait_for_function(
        "() => !JSON.stringify(Object.entries(sessionStorage)).includes('Ravi went quiet')"
    )
    expect(page.get_by_label("What happened?")).to_have_value("")
    assert not dana.problems, dana.problems


def test_the_coach_reads_words_that_came_back(person: Callable[..., Visit]) -> None:
    dana = _writing(person)
    page = dana.page
    dana.goto("/talk/")
    page.get_by_label("What do you want to say?").fill("You never listen to me.")
    dana.goto("/talk/")
    expect(page.get_by_label("What do you want to say?")).to_have_value("You never listen to me.")
    expect(page.get_by_role("heading", name="What the coach notices")).to_be_visible()
    expect(page.locator("[data-draft-status]")).to_contain_text("We kept what you were writing")
    assert not dana.problems, dana.problems


def test_logging_out_and_leaving_quickly_forget_the_words(person: Callable[..., Visit]) -> None:
    dana = _writing(person)
    page = dana.page
    assert _stored_anywhere(page)
    page.get_by_role("button", name="Log out").click()
    assert not _stored_anywhere(page)

    log_in(dana, "dana@example.org")
    dana.goto("/talk/")
    page.locator("textarea").first.fill(WORDS)
    assert _stored_anywhere(page)
    page.get_by_role("link", name="Leave quickly").click()
    expect(page).to_have_url(settings.QUICK_EXIT_URL)
    dana.goto("/talk/")
    assert not _stored_anywhere(page)
    expect(page.locator("textarea").first).to_have_value("")


def test_changes_to_a_saved_moment_come_back_with_a_way_to_the_saved_words(
    person: Callable[..., Visit],
) -> None:
    dana = _dana(person)
    page = dana.page
    moment = Moment.objects.create(owner=User.objects.get(), text="We argued about the bins.")
    dana.goto(f"/moments/{moment.uid}/edit/")
    page.get_by_label("What happened?").fill(WORDS)
    _expire_login(dana)
    page.locator("main form").get_by_role("button", name="Save").click()
    _log_in_again(dana)

    expect(page.get_by_label("What happened?")).to_have_value(WORDS)
    page.get_by_role("button", name="Go back to the saved words").click()
    expect(page.get_by_label("What happened?")).to_have_value("We argued about the bins.")
    moment.refresh_from_db()
    assert moment.text == "We argued about the bins."
    assert not dana.problems, dana.problems
