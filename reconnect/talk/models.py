from __future__ import annotations

from typing import Any

from django.db import models

from reconnect.lib.sharing import Owned

NOTE_LIMIT = 2_000


class Note(Owned):
    """Words a person chose to say to their partner, sent as a shared note."""

    text = models.TextField(max_length=NOTE_LIMIT)

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"Note {self.pk}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "visibility": self.visibility,
            "created": self.created.isoformat(),
        }
