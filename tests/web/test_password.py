from __future__ import annotations

import re

from django.core import mail
from django.test import override_settings
from django.urls import reverse

from tests.web.base import PASSWORD, BaseTestCase


class PasswordTestCase(BaseTestCase):
    def test_reset_sends_a_link_that_sets_a_new_password(self) -> None:
        response = self.client.post(reverse("password_reset"), {"email": "alice@example.org"})
        self.assertRedirects(response, reverse("password_reset_done"))
        path = re.search(r"https?://[^/]+(/\S+)", mail.outbox[0].body).group(1)  # type: ignore[union-attr]
        form_page = self.client.get(path, follow=True)
        response = self.client.post(
            form_page.redirect_chain[-1][0],
            {"new_password1": "a brand new sentence", "new_password2": "a brand new sentence"},
        )
        self.assertRedirects(response, reverse("password_reset_complete"))
        self.alice.refresh_from_db()
        self.assertTrue(self.alice.check_password("a brand new sentence"))

    @override_settings(
        SITE_URL="https://reconnect.example/app",
        ALLOWED_HOSTS=["reconnect.example", "other.example", "testserver"],
    )
    def test_the_reset_link_comes_from_site_url_not_the_host_header(self) -> None:
        site = "https://reconnect.example/app"
        response = self.client.post(
            reverse("password_reset"), {"email": "alice@example.org"}, HTTP_HOST="other.example"
        )
        self.assertEqual(response.status_code, 302)
        body = mail.outbox[0].body
        self.assertNotIn("other.example", body)
        link = re.search(r"https?://\S+", body).group(0)  # type: ignore[union-attr]
        self.assertTrue(link.startswith(site + "/accounts/password-reset/"), link)
        # The app itself is served at the root here; the prefix belongs to the proxy in front.
        form_page = self.client.get(link.removeprefix(site), follow=True)
        self.assertContains(form_page, "Choose a new password")
        new = "a brand new sentence"
        self.client.post(
            form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}
        )
        response = self.client.post(
            reverse("login"), {"username": "alice@example.org", "password": new}
        )
        self.assertRedirects(response, reverse("pages:home"))

    def test_reset_does_not_reveal_unknown_emails(self) -> None:
        response = self.client.post(reverse("password_reset"), {"email": "who@example.org"})
        self.assertRedirects(response, reverse("password_reset_done"))
        self.assertEqual(mail.outbox, [])

    def test_change_needs_the_old_password(self) -> None:
        self.client.force_login(self.alice)
        url = reverse("accounts:password_change")
        bad = self.client.post(
            url,
            {
                "old_password": "nope",
                "new_password1": "another long one",
                "new_password2": "another long one",
            },
        )
        self.assertContains(bad, "There is a problem")
        good = self.client.post(
            url,
            {
                "old_password": PASSWORD,
                "new_password1": "another long one",
                "new_password2": "another long one",
            },
        )
        self.assertRedirects(good, reverse("accounts:settings"))
        self.alice.refresh_from_db()
        self.assertTrue(self.alice.check_password("another long one"))

    def test_passwords_are_hashed_with_argon2_in_production(self) -> None:
        from django.conf import settings as django_settings
        from django.contrib.auth.hashers import make_password

        import reconnect.settings as production

        self.assertIn("Argon2", production.PASSWORD_HASHERS[0])
        with self.settings(PASSWORD_HASHERS=production.PASSWORD_HASHERS):
            self.assertTrue(make_password("x" * 12).startswith("argon2"))
        self.assertIsNotNone(django_settings.PASSWORD_HASHERS)
