from __future__ import annotations

import zoneinfo
from datetime import timedelta
from functools import cache
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

COUNTRIES = [
    ("US", "United States"),
    ("GB", "United Kingdom"),
    ("CA", "Canada"),
    ("AU", "Australia"),
    ("EU", "A country in the European Union"),
    ("XX", "Somewhere else"),
]


@cache
def timezone_choices() -> list[tuple[str, str]]:
    names = sorted(n for n in zoneinfo.available_timezones() if "/" in n or n == "UTC")
    return [(n, n.replace("_", " ")) for n in names]


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **extra)


class User(AbstractUser):
    """A person. They sign in with their email; `name` is what their partner sees."""

    username = None  # type: ignore[assignment]
    first_name = None  # type: ignore[assignment]
    last_name = None  # type: ignore[assignment]
    email = models.EmailField("email address", unique=True)
    name = models.CharField(max_length=60)
    timezone = models.CharField(max_length=64, default="UTC")
    country = models.CharField(max_length=2, choices=COUNTRIES, default="XX")
    couple = models.ForeignKey(
        "couples.Couple", null=True, blank=True, on_delete=models.SET_NULL, related_name="members"
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []
    objects = UserManager()  # type: ignore[misc]

    def __str__(self) -> str:
        return self.name or self.email

    @property
    def partner(self) -> User | None:
        if self.couple_id is None:
            return None
        return User.objects.filter(couple_id=self.couple_id).exclude(pk=self.pk).first()

    def is_partner_of(self, other: User) -> bool:
        return self.couple_id is not None and self.couple_id == other.couple_id and self != other


class Throttle(models.Model):
    """Rows that count recent events per email and per client address, to slow down abuse.

    Only keyed digests are stored: the table never holds an email or an address in clear,
    and without SECRET_KEY a leaked copy can't be checked against a list of known emails.
    """

    key = models.CharField(max_length=64, db_index=True)
    created = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        abstract = True

    @classmethod
    def digest(cls, kind: str, value: str) -> str:
        salt = f"reconnect.{cls.__name__.lower()}.{kind}"
        return salted_hmac(salt, value.strip().lower(), algorithm="sha256").hexdigest()

    @classmethod
    def keys_for(cls, email: str, ip: str) -> list[str]:
        return [cls.digest("email", email), cls.digest("ip", ip)]

    @classmethod
    def over_limit(cls, email: str, ip: str, window: int, limit: int) -> bool:
        recent = cls.objects.filter(created__gte=timezone.now() - timedelta(seconds=window))
        email_key, ip_key = cls.keys_for(email, ip)
        # One address may be shared by a household or an office, so it gets more room.
        return (
            recent.filter(key=email_key).count() >= limit
            or recent.filter(key=ip_key).count() >= 4 * limit
        )

    @classmethod
    def prune(cls, window: int) -> None:
        cls.objects.filter(created__lt=timezone.now() - timedelta(seconds=window)).delete()


class LoginFailure(Throttle):
    """One failed login, kept briefly to slow down password guessing."""

    def __str__(self) -> str:
        return f"Login failure at {self.created:%Y-%m-%d %H:%M}"

    @classmethod
    def is_locked(cls, email: str, ip: str) -> bool:
        return cls.over_limit(
            email, ip, settings.LOGIN_FAILURE_WINDOW, settings.LOGIN_FAILURE_LIMIT
        )

    @classmethod
    def record(cls, email: str, ip: str) -> None:
        cls.objects.bulk_create([cls(key=k) for k in cls.keys_for(email, ip)])
        cls.prune(settings.LOGIN_FAILURE_WINDOW)

    @classmethod
    def clear(cls, email: str) -> None:
        cls.objects.filter(key=cls.digest("email", email)).delete()


class EmailSent(Throttle):
    """One email sent because someone asked for it, kept a while so no one can flood an inbox."""

    def __str__(self) -> str:
        return f"Email sent at {self.created:%Y-%m-%d %H:%M}"

    @classmethod
    def claim(cls, email: str, ip: str) -> bool:
        """Count one more email to `email` asked for from `ip`, or say no if either has had enough.

        Callers answer the same either way, so a refusal reveals nothing about the address.
        """
        with transaction.atomic():
            cls.prune(settings.EMAIL_WINDOW)
            if cls.over_limit(email, ip, settings.EMAIL_WINDOW, settings.EMAIL_LIMIT):
                return False
            cls.objects.bulk_create([cls(key=k) for k in cls.keys_for(email, ip)])
        return True


def person(request: Any) -> User:
    """The logged-in person behind a request (views call it after `login_required`)."""
    user = request.user
    assert isinstance(user, User)
    return user
