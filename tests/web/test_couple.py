from __future__ import annotations

import re
from datetime import timedelta

from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from reconnect.accounts.models import User
from reconnect.couples.models import Couple, Invite, hash_token
from reconnect.lib.sharing import PRIVATE, SHARED
from tests.web.base import PASSWORD, BaseTestCase


class InviteTestCase(BaseTestCase):
    def setUp(self) -> None:
        self.dora = User.objects.create_user("dora@example.org", PASSWORD, name="Dora")

    def invite_url(self, user: User) -> str:
        self.client.force_login(user)
        response = self.client.post(reverse("couples:invite"))
        match = re.search(r'value="https?://[^/"]+(/join/[^"]+)"', response.content.decode())
        assert match
        return match.group(1)

    def test_an_invite_is_stored_only_as_a_hash(self) -> None:
        url = self.invite_url(self.charlie)
        token = url.rstrip("/").rsplit("/", 1)[1]
        invite = Invite.objects.get(inviter=self.charlie)
        self.assertEqual(invite.token_hash, hash_token(token))
        self.assertNotIn(token, invite.token_hash)
        self.assertGreaterEqual(len(token), 40)

    @override_settings(
        SITE_URL="https://reconnect.example", ALLOWED_HOSTS=["other.example", "testserver"]
    )
    def test_the_invite_link_comes_from_site_url_not_the_host_header(self) -> None:
        self.client.force_login(self.charlie)
        response = self.client.post(reverse("couples:invite"), HTTP_HOST="other.example")
        self.assertContains(response, 'value="https://reconnect.example/join/')
        self.assertNotContains(response, "other.example")

    def test_the_partner_joins_with_the_link(self) -> None:
        url = self.invite_url(self.charlie)
        self.client.force_login(self.dora)
        self.assertContains(self.client.get(url), "Join Charlie")
        self.client.post(url)
        self.charlie.refresh_from_db()
        self.dora.refresh_from_db()
        self.assertIsNotNone(self.charlie.couple_id)
        self.assertEqual(self.charlie.couple_id, self.dora.couple_id)
        self.assertEqual(self.charlie.partner, self.dora)

    def test_a_link_works_only_once(self) -> None:
        url = self.invite_url(self.charlie)
        self.client.force_login(self.dora)
        self.client.post(url)
        eve = User.objects.create_user("eve@example.org", PASSWORD, name="Eve")
        self.client.force_login(eve)
        self.assertEqual(self.client.get(url).status_code, 404)
        eve.refresh_from_db()
        self.assertIsNone(eve.couple_id)

    def test_a_link_expires_after_seven_days(self) -> None:
        url = self.invite_url(self.charlie)
        Invite.objects.update(expires=timezone.now() - timedelta(seconds=1))
        self.client.force_login(self.dora)
        self.assertEqual(self.client.post(url).status_code, 404)

    def test_a_link_lasts_seven_days(self) -> None:
        self.invite_url(self.charlie)
        invite = Invite.objects.get()
        self.assertAlmostEqual(
            invite.expires - invite.created, timedelta(days=7), delta=timedelta(seconds=5)
        )

    def test_a_new_link_stops_the_old_one(self) -> None:
        old = self.invite_url(self.charlie)
        self.invite_url(self.charlie)
        self.client.force_login(self.dora)
        self.assertEqual(self.client.get(old).status_code, 404)

    def test_someone_in_a_couple_cannot_join_another(self) -> None:
        url = self.invite_url(self.charlie)
        self.client.force_login(self.alice)
        response = self.client.post(url, follow=True)
        self.assertContains(response, "already in a couple")
        self.alice.refresh_from_db()
        self.assertEqual(self.alice.couple_id, self.bob.couple_id)

    def test_a_person_cannot_join_their_own_invite(self) -> None:
        url = self.invite_url(self.charlie)
        response = self.client.post(url, follow=True)
        self.assertContains(response, "your own invite")
        self.charlie.refresh_from_db()
        self.assertIsNone(self.charlie.couple_id)

    def test_someone_logged_out_is_offered_signup_and_login_that_return_here(self) -> None:
        url = self.invite_url(self.charlie)
        self.client.logout()
        response = self.client.get(url)
        self.assertContains(response, "Charlie invited you")
        self.assertContains(response, "next=%2Fjoin%2F")

    def test_a_person_in_a_couple_cannot_make_an_invite(self) -> None:
        self.client.force_login(self.alice)
        self.client.post(reverse("couples:invite"))
        self.assertFalse(Invite.objects.filter(inviter=self.alice).exists())


class LeaveTestCase(BaseTestCase):
    def test_leaving_ends_the_couple_and_makes_shared_items_private(self) -> None:
        alices = self.moment(self.alice, visibility=SHARED, text="alice shared")
        bobs = self.moment(self.bob, visibility=SHARED, text="bob shared")
        self.checkin(self.bob, visibility=SHARED, note="bob checkin")
        couple_id = self.alice.couple_id
        self.client.force_login(self.bob)
        self.client.post(reverse("couples:leave"))
        for user in (self.alice, self.bob):
            user.refresh_from_db()
            self.assertIsNone(user.couple_id)
        self.assertIsNotNone(Couple.objects.get(pk=couple_id).ended)
        for m in (alices, bobs):
            m.refresh_from_db()
            self.assertEqual(m.visibility, PRIVATE)
        # Each keeps their own entries; nothing of one shows to the other.
        self.assertContains(self.client.get(reverse("moments:timeline")), "bob shared")
        self.assertNotContains(self.client.get(reverse("moments:timeline")), "alice shared")
        self.client.force_login(self.alice)
        self.assertNotContains(self.client.get(reverse("checkins:history")), "bob checkin")

    def test_a_new_partner_never_sees_what_was_shared_before(self) -> None:
        self.moment(self.alice, visibility=SHARED, text="for bob only")
        self.client.force_login(self.alice)
        self.client.post(reverse("couples:leave"))
        _, token = Invite.issue(self.alice)
        self.client.force_login(self.charlie)
        self.client.post(reverse("couples:join", args=[token]))
        self.assertNotContains(self.client.get(reverse("moments:timeline")), "for bob only")


class FreshStartTestCase(BaseTestCase):
    def test_shared_is_not_offered_to_someone_on_their_own(self) -> None:
        self.client.force_login(self.charlie)
        form = self.client.get(reverse("moments:new"))
        self.assertNotContains(form, 'value="shared"')
        self.assertContains(form, "you can share once your partner joins")

    def test_nothing_written_before_joining_becomes_visible(self) -> None:
        # Even an item somehow marked shared while alone starts private in a new couple.
        self.moment(self.charlie, visibility=SHARED, text="written while single")
        dora = User.objects.create_user("dora@example.org", PASSWORD, name="Dora")
        _, token = Invite.issue(dora)
        self.client.force_login(self.charlie)
        self.client.post(reverse("couples:join", args=[token]))
        self.client.force_login(dora)
        self.assertNotContains(self.client.get(reverse("moments:timeline")), "written while single")

    def test_old_links_die_when_their_maker_joins_someone(self) -> None:
        dora = User.objects.create_user("dora@example.org", PASSWORD, name="Dora")
        _, charlies_link = Invite.issue(self.charlie)
        _, doras_link = Invite.issue(dora)
        self.client.force_login(self.charlie)
        self.client.post(reverse("couples:join", args=[doras_link]))
        self.assertFalse(Invite.objects.filter(inviter=self.charlie).exists())
        self.assertEqual(
            self.client.get(reverse("couples:join", args=[charlies_link])).status_code, 404
        )
