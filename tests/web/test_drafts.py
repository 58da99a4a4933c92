"""The server tells the browser when words being written are saved, and whose they are."""

from __future__ import annotations

import re

from django.urls import reverse
from django.utils import timezone

from tests.web.base import BaseTestCase


def _body(html: str) -> dict[str, str]:
    tag = re.search(r"<body[^>]*>", html)
    assert tag
    return dict(re.findall(r'data-(drafts-[a-z]+)="([^"]*)"', tag.group()))


class DraftsTestCase(BaseTestCase):
    def test_saving_a_moment_tells_the_next_page_once(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(
            reverse("moments:new"),
            {
                "text": "We walked by the river.",
                "intensity": "2",
                "visibility": "private",
                "happened": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            },
            follow=True,
        )
        self.assertEqual(_body(response.content.decode())["drafts-saved"], "moment-new")
        again = self.client.get(reverse("pages:home"))
        self.assertEqual(_body(again.content.decode())["drafts-saved"], "")

    def test_a_form_with_a_problem_forgets_nothing(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(reverse("moments:new"), {"text": ""})
        self.assertEqual(_body(response.content.decode())["drafts-saved"], "")

    def test_a_check_in_and_a_sent_note_are_saved_words_too(self) -> None:
        self.client.force_login(self.alice)
        checkin = self.client.post(
            reverse("checkins:today"),
            {"closeness": "6", "note": "A calm day.", "visibility": "private"},
            follow=True,
        )
        self.assertEqual(_body(checkin.content.decode())["drafts-saved"], "checkin")
        sent = self.client.post(reverse("talk:send"), {"text": "Walk tonight?"}, follow=True)
        self.assertEqual(_body(sent.content.decode())["drafts-saved"], "talk talk-send")

    def test_each_person_has_their_own_tag_and_visitors_none(self) -> None:
        tags = []
        for user in (self.alice, self.bob, self.charlie):
            self.client.force_login(user)
            tags.append(_body(self.client.get(reverse("pages:home")).content.decode()))
        owners = [t["drafts-owner"] for t in tags]
        self.assertEqual(len(set(owners)), 3)
        self.assertTrue(all(len(o) == 20 for o in owners))
        self.client.logout()
        login = _body(self.client.get(reverse("login")).content.decode())
        self.assertEqual(login, {"drafts-owner": ""})

    def test_a_login_that_ran_out_while_sending_comes_back_to_the_talk_page(self) -> None:
        self.client.force_login(self.alice)
        self.assertRedirects(self.client.get(reverse("talk:send")), reverse("talk:talk"))
