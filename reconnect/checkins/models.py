from __future__ import annotations

from typing import Any

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from reconnect.lib.sharing import Owned

NOTE_LIMIT = 2_000


class CheckIn(Owned):
    """How close a person felt on one day. One per person per day; saving again replaces it."""

    day = models.DateField()
    # Our own 0-10 rating. It is not a validated scale, and the page says so.
    closeness = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(0), MaxValueValidator(10)]
    )
    felt_hurt = models.BooleanField(default=False)
    felt_lonely = models.BooleanField(default=False)
    felt_misunderstood = models.BooleanField(default=False)
    note = models.TextField(blank=True, max_length=NOTE_LIMIT)

    class Meta:
        ordering = ["-day"]
        constraints = [models.UniqueConstraint(fields=["owner", "day"], name="one_checkin_a_day")]

    def __str__(self) -> str:
        return f"Check-in {self.day}"

    @property
    def felt(self) -> list[str]:
        pairs = [
            (self.felt_hurt, "hurt"),
            (self.felt_lonely, "lonely"),
            (self.felt_misunderstood, "misunderstood"),
        ]
        return [word for flag, word in pairs if flag]

    def to_dict(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "closeness": self.closeness,
            "felt_hurt": self.felt_hurt,
            "felt_lonely": self.felt_lonely,
            "felt_misunderstood": self.felt_misunderstood,
            "note": self.note,
            "visibility": self.visibility,
        }
