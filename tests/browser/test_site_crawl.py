"""Every page a person can reach by following links gets the same checks as the journey.

The pages are found by crawling, not listed, so a new page is covered the day it is linked.
Only GET links are followed, so nothing is changed (deleting and leaving need a POST). A kind
of page the journey already checked this run (same URL pattern, same visitor or member view)
is visited but not checked again; run on its own, this test checks every page it reaches.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from django.utils import timezone

from reconnect.accounts.models import User
from reconnect.checkins.models import CheckIn
from reconnect.couples.models import Couple
from reconnect.lib.sharing import SHARED
from reconnect.moments.models import Moment
from tests.browser.support import CHECKED, PASSWORD, Visit, log_in

pytestmark = pytest.mark.browser

LIMIT = 40  # far more than the app has; a crawl that passes it has found a link loop


def crawl(who: Visit, start: str) -> list[str]:
    """Visit every same-site page reachable from `start`; return the paths reached."""
    origin = urlsplit(who.base_url)
    queue, seen, reached = [start], set(), []
    while queue:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        page = who.goto(path)
        landed = urlsplit(page.url)
        landed_path = landed.path + (f"?{landed.query}" if landed.query else "")
        if landed_path != path and landed_path in seen:
            continue  # a redirect to a page already checked
        seen.add(landed_path)
        reached.append(landed_path)
        assert len(reached) <= LIMIT, reached
        if who.page_kind() not in CHECKED:
            who.check(re.sub(r"[^a-z0-9]+", "-", landed_path.lower()).strip("-") or "start")
        hrefs = page.eval_on_selector_all(
            "a[href]:not([data-quick-exit])", "links => links.map(a => a.getAttribute('href'))"
        )
        for href in hrefs:
            url = urlsplit(urljoin(page.url, href))
            if (url.scheme, url.netloc) != (origin.scheme, origin.netloc):
                continue  # phone numbers, text lines, therapist directories
            if "download" in url.query:
                continue  # the data export's file
            target = url.path + (f"?{url.query}" if url.query else "")
            if target not in seen:
                queue.append(target)
    return reached


def test_every_page_a_person_can_reach(person: Callable[..., Visit], site: Any) -> None:
    couple = Couple.objects.create()
    alice = User.objects.create_user(
        "alice@example.org",
        PASSWORD,
        name="Alice",
        couple=couple,
        country="US",
        timezone="America/New_York",
    )
    bob = User.objects.create_user(
        "bob@example.org",
        PASSWORD,
        name="Bob",
        couple=couple,
        country="GB",
        timezone="Europe/London",
    )
    now = timezone.now()
    mine = Moment.objects.create(
        owner=alice,
        text="I stayed late at work again instead of coming home to talk.",
        happened=now - timedelta(hours=3),
        intensity=4,
        topic="work",
        effects=["loneliness"],
        feelings=["tired"],
    )
    mine.set_exits([("overworking", "self")])
    theirs = Moment.objects.create(
        owner=bob,
        text="We talked on the walk home and it felt close.",
        happened=now - timedelta(days=1),
        visibility=SHARED,
    )
    theirs.set_exits([("distraction", "both")])
    CheckIn.objects.create(owner=alice, day=timezone.localdate(), closeness=6, felt_lonely=True)
    CheckIn.objects.create(
        owner=bob, day=timezone.localdate(), closeness=8, visibility=SHARED, note="A good day."
    )

    visitor = person("visitor")
    public = crawl(visitor, "/")
    for path in ("/", "/how-it-works/", "/help/", "/accounts/login/", "/accounts/signup/"):
        assert path in public, public

    member = person("alice-crawl", timezone_id="America/New_York")
    log_in(member, "alice@example.org")
    private = crawl(member, "/home/")
    for path in (
        "/home/",
        "/moments/",
        "/moments/new/",
        f"/moments/{mine.uid}/",
        f"/moments/{mine.uid}/edit/",
        f"/moments/{theirs.uid}/",
        "/checkins/",
        "/checkins/today/",
        "/couple/",
        "/accounts/settings/",
    ):
        assert path in private, private
