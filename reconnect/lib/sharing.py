"""What private/shared means, in one place, for every kind of item a person can share."""

from __future__ import annotations

import secrets
from typing import Any

from django.db import models

PRIVATE = "private"
SHARED = "shared"
VISIBILITY_CHOICES = [(PRIVATE, "Only me"), (SHARED, "Shared with my partner")]


class OwnedQuerySet(models.QuerySet[Any]):
    def visible_to(self, user: Any) -> OwnedQuerySet:
        """The person's own items, plus the ones their current partner chose to share."""
        mine = models.Q(owner=user)
        if user.couple_id is None:
            return self.filter(mine)
        theirs = models.Q(visibility=SHARED, owner__couple_id=user.couple_id) & ~models.Q(
            owner=user
        )
        return self.filter(mine | theirs)


def new_uid() -> str:
    return secrets.token_urlsafe(9)


class Owned(models.Model):
    """An item that belongs to one person and is private until they share it.

    Addresses use a random `uid`, never the row number: on a two-person server, gaps between
    sequential ids would count the partner's private entries.
    """

    uid = models.SlugField(max_length=16, unique=True, default=new_uid, editable=False)
    owner = models.ForeignKey("accounts.User", on_delete=models.CASCADE, related_name="+")
    visibility = models.CharField(max_length=8, choices=VISIBILITY_CHOICES, default=PRIVATE)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_shared(self) -> bool:
        return self.visibility == SHARED


def owned_models() -> list[type[Owned]]:
    """Every concrete model built on Owned (found at call time, so apps stay decoupled)."""
    from django.apps import apps

    return [m for m in apps.get_models() if issubclass(m, Owned)]


def get_visible_or_404(model: type[Owned], user: Any, uid: str) -> Any:
    """An item the person may read: their own, or one their partner shared. Else 404.

    404 rather than 403, so nobody can even learn that a private item exists.
    """
    from django.http import Http404

    item = model.objects.visible_to(user).filter(uid=uid).first()
    if item is None:
        raise Http404
    return item


def get_owned_or_404(model: type[Owned], user: Any, uid: str) -> Any:
    """An item the person may change: only their own."""
    from django.http import Http404

    item = model.objects.filter(owner=user, uid=uid).first()
    if item is None:
        raise Http404
    return item
