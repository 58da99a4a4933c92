"""Every URL, as anonymous, owner, partner and outsider.

Alice owns the items; Bob is her partner; Charlie is outside the couple. A private item is a 404
for everyone but its owner, so its existence is never revealed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver, reverse

from reconnect.lib.sharing import SHARED
from tests.web.base import BaseTestCase

ANON, OWNER, PARTNER, OUTSIDER = "anonymous", "owner", "partner", "outsider"
LOGIN = "login"  # a redirect to the login page


@dataclass
class Case:
    name: str
    args: Callable[[BaseTestCase], list[object]]
    expect: dict[str, int | str]
    method: str = "get"


def no_args(_: BaseTestCase) -> list[object]:
    return []


def private_moment(t: BaseTestCase) -> list[object]:
    return [t.moment(t.alice, text="private words").uid]


def shared_moment(t: BaseTestCase) -> list[object]:
    return [t.moment(t.alice, text="shared words", visibility=SHARED).uid]


def shared_note(t: BaseTestCase) -> list[object]:
    from reconnect.talk.models import Note

    return [Note.objects.create(owner=t.alice, text="a note", visibility=SHARED).uid]


def everyone(status: int) -> dict[str, int | str]:
    return {ANON: status, OWNER: status, PARTNER: status, OUTSIDER: status}


def members(status: int) -> dict[str, int | str]:
    return {ANON: LOGIN, OWNER: status, PARTNER: status, OUTSIDER: status}


CASES = [
    Case("pages:index", no_args, {ANON: 200, OWNER: 302, PARTNER: 302, OUTSIDER: 302}),
    Case("pages:home", no_args, members(200)),
    Case("pages:how", no_args, everyone(200)),
    Case("safety:help", no_args, everyone(200)),
    Case("login", no_args, {ANON: 200, OWNER: 302, PARTNER: 302, OUTSIDER: 302}),
    Case("logout", no_args, everyone(405)),
    Case("logout", no_args, everyone(302), method="post"),
    Case("password_reset", no_args, everyone(200)),
    Case("password_reset_done", no_args, everyone(200)),
    Case("password_reset_complete", no_args, everyone(200)),
    Case("password_reset_confirm", lambda t: ["MQ", "bad-token"], everyone(200)),
    Case("accounts:signup", no_args, {ANON: 200, OWNER: 302, PARTNER: 302, OUTSIDER: 302}),
    Case("accounts:signup_sent", no_args, everyone(200)),
    Case("accounts:signup_finish", lambda t: ["not-a-token"], everyone(400)),
    Case("accounts:settings", no_args, members(200)),
    Case("accounts:password_change", no_args, members(200)),
    Case("accounts:export", no_args, members(200)),
    Case("accounts:delete", no_args, members(200)),
    Case("couples:couple", no_args, members(200)),
    Case("couples:invite", no_args, {ANON: LOGIN, OWNER: 405, PARTNER: 405, OUTSIDER: 405}),
    Case("couples:leave", no_args, {ANON: LOGIN, OWNER: 200, PARTNER: 200, OUTSIDER: 302}),
    Case("couples:join", lambda t: ["no-such-invite"], everyone(404)),
    Case("moments:timeline", no_args, members(200)),
    Case("moments:new", no_args, members(200)),
    Case("moments:detail", private_moment, {ANON: LOGIN, OWNER: 200, PARTNER: 404, OUTSIDER: 404}),
    Case("moments:detail", shared_moment, {ANON: LOGIN, OWNER: 200, PARTNER: 200, OUTSIDER: 404}),
    Case("moments:edit", shared_moment, {ANON: LOGIN, OWNER: 200, PARTNER: 404, OUTSIDER: 404}),
    Case("moments:delete", shared_moment, {ANON: LOGIN, OWNER: 200, PARTNER: 404, OUTSIDER: 404}),
    Case(
        "moments:visibility",
        shared_moment,
        {ANON: LOGIN, OWNER: 302, PARTNER: 404, OUTSIDER: 404},
        method="post",
    ),
    Case(
        "moments:suggest",
        no_args,
        {ANON: LOGIN, OWNER: 200, PARTNER: 200, OUTSIDER: 200},
        method="post",
    ),
    Case(
        "moments:accept",
        shared_moment,
        {ANON: LOGIN, OWNER: 302, PARTNER: 404, OUTSIDER: 404},
        method="post",
    ),
    Case("safety:resolve", no_args, {ANON: LOGIN, OWNER: 405, PARTNER: 405, OUTSIDER: 405}),
    Case(
        "safety:resolve",
        no_args,
        {ANON: LOGIN, OWNER: 302, PARTNER: 302, OUTSIDER: 302},
        method="post",
    ),
    Case("talk:talk", no_args, members(200)),
    # GET only sends a person back to the Talk page (where a login that ran out returns).
    Case("talk:send", no_args, members(302)),
    Case(
        "talk:delete_note",
        shared_note,
        {ANON: LOGIN, OWNER: 302, PARTNER: 404, OUTSIDER: 404},
        method="post",
    ),
    Case("checkins:history", no_args, members(200)),
    Case("checkins:today", no_args, members(200)),
]


def all_url_names() -> set[str]:
    names: set[str] = set()

    def walk(patterns: list[URLPattern | URLResolver], prefix: str) -> None:
        for p in patterns:
            if isinstance(p, URLResolver):
                walk(p.url_patterns, f"{prefix}{p.namespace}:" if p.namespace else prefix)
            elif p.name:
                names.add(prefix + p.name)

    walk(get_resolver().url_patterns, "")
    return names


class PrivacyMatrixTestCase(BaseTestCase):
    def test_every_url_is_in_the_matrix(self) -> None:
        covered = {case.name for case in CASES}
        self.assertEqual(all_url_names() - covered, set())

    def test_each_url_answers_each_visitor_as_expected(self) -> None:
        visitors = {ANON: None, OWNER: self.alice, PARTNER: self.bob, OUTSIDER: self.charlie}
        for case in CASES:
            for who, user in visitors.items():
                with self.subTest(url=case.name, who=who, method=case.method):
                    self.client.logout()
                    url = reverse(case.name, args=case.args(self))
                    if user is not None:
                        self.client.force_login(user)
                    response = getattr(self.client, case.method)(url)
                    expected = case.expect[who]
                    if expected == LOGIN:
                        self.assertEqual(response.status_code, 302)
                        self.assertTrue(response["Location"].startswith(reverse("login")))
                    else:
                        self.assertEqual(response.status_code, expected)

    def test_partner_and_outsider_never_see_private_words(self) -> None:
        self.moment(self.alice, text="my private thought")
        self.checkin(self.alice, note="a private note")
        for user in (self.bob, self.charlie):
            self.client.force_login(user)
            for name in ("moments:timeline", "pages:home", "checkins:history"):
                body = self.client.get(reverse(name)).content.decode()
                self.assertNotIn("my private thought", body)
                self.assertNotIn("a private note", body)

    def test_partner_sees_shared_words_and_outsider_does_not(self) -> None:
        self.moment(self.alice, text="we talked at last", visibility=SHARED)
        self.checkin(self.alice, note="felt close today", visibility=SHARED)
        self.client.force_login(self.bob)
        self.assertContains(self.client.get(reverse("moments:timeline")), "we talked at last")
        self.assertContains(self.client.get(reverse("checkins:history")), "felt close today")
        self.client.force_login(self.charlie)
        self.assertNotContains(self.client.get(reverse("moments:timeline")), "we talked at last")
        self.assertNotContains(self.client.get(reverse("checkins:history")), "felt close today")
