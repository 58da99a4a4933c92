from __future__ import annotations

from datetime import date

from django.test import override_settings
from django.urls import reverse

from reconnect.safety import resources
from tests.web.base import BaseTestCase


class HelpPageTestCase(BaseTestCase):
    def test_it_shows_the_persons_own_country_first(self) -> None:
        self.client.force_login(self.bob)  # Bob lives in the UK
        response = self.client.get(reverse("safety:help"))
        countries = [c["code"] for c in response.context["countries"]]
        self.assertEqual(countries[0], "GB")
        body = response.content.decode()
        self.assertLess(body.index("0808 2000 247"), body.index("1-800-799-7233"))

    def test_the_lines_from_domain_md_are_all_listed(self) -> None:
        body = self.client.get(reverse("safety:help")).content.decode()
        for number in [
            "911",
            "988",
            "1-800-799-7233",
            "88788",
            "999",
            "0808 2000 247",
            "116 123",
            "000",
            "1800 737 732",
            "13 11 14",
            "112",
        ]:
            self.assertIn(number, body)

    def test_a_country_can_be_chosen_without_an_account(self) -> None:
        response = self.client.get(reverse("safety:help"), {"country": "AU"})
        self.assertEqual(response.context["countries"][0]["code"], "AU")
        self.assertContains(response, 'href="tel:1800737732"')

    def test_an_unknown_country_falls_back_to_all_lines(self) -> None:
        response = self.client.get(reverse("safety:help"), {"country": "ZZ"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "your local emergency number")

    def test_every_page_links_to_help_and_leads_with_quick_exit(self) -> None:
        self.client.force_login(self.alice)
        for name in (
            "pages:home",
            "moments:timeline",
            "moments:new",
            "checkins:today",
            "safety:help",
            "pages:how",
        ):
            body = self.client.get(reverse(name)).content.decode()
            inside = body[body.index("<body") :]
            first_link = inside.index("<a ")
            self.assertIn("data-quick-exit", inside[first_link : first_link + 80], name)
            self.assertIn('href="/help/"', body, name)

    @override_settings(QUICK_EXIT_URL="https://weather.example.org/")
    def test_quick_exit_goes_to_the_configured_page(self) -> None:
        response = self.client.get(reverse("pages:how"))
        self.assertContains(response, 'href="https://weather.example.org/" data-quick-exit')

    def test_the_help_page_says_quick_exit_does_not_erase_history(self) -> None:
        self.assertContains(
            self.client.get(reverse("safety:help")), "t erase your browsing history"
        )

    def test_the_resources_are_due_for_review_within_a_year(self) -> None:
        reviewed = date.fromisoformat(resources.load()["reviewed"])
        self.assertLessEqual((resources.review_by() - reviewed).days, 366)

    def test_visits_leave_nothing_in_the_database(self) -> None:
        from django.db import connection

        self.client.force_login(self.alice)
        tables_before = {
            t: self.count(t)
            for t in connection.introspection.table_names()
            if t != "django_session"
        }
        self.client.get(reverse("safety:help"), {"country": "US"})
        for table, count in tables_before.items():
            self.assertEqual(self.count(table), count, table)

    def count(self, table: str) -> int:
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
            return int(cursor.fetchone()[0])


class HowItWorksTestCase(BaseTestCase):
    def test_it_names_the_exits_effects_and_steps(self) -> None:
        response = self.client.get(reverse("pages:how"))
        for word in (
            "Distraction",
            "Shutting down",
            "Fighting or blaming",
            "Overworking",
            "Focusing on others",
            "Lonely",
            "Stay present",
            "Honest and kind",
        ):
            self.assertContains(response, word)
