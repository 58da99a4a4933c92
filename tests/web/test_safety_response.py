"""When what a person writes shows danger: private support, no couple exercises, partner told nothing."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from reconnect.lib.sharing import PRIVATE, SHARED
from reconnect.moments.models import Moment
from reconnect.safety.models import SafetyFlag
from reconnect.talk.models import Note
from tests.web.base import BaseTestCase

DANGER = "He reads all my messages and I'm not allowed out without telling him. I'm scared of him."
PANEL = "We want to check you"


class SafetyResponseTestCase(BaseTestCase):
    def log(self, text: str, visibility: str = PRIVATE):  # type: ignore[no-untyped-def]
        return self.client.post(
            reverse("moments:new"),
            {
                "text": text,
                "intensity": "3",
                "visibility": visibility,
                "happened": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            },
            follow=True,
        )

    def test_a_moment_showing_danger_brings_private_support(self) -> None:
        self.client.force_login(self.alice)
        response = self.log(DANGER)
        self.assertContains(response, PANEL)
        self.assertContains(response, "1-800-799-7233")  # Alice lives in the US
        self.assertEqual(
            list(SafetyFlag.objects.active().values_list("kind", flat=True)), ["partner_violence"]
        )

    def test_it_is_kept_private_even_when_shared_was_chosen(self) -> None:
        self.client.force_login(self.alice)
        self.log(DANGER, visibility=SHARED)
        self.assertEqual(Moment.objects.get().visibility, PRIVATE)

    def test_the_partner_sees_nothing_at_all(self) -> None:
        self.client.force_login(self.alice)
        self.log(DANGER, visibility=SHARED)
        self.client.force_login(self.bob)
        for name in ("pages:home", "moments:timeline", "checkins:history", "talk:talk"):
            body = self.client.get(reverse(name)).content.decode()
            self.assertNotIn(PANEL, body)
            self.assertNotIn("reads all my messages", body)

    def test_couple_exercises_pause_while_the_flag_stands(self) -> None:
        self.client.force_login(self.alice)
        self.log(DANGER)
        talk = self.client.get(reverse("talk:talk"))
        self.assertNotContains(talk, "Send to Bob")
        self.assertContains(talk, "The talk tools are paused")
        self.client.post(reverse("talk:send"), {"text": "Can we talk tonight?"})
        self.assertFalse(Note.objects.exists())

    def test_im_safe_lifts_the_pause(self) -> None:
        self.client.force_login(self.alice)
        self.log(DANGER)
        self.client.post(reverse("safety:resolve"), {"resolution": "safe"})
        self.assertFalse(SafetyFlag.objects.active().exists())
        self.assertEqual(SafetyFlag.objects.get().resolution, "safe")
        self.assertNotContains(self.client.get(reverse("pages:home")), PANEL)
        self.assertContains(self.client.get(reverse("talk:talk")), "Send to Bob")

    def test_passive_thoughts_of_self_harm_are_caught_too(self) -> None:
        self.client.force_login(self.alice)
        response = self.log("Honestly I feel like a weight on everyone lately.")
        self.assertContains(response, PANEL)
        self.assertEqual(SafetyFlag.objects.get().kind, "self_harm")

    def test_figures_of_speech_do_not_raise_a_flag(self) -> None:
        self.client.force_login(self.alice)
        self.log("This heat is killing me, and I'll kill him if he spoils the book haha.")
        self.assertFalse(SafetyFlag.objects.exists())

    def test_a_check_in_note_is_read_too(self) -> None:
        self.client.force_login(self.alice)
        self.client.post(
            reverse("checkins:today"), {"closeness": "2", "visibility": PRIVATE, "note": DANGER}
        )
        self.assertTrue(SafetyFlag.objects.active().filter(owner=self.alice).exists())

    def test_flags_are_never_exported(self) -> None:
        self.client.force_login(self.alice)
        self.log(DANGER)
        export = self.client.post(reverse("accounts:export")).content.decode()
        self.assertNotIn("partner_violence", export)

    def test_danger_typed_into_the_form_brings_the_panel_at_once(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(
            reverse("moments:suggest"), {"text": DANGER}, headers={"HX-Request": "true"}
        )
        self.assertContains(response, PANEL)
        self.assertContains(response, "1-800-799-7233")

    def test_danger_typed_into_a_draft_brings_the_panel_and_no_coaching(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(
            reverse("talk:talk"), {"draft": DANGER}, headers={"HX-Request": "true"}
        )
        self.assertContains(response, PANEL)
        self.assertNotContains(response, "A gentler way to say it")

    def test_no_invites_and_no_steps_are_suggested_while_the_flag_stands(self) -> None:
        self.client.force_login(self.charlie)
        self.log(DANGER)
        self.client.post(reverse("couples:invite"))
        from reconnect.couples.models import Invite

        self.assertFalse(Invite.objects.filter(inviter=self.charlie).exists())
        self.assertContains(
            self.client.get(reverse("couples:couple")), "Inviting a partner is paused"
        )
        self.assertNotContains(self.client.get(reverse("pages:home")), "Find the words")
        response = self.client.post(
            reverse("moments:suggest"),
            {"text": "I noticed I was pulling away, so we went for a long walk and talked."},
        )
        self.assertNotContains(response, 'data-apply-field="steps"')

    def test_the_panel_sends_the_person_back_to_the_page_they_were_on(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(
            reverse("moments:suggest"),
            {"text": DANGER},
            headers={"HX-Request": "true", "HX-Current-URL": "http://testserver/moments/new/"},
        )
        self.assertContains(response, 'name="next" value="/moments/new/"')


WORRIED = "Sam stopped eating this week and told me he doesn't see the point. I'm scared for him."
FOR_PARTNER = "You don't have to hold this alone"


class WorriedForPartnerTestCase(BaseTestCase):
    """A person reporting their partner's words about not wanting to be here is supporting
    someone else: the panel speaks to that, and still to nobody but them."""

    log = SafetyResponseTestCase.log

    def test_worry_for_the_partner_gets_words_for_a_supporter(self) -> None:
        self.client.force_login(self.alice)
        response = self.log(WORRIED, visibility=SHARED)
        self.assertContains(response, FOR_PARTNER)
        self.assertContains(response, "If they're in danger now")
        self.assertContains(response, "988")
        self.assertNotContains(response, PANEL)
        flag = SafetyFlag.objects.active().get(owner=self.alice)
        self.assertEqual((flag.kind, flag.about), ("self_harm", "partner"))
        self.assertEqual(Moment.objects.get().visibility, PRIVATE)
        self.client.force_login(self.bob)
        for name in ("pages:home", "moments:timeline"):
            body = self.client.get(reverse(name)).content.decode()
            self.assertNotIn(FOR_PARTNER, body)
            self.assertNotIn("see the point", body)

    def test_the_writers_own_danger_outweighs_worry_for_the_partner(self) -> None:
        self.client.force_login(self.alice)
        self.log(WORRIED)
        response = self.log("Some nights I think everyone would be better off without me.")
        self.assertContains(response, PANEL)
        self.assertNotContains(response, FOR_PARTNER)
        self.assertEqual(
            list(SafetyFlag.objects.active().values_list("about", flat=True)), ["self"]
        )

    def test_the_writers_own_words_in_the_same_text_count_as_theirs(self) -> None:
        for own in (
            " Honestly I don't want to be alive either.",
            " Honestly I don't see the point of living either.",
            " Me too, some days.",
        ):
            with self.subTest(own=own):
                SafetyFlag.objects.all().delete()
                self.client.force_login(self.alice)
                response = self.log(WORRIED + own)
                self.assertContains(response, PANEL)
                self.assertNotContains(response, FOR_PARTNER)

    def test_while_typing_the_same_reading_applies(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(
            reverse("moments:suggest"), {"text": WORRIED}, headers={"HX-Request": "true"}
        )
        self.assertContains(response, FOR_PARTNER)
        self.assertEqual(SafetyFlag.objects.active().get().about, "partner")
