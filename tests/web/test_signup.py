from __future__ import annotations

import re

from django.core import mail
from django.urls import reverse

from reconnect.accounts.models import User
from tests.web.base import BaseTestCase


def link_in(body: str) -> str:
    """The path of the first link in an email."""
    match = re.search(r"https?://[^/\s]+(/\S*)", body)
    assert match, body
    return match.group(1)


class SignupTestCase(BaseTestCase):
    def finish_data(self, **extra: str) -> dict[str, str]:
        data = {
            "name": "Dana",
            "password": "a quiet long walk",
            "country": "AU",
            "timezone": "Australia/Sydney",
        }
        data.update(extra)
        return data

    def test_it_emails_a_link_and_creates_the_account_from_it(self) -> None:
        response = self.client.post(reverse("accounts:signup"), {"email": "Dana@Example.org"})
        self.assertRedirects(response, reverse("accounts:signup_sent"))
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(mail.outbox[0].to, ["dana@example.org"])
        url = link_in(mail.outbox[0].body)
        self.assertEqual(self.client.get(url).status_code, 200)
        response = self.client.post(url, self.finish_data())
        self.assertRedirects(response, reverse("pages:home"))
        dana = User.objects.get(email="dana@example.org")
        self.assertEqual(
            (dana.name, dana.country, dana.timezone), ("Dana", "AU", "Australia/Sydney")
        )
        self.assertTrue(dana.check_password("a quiet long walk"))

    def test_it_answers_the_same_for_a_registered_email(self) -> None:
        new = self.client.post(reverse("accounts:signup"), {"email": "new@example.org"})
        known = self.client.post(reverse("accounts:signup"), {"email": "alice@example.org"})
        self.assertEqual(new.status_code, known.status_code)
        self.assertEqual(new["Location"], known["Location"])
        # The known address is told, privately, that it already has an account.
        self.assertIn("already an account", mail.outbox[1].body)
        self.assertNotIn("/accounts/signup/", mail.outbox[1].body.split("Log in:")[0])

    def test_it_rejects_a_weak_password_and_keeps_the_name(self) -> None:
        self.client.post(reverse("accounts:signup"), {"email": "erin@example.org"})
        url = link_in(mail.outbox[0].body)
        response = self.client.post(url, self.finish_data(name="Erin", password="12345"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "There is a problem")
        self.assertContains(response, 'value="Erin"')
        self.assertFalse(User.objects.filter(email="erin@example.org").exists())

    def test_a_used_link_sends_the_person_to_log_in(self) -> None:
        self.client.post(reverse("accounts:signup"), {"email": "fay@example.org"})
        url = link_in(mail.outbox[0].body)
        self.client.post(url, self.finish_data())
        self.client.logout()
        response = self.client.get(url)
        self.assertRedirects(response, reverse("login"))

    def test_a_tampered_link_is_refused(self) -> None:
        self.client.post(reverse("accounts:signup"), {"email": "gus@example.org"})
        url = link_in(mail.outbox[0].body)
        response = self.client.get(url[:-3] + "xyz/")
        self.assertEqual(response.status_code, 400)

    def test_it_keeps_the_invite_to_come_back_to(self) -> None:
        nxt = "/join/abc/"
        self.client.post(reverse("accounts:signup"), {"email": "hal@example.org", "next": nxt})
        url = link_in(mail.outbox[0].body)
        response = self.client.post(url, self.finish_data())
        self.assertEqual(response["Location"], nxt)

    def test_it_ignores_an_offsite_next(self) -> None:
        self.client.post(
            reverse("accounts:signup"),
            {"email": "ivy@example.org", "next": "https://evil.example/"},
        )
        url = link_in(mail.outbox[0].body)
        response = self.client.post(url, self.finish_data())
        self.assertRedirects(response, reverse("pages:home"))
