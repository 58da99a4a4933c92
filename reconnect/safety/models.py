from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

KINDS = [("partner_violence", "Partner violence"), ("self_harm", "Self-harm")]
RESOLUTIONS = [("safe", "I'm safe"), ("not_about_me", "This isn't about me")]
# Whose danger the words spoke of: the writer's own, or their partner's as the writer tells it.
ABOUT = [("self", "The writer"), ("partner", "The writer's partner")]


class SafetyFlagQuerySet(models.QuerySet["SafetyFlag"]):
    def active(self) -> SafetyFlagQuerySet:
        return self.filter(resolved__isnull=True)


class SafetyFlag(models.Model):
    """Something a person wrote suggested they may not be safe.

    It belongs to that person alone: never shared, never exported, never shown to a partner.
    While one stands, the app stops suggesting couple exercises to them.
    """

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=KINDS)
    about = models.CharField(max_length=10, choices=ABOUT, default="self")
    created = models.DateTimeField(default=timezone.now)
    resolved = models.DateTimeField(null=True, blank=True)
    resolution = models.CharField(max_length=20, choices=RESOLUTIONS, blank=True)

    objects = SafetyFlagQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["owner", "resolved"])]

    def __str__(self) -> str:
        return f"{self.kind} ({'resolved' if self.resolved else 'active'})"
