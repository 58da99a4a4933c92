from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from django.test import Client
from django.urls import reverse

from tests.web.base import PASSWORD, BaseTestCase

ROOT = Path(__file__).resolve().parents[2]


class HeadersTestCase(BaseTestCase):
    def test_every_response_has_strict_headers(self) -> None:
        for url in ("/", reverse("login"), reverse("safety:help"), "/no-such-page/"):
            response = self.client.get(url)
            csp = response["Content-Security-Policy"]
            self.assertIn("script-src 'self'", csp)
            self.assertNotIn("unsafe-inline", csp)
            self.assertIn("frame-ancestors 'none'", csp)
            self.assertEqual(response["X-Content-Type-Options"], "nosniff")
            self.assertEqual(response["Referrer-Policy"], "same-origin")
            self.assertEqual(response["X-Frame-Options"], "DENY")

    def test_pages_have_no_inline_script_or_style(self) -> None:
        self.client.force_login(self.alice)
        for name in ("pages:home", "moments:new", "checkins:today", "safety:help"):
            body = self.client.get(reverse(name)).content.decode()
            self.assertNotIn("<script>", body)
            self.assertNotIn("<style", body)
            self.assertNotIn(' style="', body)
            self.assertNotIn(" onclick=", body)

    def test_logged_in_pages_are_not_cached(self) -> None:
        self.client.force_login(self.alice)
        self.assertIn("no-store", self.client.get(reverse("pages:home"))["Cache-Control"])


class CsrfTestCase(BaseTestCase):
    def test_posts_without_a_token_are_refused(self) -> None:
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.alice)
        response = client.post(reverse("moments:new"), {"text": "x"})
        self.assertEqual(response.status_code, 403)
        response = client.post(
            reverse("login"), {"username": "alice@example.org", "password": PASSWORD}
        )
        self.assertEqual(response.status_code, 403)


class DeployCheckTestCase(BaseTestCase):
    def test_check_deploy_is_clean_with_production_settings(self) -> None:
        env = {
            **os.environ,
            "SITE_URL": "https://reconnect.example.org",
            "SECRET_KEY": "k" * 20 + "-production-only-secret-9f8a7b6c5d4e3f2a1b0c",
            "DEBUG": "",
            "RECONNECT_DATA_DIR": str(ROOT / "var" / "deploy-check"),
            "DJANGO_SETTINGS_MODULE": "reconnect.settings",
        }
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set only for the browser tests
        result = subprocess.run(
            [sys.executable, "-m", "reconnect.cli", "check", "--deploy", "--fail-level", "WARNING"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("no issues", result.stdout)
