"""Someone writes that their partner sees no point in living: they privately see support
worded for a person supporting someone else."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from reconnect.accounts.models import User
from reconnect.lib.sharing import PRIVATE
from reconnect.moments.models import Moment
from tests.browser.support import PASSWORD, Visit, log_in

pytestmark = pytest.mark.browser


def test_a_partner_s_words_about_not_being_here_bring_up_support(
    person: Callable[..., Visit],
) -> None:
    User.objects.create_user("dana@example.org", PASSWORD, name="Dana", country="US")
    dana = person("dana")
    page = dana.page
    log_in(dana, "dana@example.org")

    dana.goto("/moments/new/")
    page.get_by_label("What happened?").fill(
        "Sam stopped eating this week and told me he doesn't see the point. I'm scared."
    )
    page.locator("main form").get_by_role("button", name="Save").click()

    panel = page.get_by_role("region", name="You don't have to hold this alone")
    expect(panel).to_be_visible()
    expect(panel).to_contain_text("someone close to you might be thinking about not being here")
    expect(panel.locator("a[href='tel:988']").first).to_be_visible()
    expect(panel.get_by_role("button", name="That's not what I meant")).to_be_visible()
    assert Moment.objects.get().visibility == PRIVATE
    dana.check("moment-partner-at-risk")
    assert not dana.problems, dana.problems
