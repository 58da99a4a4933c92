from __future__ import annotations

from django.test import Client, override_settings
from django.urls import reverse

from reconnect.pages import views
from tests.web.base import BaseTestCase


class ErrorPagesTestCase(BaseTestCase):
    def test_not_found_keeps_quick_exit_and_says_nothing_of_the_item(self) -> None:
        self.client.force_login(self.bob)
        response = self.client.get(reverse("moments:detail", args=["no-such-moment"]))
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, "data-quick-exit", status_code=404)

    def test_a_stale_form_gets_a_kind_page_with_quick_exit(self) -> None:
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.alice)
        response = client.post(reverse("moments:new"), {"text": "x"})
        self.assertEqual(response.status_code, 403)
        self.assertContains(response, "Please try that again", status_code=403)
        self.assertContains(response, "data-quick-exit", status_code=403)

    @override_settings(QUICK_EXIT_URL="https://weather.example.org/")
    def test_a_server_error_page_renders_without_the_database(self) -> None:
        from django.test import RequestFactory

        response = views.server_error(RequestFactory().get("/"))
        self.assertEqual(response.status_code, 500)
        body = response.content.decode()
        self.assertIn('href="https://weather.example.org/"', body)
        self.assertIn("Nothing you saved earlier is lost", body)

    @override_settings(QUICK_EXIT_URL="https://weather.example.org/")
    def test_bad_requests_and_refusals_keep_quick_exit(self) -> None:
        from django.test import RequestFactory

        request = RequestFactory().get("/")
        for response in (
            views.bad_request(request, ValueError()),
            views.permission_denied(request, PermissionError()),
        ):
            self.assertIn('href="https://weather.example.org/"', response.content.decode())
        self.assertEqual(views.permission_denied(request, PermissionError()).status_code, 403)

    def test_an_unknown_host_gets_the_kind_page(self) -> None:
        response = Client(HTTP_HOST="evil.example").get("/")
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "data-quick-exit", status_code=400)
