"""The engine's suggestions beside the moment form and on a saved moment."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from reconnect.analysis.engine import analyze
from reconnect.lib.sharing import PRIVATE, SHARED
from reconnect.moments.models import Moment
from tests.web.base import BaseTestCase

PHONE = "He grabbed his phone and started scrolling when I brought up the bills."


class SuggestTestCase(BaseTestCase):
    def test_it_shows_the_exit_and_its_evidence_while_writing(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(
            reverse("moments:suggest"), {"text": PHONE}, headers={"HX-Request": "true"}
        )
        body = response.content.decode()
        self.assertTrue(body.lstrip().startswith('<div id="suggestions"'))
        self.assertIn('data-apply-field="exit_distraction" data-apply-value="partner"', body)
        evidence = analyze(PHONE).exits[0].evidence
        self.assertIn(f'<mark title="distraction">{evidence}</mark>', body)

    def test_each_suggestion_quotes_its_words_once_then_says_why(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(
            reverse("moments:suggest"), {"text": PHONE}, headers={"HX-Request": "true"}
        )
        finding = analyze(PHONE).exits[0]
        body = response.content.decode()
        self.assertIn(f"\u201c{finding.evidence}\u201d \u2014 {finding.reason}", body)
        self.assertNotIn(f"\u2018{finding.evidence}\u2019", body)

    def test_it_escapes_what_the_person_wrote(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(
            reverse("moments:suggest"), {"text": "<script>alert(1)</script> " + PHONE}
        )
        self.assertNotContains(response, "<script>alert(1)</script>")
        self.assertContains(response, "&lt;script&gt;")

    def test_an_empty_draft_gets_a_quiet_invitation(self) -> None:
        self.client.force_login(self.alice)
        response = self.client.post(reverse("moments:suggest"), {"text": "  "})
        self.assertContains(response, "You decide what to keep")

    def test_suggestions_never_save_anything_by_themselves(self) -> None:
        self.client.force_login(self.alice)
        self.client.post(reverse("moments:suggest"), {"text": PHONE})
        self.assertFalse(Moment.objects.exists())

    def test_what_the_person_chooses_is_what_is_saved(self) -> None:
        self.client.force_login(self.alice)
        self.client.post(
            reverse("moments:new"),
            {
                "text": PHONE,
                "exit_shutting_down": "self",
                "intensity": "3",
                "happened": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
                "visibility": PRIVATE,
            },
        )
        moment = Moment.objects.get()
        self.assertEqual(
            [(e.type, e.actor) for e in moment.exits.all()], [("shutting_down", "self")]
        )


class SavedMomentSuggestionsTestCase(BaseTestCase):
    def test_the_owner_sees_what_they_have_not_recorded_and_can_add_it(self) -> None:
        moment = self.moment(self.alice, text=PHONE)
        self.client.force_login(self.alice)
        detail = self.client.get(reverse("moments:detail", args=[moment.uid]))
        self.assertContains(detail, "Reconnect also noticed")
        self.client.post(
            reverse("moments:accept", args=[moment.uid]),
            {"kind": "exit", "type": "distraction", "actor": "partner"},
        )
        self.assertEqual(
            [(e.type, e.actor) for e in moment.exits.all()], [("distraction", "partner")]
        )
        detail = self.client.get(reverse("moments:detail", args=[moment.uid]))
        self.assertNotContains(detail, 'name="type" value="distraction"')

    def test_effects_and_steps_can_be_added_once(self) -> None:
        moment = self.moment(self.alice, text="x")
        self.client.force_login(self.alice)
        url = reverse("moments:accept", args=[moment.uid])
        for _ in range(2):
            self.client.post(url, {"kind": "effect", "type": "loneliness"})
            self.client.post(url, {"kind": "step", "type": "notice"})
        moment.refresh_from_db()
        self.assertEqual((moment.effects, moment.steps), (["loneliness"], ["notice"]))

    def test_a_made_up_suggestion_is_refused(self) -> None:
        moment = self.moment(self.alice, text="x")
        self.client.force_login(self.alice)
        self.client.post(
            reverse("moments:accept", args=[moment.uid]),
            {"kind": "exit", "type": "napping", "actor": "self"},
        )
        self.assertFalse(moment.exits.exists())

    def test_the_partner_never_sees_the_engines_suggestions(self) -> None:
        moment = self.moment(self.alice, text=PHONE, visibility=SHARED)
        self.client.force_login(self.bob)
        detail = self.client.get(reverse("moments:detail", args=[moment.uid]))
        self.assertContains(detail, "grabbed his phone")
        self.assertNotContains(detail, "Reconnect also noticed")
