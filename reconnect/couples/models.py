from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Couple(models.Model):
    """Two people who share a space. A couple ends when either partner leaves."""

    created = models.DateTimeField(default=timezone.now)
    ended = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Couple {self.pk}"


class InviteError(Exception):
    """Why an invite cannot be used, in words fit to show the person."""


class Invite(models.Model):
    """A single-use link to join someone. Only a hash of the token is stored."""

    inviter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="invites"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(default=timezone.now)
    expires = models.DateTimeField()
    used = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Invite from {self.inviter_id}"

    @classmethod
    def issue(cls, inviter: models.Model) -> tuple[Invite, str]:
        """Create an invite and return it with the only copy of its clear token."""
        token = secrets.token_urlsafe(32)
        # A newer link replaces older unused ones, so only one is ever live.
        cls.objects.filter(inviter=inviter, used__isnull=True).delete()
        invite = cls.objects.create(
            inviter=inviter,
            token_hash=hash_token(token),
            expires=timezone.now() + timedelta(days=settings.INVITE_DAYS),
        )
        return invite, token

    @classmethod
    def find(cls, token: str) -> Invite | None:
        return cls.objects.select_related("inviter").filter(token_hash=hash_token(token)).first()

    @property
    def is_live(self) -> bool:
        return self.used is None and self.expires > timezone.now()

    def accept(self, joiner: models.Model) -> Couple:
        from reconnect.accounts.models import User

        with transaction.atomic():
            invite = Invite.objects.select_for_update().get(pk=self.pk)
            inviter = User.objects.select_for_update().get(pk=invite.inviter_id)
            person = User.objects.select_for_update().get(pk=joiner.pk)
            if not invite.is_live:
                raise InviteError("This invite link has expired or was already used.")
            if inviter.pk == person.pk:
                raise InviteError("This is your own invite link. Send it to your partner.")
            if inviter.couple_id is not None:
                # Said plainly, without telling the link holder anything about the inviter.
                raise InviteError("This invite link has expired or was already used.")
            if person.couple_id is not None:
                raise InviteError(
                    "You are already in a couple. Leave it first to join someone new."
                )
            couple = Couple.objects.create()
            members = [inviter.pk, person.pk]
            # A new couple starts with nothing shared: nothing written before, alone or with
            # someone else, becomes visible without a fresh choice.
            _make_private(members)
            User.objects.filter(pk__in=members).update(couple=couple)
            invite.used = timezone.now()
            invite.save(update_fields=["used"])
            # Any other link either of them made must not come back to life later.
            Invite.objects.filter(inviter_id__in=members, used__isnull=True).delete()
        return couple


def _make_private(member_ids: list[int]) -> None:
    from reconnect.lib.sharing import owned_models

    for model in owned_models():
        model.objects.filter(owner_id__in=member_ids).update(visibility="private")


def leave_couple(person: models.Model) -> None:
    """End the person's couple for both partners.

    Everything either of them had shared goes back to private, so nothing of one stays visible
    to the other, and nothing old becomes visible to a future partner.
    """
    from reconnect.accounts.models import User

    couple_id = getattr(person, "couple_id", None)
    if couple_id is None:
        return
    with transaction.atomic():
        members = list(User.objects.filter(couple_id=couple_id).values_list("pk", flat=True))
        _make_private(members)
        Invite.objects.filter(inviter_id__in=members, used__isnull=True).delete()
        User.objects.filter(couple_id=couple_id).update(couple=None)
        Couple.objects.filter(pk=couple_id).update(ended=timezone.now())
