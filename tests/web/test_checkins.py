from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from reconnect.checkins.models import CheckIn
from reconnect.lib.sharing import PRIVATE, SHARED
from tests.web.base import BaseTestCase


class CheckInTestCase(BaseTestCase):
    def post(self, **extra: object):  # type: ignore[no-untyped-def]
        data: dict[str, object] = {"closeness": "7", "visibility": PRIVATE}
        data.update(extra)
        return self.client.post(reverse("checkins:today"), data)

    def test_it_saves_todays_check_in_privately(self) -> None:
        self.client.force_login(self.alice)
        response = self.post(felt_lonely="on", note="long day")
        self.assertRedirects(response, reverse("pages:home"))
        checkin = CheckIn.objects.get(owner=self.alice)
        self.assertEqual(
            (checkin.closeness, checkin.felt_lonely, checkin.felt_hurt), (7, True, False)
        )
        self.assertEqual(checkin.day, timezone.localdate())
        self.assertEqual(checkin.visibility, PRIVATE)

    def test_saving_again_the_same_day_replaces_it(self) -> None:
        self.client.force_login(self.alice)
        self.post(closeness="3")
        self.post(closeness="8", visibility=SHARED)
        checkin = CheckIn.objects.get(owner=self.alice)
        self.assertEqual((checkin.closeness, checkin.visibility), (8, SHARED))

    def test_the_form_shows_todays_answer_when_editing(self) -> None:
        self.checkin(self.alice, closeness=4)
        self.client.force_login(self.alice)
        response = self.client.get(reverse("checkins:today"))
        self.assertContains(response, 'value="4" id="id_closeness_4" required checked')
        self.assertContains(response, "replaces it")

    def test_closeness_outside_0_to_10_is_refused(self) -> None:
        self.client.force_login(self.alice)
        response = self.post(closeness="11")
        self.assertContains(response, "There is a problem")
        self.assertFalse(CheckIn.objects.exists())

    def test_the_rating_is_labelled_as_our_own_and_unvalidated(self) -> None:
        self.client.force_login(self.alice)
        self.assertContains(self.client.get(reverse("checkins:today")), "not a validated test")

    def test_the_day_follows_the_persons_time_zone(self) -> None:
        self.alice.timezone = "Pacific/Kiritimati"  # UTC+14: usually already tomorrow
        self.alice.save()
        self.client.force_login(self.alice)
        self.post()
        import zoneinfo

        expected = timezone.localtime(timezone=zoneinfo.ZoneInfo("Pacific/Kiritimati")).date()
        self.assertEqual(CheckIn.objects.get(owner=self.alice).day, expected)

    def test_partner_sees_only_shared_check_ins(self) -> None:
        self.checkin(self.alice, note="kept to myself")
        from datetime import timedelta

        self.checkin(
            self.alice,
            note="shared this one",
            visibility=SHARED,
            day=timezone.localdate() - timedelta(days=1),
        )
        self.client.force_login(self.bob)
        response = self.client.get(reverse("checkins:history"))
        self.assertContains(response, "shared this one")
        self.assertNotContains(response, "kept to myself")
