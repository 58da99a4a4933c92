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


class LockoutRecoveryTestCase(BaseTestCase):
    @override_settings(LOGIN_FAILURE_LIMIT=3)
    def test_a_password_reset_lifts_a_lockout(self) -> None:
        import re

        from django.core import mail

        for _ in range(3):
            self.client.post(reverse("login"), {"username": "alice@example.org", "password": "x"})
        self.client.post(reverse("password_reset"), {"email": "alice@example.org"})
        path = re.search(r"https?://[^/]+(/\S+)", mail.outbox[0].body).group(1)  # type: ignore[union-attr]
        form_page = self.client.get(path, follow=True)
        new = "a new and long phrase"
        self.client.post(
            form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}
        )
        response = self.client.post(
            reverse("login"), {"username": "alice@example.org", "password": new}
        )
        self.assertRedirects(response, reverse("pages:home"))

    @override_settings(LOGIN_FAILURE_LIMIT=1, TRUST_X_FORWARDED_FOR=True)
    def test_behind_a_trusted_proxy_each_visitor_is_counted_apart(self) -> None:
        for n in range(4):
            self.client.post(
                reverse("login"),
                {"username": f"nobody{n}@example.org", "password": "x"},
                headers={"X-Forwarded-For": "203.0.113.9"},
            )
        response = self.client.post(
            reverse("login"),
            {"username": "bob@example.org", "password": PASSWORD},
            headers={"X-Forwarded-For": "198.51.100.7"},
        )
        self.assertRedirects(response, reverse("pages:home"))
