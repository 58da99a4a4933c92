from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.contrib.auth import authenticate, password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.urls import reverse

from reconnect.accounts.models import COUNTRIES, EmailSent, LoginFailure, User, timezone_choices
from reconnect.lib.net import client_ip

WRONG_LOGIN = "That email and password don't match. Check them and try again."
LOCKED = (
    "There have been too many tries for this account. Please wait 15 minutes, "
    "or reset your password."
)


class EmailForm(forms.Form):
    email = forms.EmailField(
        label="Your email",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "inputmode": "email"}),
    )

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()


class ProfileForm(forms.Form):
    name = forms.CharField(
        label="Your first name, or what your partner calls you",
        max_length=60,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    country = forms.ChoiceField(
        label="Where you live",
        choices=COUNTRIES,
        help_text="So we can show help lines that work where you are.",
    )
    timezone = forms.ChoiceField(label="Your time zone", choices=timezone_choices)

    def clean_name(self) -> str:
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError("Enter a name your partner will recognise.")
        return name


class SignupForm(ProfileForm):
    password = forms.CharField(
        label="Choose a password",
        help_text="At least 10 characters. A few random words work well.",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args: Any, email: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.email = email

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        password_validation.validate_password(password, User(email=self.email))
        return password


class LoginForm(AuthenticationForm):
    """Django's login form, slowed down for guessers, with one message for every failure."""

    error_messages = {"invalid_login": WRONG_LOGIN, "inactive": WRONG_LOGIN}

    def __init__(self, request: Any = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = "Email"
        self.fields["username"].widget = forms.EmailInput(
            attrs={"autocomplete": "email", "autofocus": True, "inputmode": "email"}
        )
        self.fields["password"].label = "Password"

    def clean(self) -> dict[str, Any]:
        email = (self.cleaned_data.get("username") or "").strip().lower()
        password = self.cleaned_data.get("password")
        ip = client_ip(self.request) if self.request else ""
        if email and password:
            if LoginFailure.is_locked(email, ip):
                raise forms.ValidationError(LOCKED, code="locked")
            self.user_cache = authenticate(self.request, username=email, password=password)
            if self.user_cache is None or not self.user_cache.is_active:
                LoginFailure.record(email, ip)
                raise forms.ValidationError(WRONG_LOGIN, code="invalid_login")
            LoginFailure.clear(email)
        return self.cleaned_data


class ResetForm(PasswordResetForm):
    """Django's reset form, with the link built from SITE_URL and a cap on emails per inbox."""

    def __init__(self, *args: Any, ip: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ip = ip
        self.fields["email"].label = "Your email"

    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict[str, Any],
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        if not EmailSent.claim(to_email, self.ip):
            return
        # Django takes the domain from the request's Host header, which the visitor chooses:
        # a forged one would put someone else's site in the emailed link.
        site = urlsplit(settings.SITE_URL)
        path = reverse(
            "password_reset_confirm", kwargs={"uidb64": context["uid"], "token": context["token"]}
        )
        context.update(
            protocol=site.scheme,
            domain=site.netloc,
            site_name=settings.SITE_NAME,
            reset_url=settings.SITE_URL + path,
        )
        super().send_mail(
            subject_template_name,
            email_template_name,
            context,
            from_email,
            to_email,
            html_email_template_name,
        )


class ConfirmPasswordForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That isn't your current password.")
        return password
