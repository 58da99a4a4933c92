from __future__ import annotations

from typing import Any

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from reconnect.lib.sharing import Owned
from reconnect.lib.vocabulary import (
    ACTOR_LABELS,
    ACTORS,
    EFFECT_LABELS,
    EXIT_CHOICES,
    EXIT_LABELS,
    STEP_LABELS,
    TOPIC_LABELS,
    TOPICS,
)

TEXT_LIMIT = 10_000


class Moment(Owned):
    """Something that happened between the two of them, in the person's own words."""

    text = models.TextField(blank=True, max_length=TEXT_LIMIT)
    effects = models.JSONField(default=list, blank=True)
    feelings = models.JSONField(default=list, blank=True)
    steps = models.JSONField(default=list, blank=True)
    topic = models.CharField(max_length=10, choices=TOPICS, blank=True)
    intensity = models.PositiveSmallIntegerField(
        default=3, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    happened = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-happened", "-id"]

    def __str__(self) -> str:
        return f"Moment {self.pk}"

    @property
    def effect_labels(self) -> list[str]:
        return [EFFECT_LABELS.get(e, e) for e in self.effects]

    @property
    def step_labels(self) -> list[str]:
        return [STEP_LABELS.get(s, s) for s in self.steps]

    @property
    def topic_label(self) -> str:
        return TOPIC_LABELS.get(self.topic, "")

    def set_exits(self, exits: list[tuple[str, str]]) -> None:
        self.exits.all().delete()
        ExitSeen.objects.bulk_create(ExitSeen(moment=self, type=t, actor=a) for t, a in exits)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.pk,
            "text": self.text,
            "exits": [{"type": e.type, "actor": e.actor} for e in self.exits.all()],
            "effects": list(self.effects),
            "feelings": list(self.feelings),
            "steps": list(self.steps),
            "topic": self.topic,
            "intensity": self.intensity,
            "happened": self.happened.isoformat(),
            "visibility": self.visibility,
            "created": self.created.isoformat(),
            "updated": self.updated.isoformat(),
        }


class ExitSeen(models.Model):
    """One exit a person saw in a moment, and who took it."""

    moment = models.ForeignKey(Moment, on_delete=models.CASCADE, related_name="exits")
    type = models.CharField(max_length=20, choices=EXIT_CHOICES)
    actor = models.CharField(max_length=8, choices=ACTORS)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["moment", "type"], name="one_actor_per_exit_type")
        ]

    def __str__(self) -> str:
        return f"{self.type} ({self.actor})"

    @property
    def label(self) -> str:
        return EXIT_LABELS.get(self.type, self.type)

    @property
    def actor_label(self) -> str:
        return ACTOR_LABELS.get(self.actor, self.actor)
