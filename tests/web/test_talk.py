from __future__ import annotations

from django.urls import reverse

from reconnect.talk.models import Note
from tests.web.base import BaseTestCase

HARSH = "You never listen to me. You always have your face in your phone."


class CoachPageTestCase(BaseTestCase):
    def test_it_highlights_blame_and_offers_a_gentler_version(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(reverse("talk:talk"), {"draft": HARSH})
        coaching = response.context["coaching"]
        self.assertEqual(coaching.tone, "harsh")
        self.assertIn("criticism", {m.type for m in coaching.markers})
        self.assertTrue(coaching.suggestion)
        self.assertContains(response, "<mark")
        self.assertContains(response, "A gentler way to say it")
        # Without JavaScript the suggestion is ready in the box to send or copy.
        self.assertContains(response, f">{coaching.suggestion}</textarea>", html=False)

    def test_htmx_gets_only_the_coach_panel(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(
            reverse("talk:talk"), {"draft": HARSH}, headers={"HX-Request": "true"}
        )
        body = response.content.decode()
        self.assertTrue(body.lstrip().startswith('<div id="coach"'))
        self.assertNotIn("<html", body)

    def test_a_gentle_draft_is_recognised(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(
            reverse("talk:talk"),
            {"draft": "I felt lonely at dinner tonight. Could we put our phones away tomorrow?"},
        )
        self.assertEqual(response.context["coaching"].tone, "gentle")

    def test_it_builds_an_i_statement_from_the_parts(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(
            reverse("talk:talk"),
            {
                "draft": "",
                "feeling": "lonely",
                "situation": "the phones come out at dinner.",
                "need": "some time that's just us",
                "request": "keep dinner phone-free?",
            },
        )
        self.assertEqual(
            response.context["statement"],
            "I feel lonely when the phones come out at dinner. I need some time that's just "
            "us. Could we keep dinner phone-free?",
        )

    def test_an_over_long_draft_is_refused_and_kept(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(reverse("talk:talk"), {"draft": "z" * 2_001})
        self.assertContains(response, "the most we can keep is 2,000")
        self.assertContains(response, "z" * 2_001)


class SendNoteTestCase(BaseTestCase):
    def test_a_note_reaches_the_partner_and_nobody_else(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(reverse("talk:send"), {"text": "I miss our walks."})
        self.assertRedirects(response, reverse("talk:talk"))
        self.assertEqual(Note.objects.get().text, "I miss our walks.")
        self.client.force_login(self.bob)
        self.assertContains(self.client.get(reverse("talk:talk")), "I miss our walks.")
        self.client.force_login(self.charlie)
        self.assertNotContains(self.client.get(reverse("talk:talk")), "I miss our walks.")

    def test_someone_without_a_partner_cannot_send(self) -> None:
        self.client.force_login(self.charlie)
        response = self.client.post(reverse("talk:send"), {"text": "hello?"})
        self.assertContains(response, "Invite your partner first")
        self.assertFalse(Note.objects.exists())

    def test_an_empty_note_gets_a_clear_message(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(reverse("talk:send"), {"text": "   "})
        self.assertContains(response, "Write a few words before sending.")

    def test_only_the_writer_can_delete_a_note(self) -> None:
        note = Note.objects.create(owner=self.alice, text="hi", visibility="shared")
        self.client.force_login(self.bob)
        self.client.post(reverse("talk:delete_note", args=[note.uid]))
        self.assertTrue(Note.objects.filter(pk=note.pk).exists())
        self.client.force_login(self.alice)
        self.client.post(reverse("talk:delete_note", args=[note.uid]))
        self.assertFalse(Note.objects.filter(pk=note.pk).exists())
