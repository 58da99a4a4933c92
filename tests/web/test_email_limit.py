"""Sign-up and reset emails are capped per address, so no one can flood someone's inbox."""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta
from typing import Any

from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from reconnect.accounts.models import EmailSent
from tests.web.base import BaseTestCase


def page(response: Any) -> str:
    """A page's HTML without its CSRF token, which is masked afresh on every render."""
    return re.sub(r'"X-CSRFToken": "\w+"', "", response.content.decode())


@override_settings(EMAIL_LIMIT=3, EMAIL_WINDOW=3600)
class EmailLimitTestCase(BaseTestCase):
    def signup(self, email: str, **extra: Any):  # type: ignore[no-untyped-def]
        return self.client.post(reverse("accounts:signup"), {"email": email}, **extra)

    def reset(self, email: str, **extra: Any):  # type: ignore[no-untyped-def]
        return self.client.post(reverse("password_reset"), {"email": email}, **extra)

    def test_the_fourth_signup_email_in_an_hour_is_not_sent(self) -> None:
        first = self.signup("dana@example.org", follow=True)
        self.signup("dana@example.org")
        self.signup("dana@example.org")
        fourth = self.signup("dana@example.org", follow=True)
        self.assertEqual(len(mail.outbox), 3)
        # The page is the same, so it tells nothing about the limit or the address.
        self.assertEqual(first.redirect_chain, fourth.redirect_chain)
        self.assertEqual(page(first), page(fourth))
        self.assertContains(fourth, "sent a message to <strong>dana@example.org</strong>")

    def test_the_fourth_reset_email_in_an_hour_is_not_sent(self) -> None:
        first = self.reset("alice@example.org", follow=True)
        self.reset("alice@example.org")
        self.reset("alice@example.org")
        fourth = self.reset("alice@example.org", follow=True)
        self.assertEqual(len(mail.outbox), 3)
        self.assertEqual(first.redirect_chain, fourth.redirect_chain)
        self.assertEqual(page(first), page(fourth))
        self.assertContains(fourth, "If that address has an account")

    def test_sign_up_and_reset_share_one_limit(self) -> None:
        self.signup("alice@example.org")  # tells Alice she already has an account
        self.reset("alice@example.org")
        self.signup("ALICE@example.org ")
        response = self.reset("Alice@Example.org")
        self.assertRedirects(response, reverse("password_reset_done"))
        self.assertEqual(len(mail.outbox), 3)

    def test_emails_flow_again_after_the_window(self) -> None:
        for _ in range(4):
            self.reset("alice@example.org")
        self.assertEqual(len(mail.outbox), 3)
        EmailSent.objects.update(created=timezone.now() - timedelta(minutes=61))
        self.reset("alice@example.org")
        self.assertEqual(len(mail.outbox), 4)

    def test_a_full_inbox_leaves_other_addresses_alone(self) -> None:
        for _ in range(4):
            self.signup("dana@example.org")
        self.signup("erin@example.org")
        self.assertEqual(mail.outbox[-1].to, ["erin@example.org"])
        self.assertEqual(len(mail.outbox), 4)

    @override_settings(EMAIL_LIMIT=1, TRUST_X_FORWARDED_FOR=True)
    def test_one_visitor_can_send_only_so_many_emails_to_anyone(self) -> None:
        one = {"headers": {"X-Forwarded-For": "203.0.113.9"}}
        for n in range(5):
            self.signup(f"person{n}@example.org", **one)
        self.assertEqual(len(mail.outbox), 4)
        self.reset("bob@example.org", **one)
        self.assertEqual(len(mail.outbox), 4)
        self.reset("bob@example.org", headers={"X-Forwarded-For": "198.51.100.7"})
        self.assertEqual(len(mail.outbox), 5)

    def test_only_keyed_digests_are_stored(self) -> None:
        self.signup("dana@example.org", REMOTE_ADDR="203.0.113.9")
        keys = list(EmailSent.objects.values_list("key", flat=True))
        self.assertEqual(len(keys), 2)
        plain = hashlib.sha256(b"dana@example.org").hexdigest()
        for key in keys:
            self.assertRegex(key, r"^[0-9a-f]{64}$")
            self.assertNotEqual(key, plain)
            self.assertNotIn("dana", key)
            self.assertNotIn("203.0.113.9", key)

    def test_old_rows_are_pruned(self) -> None:
        old = EmailSent.objects.create(key="x" * 64)
        EmailSent.objects.filter(pk=old.pk).update(created=timezone.now() - timedelta(hours=2))
        self.signup("dana@example.org")
        self.assertFalse(EmailSent.objects.filter(pk=old.pk).exists())
        self.assertEqual(EmailSent.objects.count(), 2)
