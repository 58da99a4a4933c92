from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from reconnect.lib.sharing import PRIVATE, SHARED
from reconnect.moments.models import Moment
from tests.web.base import BaseTestCase


def form_data(**extra: object) -> dict[str, object]:
    data: dict[str, object] = {
        "text": "He picked up his phone when I mentioned the rent.",
        "exit_distraction": "partner",
        "effects": ["hurt"],
        "feelings": ["sad", "frustrated"],
        "topic": "money",
        "intensity": "4",
        "happened": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "visibility": PRIVATE,
    }
    data.update(extra)
    return data


class NewMomentTestCase(BaseTestCase):
    def setUp(self) -> None:
        self.client.force_login(self.alice)

    def test_it_saves_a_private_moment_by_default(self) -> None:
        response = self.client.get(reverse("moments:new"))
        self.assertContains(response, 'value="private" id="id_visibility_0" required checked')
        response = self.client.post(reverse("moments:new"), form_data())
        moment = Moment.objects.get(owner=self.alice)
        self.assertRedirects(response, reverse("moments:detail", args=[moment.uid]))
        self.assertEqual(moment.visibility, PRIVATE)
        self.assertEqual(moment.topic, "money")
        self.assertEqual(moment.intensity, 4)
        self.assertEqual(moment.effects, ["hurt"])
        self.assertEqual(
            [(e.type, e.actor) for e in moment.exits.all()], [("distraction", "partner")]
        )

    def test_everything_but_when_and_who_sees_it_is_optional(self) -> None:
        response = self.client.post(
            reverse("moments:new"),
            {
                "happened": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
                "visibility": PRIVATE,
                "intensity": "3",
            },
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(Moment.objects.get(owner=self.alice).text, "")

    def test_several_exits_each_with_its_own_actor(self) -> None:
        self.client.post(
            reverse("moments:new"), form_data(exit_shutting_down="both", exit_overworking="self")
        )
        moment = Moment.objects.get(owner=self.alice)
        self.assertEqual(
            sorted((e.type, e.actor) for e in moment.exits.all()),
            [("distraction", "partner"), ("overworking", "self"), ("shutting_down", "both")],
        )

    def test_too_long_text_gets_a_clear_message_and_keeps_every_character(self) -> None:
        text = "a" * 10_000 + "THE END"
        response = self.client.post(reverse("moments:new"), form_data(text=text))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "the most we can keep is 10,000")
        self.assertContains(response, "THE END")
        self.assertNotContains(response, "maxlength")
        self.assertFalse(Moment.objects.exists())

    def test_line_breaks_count_once_and_are_stored_plainly(self) -> None:
        lines = ["x" * 999] * 10  # 9,990 characters plus 9 line breaks: 9,999 in all
        self.client.post(reverse("moments:new"), form_data(text="\r\n".join(lines)))
        self.assertEqual(Moment.objects.get().text, "\n".join(lines))

    def test_a_future_time_is_refused(self) -> None:
        later = (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
        response = self.client.post(reverse("moments:new"), form_data(happened=later))
        self.assertContains(response, "in the future")

    def test_an_unknown_actor_is_refused(self) -> None:
        response = self.client.post(reverse("moments:new"), form_data(exit_distraction="cat"))
        self.assertContains(response, "There is a problem")
        self.assertFalse(Moment.objects.exists())

    def test_it_requires_login(self) -> None:
        self.client.logout()
        self.client.post(reverse("moments:new"), form_data())
        self.assertFalse(Moment.objects.exists())


class EditMomentTestCase(BaseTestCase):
    def test_owner_edits_and_replaces_exits(self) -> None:
        moment = self.moment(self.alice)
        moment.set_exits([("distraction", "partner")])
        self.client.force_login(self.alice)
        form = self.client.get(reverse("moments:edit", args=[moment.uid]))
        self.assertContains(form, 'value="partner" id="id_exit_distraction_2" checked')
        self.client.post(
            reverse("moments:edit", args=[moment.uid]),
            form_data(text="edited", exit_distraction="", exit_fighting_blaming="both"),
        )
        moment.refresh_from_db()
        self.assertEqual(moment.text, "edited")
        self.assertEqual(
            [(e.type, e.actor) for e in moment.exits.all()], [("fighting_blaming", "both")]
        )

    def test_a_bad_edit_loses_nothing_already_saved(self) -> None:
        moment = self.moment(self.alice, text="the original")
        self.client.force_login(self.alice)
        self.client.post(reverse("moments:edit", args=[moment.uid]), form_data(text="x" * 10_001))
        moment.refresh_from_db()
        self.assertEqual(moment.text, "the original")

    def test_partner_cannot_edit_a_shared_moment(self) -> None:
        moment = self.moment(self.alice, visibility=SHARED, text="mine")
        self.client.force_login(self.bob)
        response = self.client.post(
            reverse("moments:edit", args=[moment.uid]), form_data(text="changed")
        )
        self.assertEqual(response.status_code, 404)
        moment.refresh_from_db()
        self.assertEqual(moment.text, "mine")


class VisibilityTestCase(BaseTestCase):
    def test_owner_shares_then_makes_private_again(self) -> None:
        moment = self.moment(self.alice, text="to share")
        url = reverse("moments:visibility", args=[moment.uid])
        self.client.force_login(self.alice)
        self.client.post(url, {"visibility": SHARED})
        self.client.force_login(self.bob)
        self.assertContains(
            self.client.get(reverse("moments:detail", args=[moment.uid])), "to share"
        )
        self.client.force_login(self.alice)
        self.client.post(url, {"visibility": PRIVATE})
        self.client.force_login(self.bob)
        self.assertEqual(
            self.client.get(reverse("moments:detail", args=[moment.uid])).status_code, 404
        )

    def test_partner_cannot_change_visibility(self) -> None:
        moment = self.moment(self.alice, visibility=SHARED)
        self.client.force_login(self.bob)
        self.client.post(reverse("moments:visibility", args=[moment.uid]), {"visibility": PRIVATE})
        moment.refresh_from_db()
        self.assertEqual(moment.visibility, SHARED)


class DeleteMomentTestCase(BaseTestCase):
    def test_owner_deletes_after_confirming(self) -> None:
        moment = self.moment(self.alice)
        self.client.force_login(self.alice)
        self.assertContains(
            self.client.get(reverse("moments:delete", args=[moment.uid])), "Delete this moment?"
        )
        self.client.post(reverse("moments:delete", args=[moment.uid]))
        self.assertFalse(Moment.objects.filter(pk=moment.pk).exists())

    def test_partner_and_outsider_cannot_delete(self) -> None:
        moment = self.moment(self.alice, visibility=SHARED)
        for user in (self.bob, self.charlie):
            self.client.force_login(user)
            self.client.post(reverse("moments:delete", args=[moment.uid]))
        self.assertTrue(Moment.objects.filter(pk=moment.pk).exists())


class TimelineTestCase(BaseTestCase):
    def setUp(self) -> None:
        phone = self.moment(self.alice, text="phone at dinner", topic="time")
        phone.set_exits([("distraction", "partner")])
        quiet = self.moment(self.alice, text="I went quiet", topic="money")
        quiet.set_exits([("shutting_down", "self")])
        late = self.moment(self.bob, text="bob worked late", visibility=SHARED, topic="work")
        late.set_exits([("overworking", "self")])
        self.moment(self.bob, text="bob private", topic="work")

    def texts(self, **params: str) -> list[str]:
        response = self.client.get(reverse("moments:timeline"), params)
        return [m.text for m in response.context["page"].object_list]

    def test_it_shows_own_and_partners_shared_moments(self) -> None:
        self.client.force_login(self.alice)
        self.assertEqual(
            sorted(self.texts()), ["I went quiet", "bob worked late", "phone at dinner"]
        )

    def test_it_filters_by_exit_topic_and_actor_from_the_viewers_side(self) -> None:
        self.client.force_login(self.alice)
        self.assertEqual(self.texts(exit="shutting_down"), ["I went quiet"])
        self.assertEqual(self.texts(topic="work"), ["bob worked late"])
        self.assertEqual(self.texts(actor="self"), ["I went quiet"])
        # Bob wrote "self" about working late: to Alice that is her partner.
        self.assertEqual(
            sorted(self.texts(actor="partner")), ["bob worked late", "phone at dinner"]
        )
        self.assertEqual(self.texts(exit="overworking", actor="self"), [])

    def test_htmx_asks_only_for_the_results(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.get(
            reverse("moments:timeline"), {"topic": "money"}, headers={"HX-Request": "true"}
        )
        body = response.content.decode()
        self.assertTrue(body.lstrip().startswith('<div id="results">'))
        self.assertIn("I went quiet", body)
        self.assertNotIn("<html", body)

    def test_a_bad_filter_value_shows_everything_instead_of_failing(self) -> None:
        self.client.force_login(self.alice)
        self.assertEqual(len(self.texts(exit="nonsense")), 3)

    def test_it_uses_a_fixed_number_of_queries(self) -> None:
        for n in range(10):
            self.moment(self.alice, text=f"more {n}").set_exits([("distraction", "self")])
        self.client.force_login(self.alice)
        with self.assertNumQueries(6):
            self.client.get(reverse("moments:timeline"))


class TimelinePagesTestCase(BaseTestCase):
    def test_pages_keep_the_filters_safely_encoded(self) -> None:
        for n in range(25):
            self.moment(self.alice, text=f"m{n}", topic="money")
        self.client.force_login(self.alice)
        response = self.client.get(reverse("moments:timeline"), {"topic": "money", "x": '"><b'})
        self.assertContains(response, "?topic=money&amp;x=%22%3E%3Cb&amp;page=2")

    def test_going_back_through_htmx_history_gets_the_whole_page(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.get(
            reverse("moments:timeline"),
            headers={"HX-Request": "true", "HX-History-Restore-Request": "true"},
        )
        self.assertContains(response, "data-quick-exit")
        self.assertIn("HX-Request", response["Vary"])


class AddressTestCase(BaseTestCase):
    def test_addresses_are_random_so_gaps_count_nothing(self) -> None:
        first, second = self.moment(self.alice), self.moment(self.alice)
        self.assertGreaterEqual(len(first.uid), 12)
        self.assertNotEqual(first.uid, second.uid)
        # The address carries the random uid as its last part, never the row number (a random
        # uid may well contain the digit "1" somewhere, which means nothing).
        address = reverse("moments:detail", args=[first.uid])
        self.assertTrue(address.endswith(f"/{first.uid}/"))
        self.assertNotIn(f"/{first.pk}/", address)
        self.client.force_login(self.alice)
        self.assertEqual(
            self.client.get(reverse("moments:detail", args=[str(first.pk)])).status_code, 404
        )
