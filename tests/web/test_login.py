from __future__ import annotations

from django.test import override_settings
from django.urls import reverse
from django.utils.html import escape

from reconnect.accounts.forms import LOCKED, WRONG_LOGIN
from tests.web.base import PASSWORD, BaseTestCase


class LoginTestCase(BaseTestCase):
    def login(self, email: str, password: str):  # type: ignore[no-untyped-def]
        return self.client.post(reverse("login"), {"username": email, "password": password})

    def test_it_logs_in_with_email_and_password(self) -> None:
        response = self.login("ALICE@example.org", PASSWORD)
        self.assertRedirects(response, reverse("pages:home"))

    def test_unknown_email_and_wrong_password_get_the_same_message(self) -> None:
        unknown = self.login("nobody@example.org", PASSWORD)
        wrong = self.login("alice@example.org", "not it at all")
        self.assertContains(unknown, escape(WRONG_LOGIN))
        self.assertContains(wrong, escape(WRONG_LOGIN))

    @override_settings(LOGIN_FAILURE_LIMIT=3)
    def test_it_locks_out_guessing_even_with_the_right_password(self) -> None:
        for _ in range(3):
            self.login("alice@example.org", "guess")
        response = self.login("alice@example.org", PASSWORD)
        self.assertContains(response, escape(LOCKED))
        self.assertNotIn("_auth_user_id", self.client.session)

    @override_settings(LOGIN_FAILURE_LIMIT=3)
    def test_a_lockout_on_one_account_leaves_others_alone(self) -> None:
        for _ in range(3):
            self.login("alice@example.org", "guess")
        response = self.login("bob@example.org", PASSWORD)
        self.assertRedirects(response, reverse("pages:home"))

    def test_logout_needs_a_post(self) -> None:
        self.client.force_login(self.alice)
        self.assertEqual(self.client.get(reverse("logout")).status_code, 405)
        self.client.post(reverse("logout"))
        self.assertNotIn("_auth_user_id", self.client.session)
