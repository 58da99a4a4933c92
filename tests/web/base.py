"""The cast, built once: Alice and Bob are a couple; Charlie is on his own."""

from __future__ import annotations

from typing import Any

from django.test import TestCase

from reconnect.accounts.models import User
from reconnect.checkins.models import CheckIn
from reconnect.couples.models import Couple
from reconnect.moments.models import Moment

PASSWORD = "correct horse battery"


class BaseTestCase(TestCase):
    alice: User
    bob: User
    charlie: User

    @classmethod
    def setUpTestData(cls) -> None:
        couple = Couple.objects.create()
        cls.alice = User.objects.create_user(
            "alice@example.org", PASSWORD, name="Alice", couple=couple, country="US"
        )
        cls.bob = User.objects.create_user(
            "bob@example.org", PASSWORD, name="Bob", couple=couple, country="GB"
        )
        cls.charlie = User.objects.create_user(
            "charlie@example.org", PASSWORD, name="Charlie", country="CA"
        )

    def moment(self, owner: User, **fields: Any) -> Moment:
        fields.setdefault("text", f"A moment by {owner.name}")
        return Moment.objects.create(owner=owner, **fields)

    def checkin(self, owner: User, **fields: Any) -> CheckIn:
        fields.setdefault("closeness", 6)
        from django.utils import timezone

        fields.setdefault("day", timezone.localdate())
        return CheckIn.objects.create(owner=owner, **fields)
