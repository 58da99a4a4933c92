from __future__ import annotations

import random
import secrets
from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from reconnect.accounts.models import User
from reconnect.checkins.models import CheckIn
from reconnect.couples.models import Couple
from reconnect.lib.sharing import PRIVATE, SHARED
from reconnect.moments.models import Moment

# (writer, text, exits as (type, actor), effects, feelings, topic, intensity)
# "a" is Maya, "b" is Jonas. Written for the demo; ordinary weeks, good days and hard ones.
STORIES: list[tuple[str, str, list[tuple[str, str]], list[str], list[str], str, int]] = [
    (
        "a",
        "I brought up the holiday money at dinner and Jonas picked up his phone and started "
        "scrolling. I stopped talking halfway through.",
        [("distraction", "partner")],
        ["hurt"],
        ["frustrated", "sad"],
        "money",
        3,
    ),
    (
        "b",
        "Maya asked how the review went and I said 'fine' and went to fold laundry. It wasn't "
        "fine. I didn't want to get into it.",
        [("shutting_down", "self"), ("overworking", "self")],
        ["loneliness"],
        ["tired", "embarrassed"],
        "work",
        3,
    ),
    (
        "a",
        "We walked to the bakery with no phones. He told me about his dad. First real talk "
        "in a week.",
        [],
        [],
        ["close", "grateful"],
        "time",
        2,
    ),
    (
        "b",
        "I said 'must be nice to have time for coffee with Lena' when Maya got home. It came "
        "out sharp. What I meant was I missed her.",
        [("fighting_blaming", "self")],
        ["misunderstanding"],
        ["lonely", "jealous"],
        "time",
        4,
    ),
    (
        "a",
        "Spent all Saturday helping my sister move instead of the afternoon we'd planned. I "
        "think I was avoiding the talk about his job.",
        [("focusing_on_others", "self")],
        ["loneliness"],
        ["worried"],
        "family",
        3,
    ),
    (
        "b",
        "Late at the office again. I told myself it was the deadline.",
        [("overworking", "self")],
        [],
        ["tired"],
        "work",
        2,
    ),
    (
        "a",
        "He went quiet for the whole drive home after my mum's. I didn't ask why. We both "
        "just looked out of the windows.",
        [("shutting_down", "both")],
        ["loneliness"],
        ["sad"],
        "family",
        3,
    ),
    (
        "b",
        "I noticed I reach for the TV remote every time Maya sighs. Tonight I turned it off "
        "and asked what was up.",
        [],
        [],
        ["hopeful"],
        "other",
        2,
    ),
    (
        "a",
        "Argued about the dishes, again, but really about feeling like the only one who "
        "plans anything.",
        [("fighting_blaming", "both")],
        ["hurt", "misunderstanding"],
        ["frustrated", "tired"],
        "chores",
        4,
    ),
    (
        "b",
        "Cooked her favourite soup and we ate it on the balcony. Nice evening.",
        [],
        [],
        ["calm", "tender"],
        "time",
        1,
    ),
    (
        "a",
        "Gaming until 1am the night after I said I was scared about the scan.",
        [("distraction", "partner")],
        ["hurt", "loneliness"],
        ["scared", "lonely"],
        "health",
        5,
    ),
    (
        "b",
        "She was on a group chat with her friends all evening. I felt like furniture.",
        [("distraction", "partner")],
        ["loneliness"],
        ["lonely"],
        "time",
        3,
    ),
    (
        "a",
        "Told him gently that I feel alone when the phone comes out at dinner. He listened. "
        "We're trying a basket for phones.",
        [],
        [],
        ["hopeful", "relieved"],
        "time",
        2,
    ),
    (
        "b",
        "Took the dog out for an hour right when Maya wanted to talk about my brother.",
        [("focusing_on_others", "self")],
        ["misunderstanding"],
        ["worried"],
        "family",
        3,
    ),
]


class Command(BaseCommand):
    help = "Create a demo couple (Maya and Jonas) with eight weeks of moments and check-ins."

    def handle(self, *args: Any, **options: Any) -> None:
        rng = random.Random(8)
        passwords = {
            email: secrets.token_urlsafe(9) for email in ("maya@example.com", "jonas@example.com")
        }
        with transaction.atomic():
            User.objects.filter(email__in=passwords).delete()
            couple = Couple.objects.create()
            maya = User.objects.create_user(
                "maya@example.com",
                passwords["maya@example.com"],
                name="Maya",
                country="GB",
                timezone="Europe/London",
                couple=couple,
            )
            jonas = User.objects.create_user(
                "jonas@example.com",
                passwords["jonas@example.com"],
                name="Jonas",
                country="GB",
                timezone="Europe/London",
                couple=couple,
            )
            people = {"a": maya, "b": jonas}
            now = timezone.now()
            for week in range(8):
                for writer, text, exits, effects, feelings, topic, intensity in rng.sample(
                    STORIES, 4
                ):
                    moment = Moment.objects.create(
                        owner=people[writer],
                        text=text,
                        effects=effects,
                        feelings=feelings,
                        topic=topic,
                        intensity=intensity,
                        visibility=SHARED if rng.random() < 0.6 else PRIVATE,
                        happened=now
                        - timedelta(days=7 * week + rng.randint(0, 6), hours=rng.randint(0, 10)),
                    )
                    moment.set_exits(exits)
            for day in range(56):
                for person in (maya, jonas):
                    if rng.random() < 0.25:
                        continue  # real people skip days, and that's fine
                    closeness = max(0, min(10, round(6 + 2 * rng.gauss(0, 1) + day / 28)))
                    CheckIn.objects.create(
                        owner=person,
                        day=timezone.localdate() - timedelta(days=day),
                        closeness=closeness,
                        felt_lonely=closeness < 5,
                        felt_hurt=closeness < 4 and rng.random() < 0.5,
                        felt_misunderstood=rng.random() < 0.15,
                        visibility=SHARED if rng.random() < 0.7 else PRIVATE,
                    )
        self.stdout.write("Demo couple ready. Log in as either partner:")
        for email, password in passwords.items():
            self.stdout.write(f"  {email}  password: {password}")
