from __future__ import annotations

import json
from datetime import UTC

from django.urls import reverse

from reconnect.accounts.models import User
from reconnect.checkins.models import CheckIn
from reconnect.lib.sharing import PRIVATE, SHARED
from reconnect.moments.models import Moment
from tests.web.base import PASSWORD, BaseTestCase


class SettingsTestCase(BaseTestCase):
    def test_it_saves_name_country_and_time_zone(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(
            reverse("accounts:settings"),
            {"name": "Ally", "country": "CA", "timezone": "America/Toronto"},
        )
        self.assertRedirects(response, reverse("accounts:settings"))
        self.alice.refresh_from_db()
        self.assertEqual(
            (self.alice.name, self.alice.country, self.alice.timezone),
            ("Ally", "CA", "America/Toronto"),
        )

    def test_it_rejects_an_unknown_time_zone_without_saving(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(
            reverse("accounts:settings"),
            {"name": "Ally", "country": "CA", "timezone": "Mars/Olympus"},
        )
        self.assertContains(response, "There is a problem")
        self.alice.refresh_from_db()
        self.assertEqual(self.alice.name, "Alice")

    def test_pages_show_times_in_the_persons_time_zone(self) -> None:
        from datetime import datetime

        self.alice.timezone = "Asia/Tokyo"
        self.alice.save()
        moment = self.moment(self.alice, happened=datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
        self.client.force_login(self.alice)
        self.assertContains(self.client.get(reverse("moments:detail", args=[moment.uid])), "21:00")


class ExportTestCase(BaseTestCase):
    def test_it_downloads_only_the_persons_own_data(self) -> None:
        self.moment(self.alice, text="alice wrote this")
        self.moment(self.bob, text="bob shared this", visibility=SHARED)
        self.checkin(self.alice, closeness=7)
        self.client.force_login(self.alice)
        response = self.client.post(reverse("accounts:export"))
        self.assertEqual(response["Content-Type"], "application/json")
        self.assertIn("attachment", response["Content-Disposition"])
        data = json.loads(response.content)
        self.assertEqual(data["account"]["email"], "alice@example.org")
        self.assertEqual([m["text"] for m in data["moments"]], ["alice wrote this"])
        self.assertEqual([c["closeness"] for c in data["checkins"]], [7])
        self.assertNotIn("bob shared this", response.content.decode())


class DeleteAccountTestCase(BaseTestCase):
    def test_it_needs_the_password_and_keeps_everything_otherwise(self) -> None:
        self.moment(self.alice)
        self.client.force_login(self.alice)
        response = self.client.post(reverse("accounts:delete"), {"password": "wrong"})
        self.assertContains(response, "isn&#x27;t your current password")
        self.assertTrue(User.objects.filter(pk=self.alice.pk).exists())
        self.assertEqual(Moment.objects.filter(owner=self.alice).count(), 1)

    def test_it_removes_everything_the_person_owns_and_ends_the_couple(self) -> None:
        self.moment(self.alice)
        self.checkin(self.alice)
        shared_by_bob = self.moment(self.bob, visibility=SHARED)
        self.client.force_login(self.alice)
        response = self.client.post(reverse("accounts:delete"), {"password": PASSWORD})
        self.assertRedirects(response, reverse("pages:index"))
        self.assertFalse(User.objects.filter(pk=self.alice.pk).exists())
        self.assertEqual(Moment.objects.filter(owner_id=self.alice.pk).count(), 0)
        self.assertEqual(CheckIn.objects.filter(owner_id=self.alice.pk).count(), 0)
        self.bob.refresh_from_db()
        self.assertIsNone(self.bob.couple_id)
        shared_by_bob.refresh_from_db()
        self.assertEqual(shared_by_bob.visibility, PRIVATE)


class ExportMethodTestCase(BaseTestCase):
    def test_a_link_cannot_make_the_browser_download_private_words(self) -> None:
        self.moment(self.alice, text="very private")
        self.client.force_login(self.alice)
        response = self.client.get(reverse("accounts:export") + "?download=1")
        self.assertNotIn("attachment", response.get("Content-Disposition", ""))
        self.assertNotContains(response, "very private")
