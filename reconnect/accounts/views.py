from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from reconnect.accounts.forms import (
    ConfirmPasswordForm,
    EmailForm,
    LoginForm,
    ProfileForm,
    ResetForm,
    SignupForm,
)
from reconnect.accounts.models import EmailSent, LoginFailure, User, person
from reconnect.couples.models import leave_couple
from reconnect.lib.net import client_ip
from reconnect.lib.sharing import owned_models

SIGNUP_SALT = "reconnect.signup"


def _safe_next(request: HttpRequest, value: str | None) -> str:
    if value and url_has_allowed_host_and_scheme(value, {request.get_host()}):
        return value
    return ""


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    """Step one: an email address. The same answer comes back whether or not it is known."""
    if request.user.is_authenticated:
        return redirect("pages:home")
    next_url = _safe_next(request, request.GET.get("next") or request.POST.get("next"))
    form = EmailForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        if User.objects.filter(email=email).exists():
            body = render_to_string(
                "accounts/emails/already_registered.txt",
                {
                    "login_url": settings.SITE_URL + reverse("login"),
                    "reset_url": settings.SITE_URL + reverse("password_reset"),
                },
            )
        else:
            token = signing.dumps({"email": email, "next": next_url}, salt=SIGNUP_SALT)
            body = render_to_string(
                "accounts/emails/signup_link.txt",
                {
                    "url": settings.SITE_URL + reverse("accounts:signup_finish", args=[token]),
                    "hours": settings.SIGNUP_LINK_HOURS,
                },
            )
        # Over the limit, nothing is sent, and the page says what it always says.
        if EmailSent.claim(email, client_ip(request)):
            send_mail("Your Reconnect sign-up link", body, None, [email])
        request.session["signup_email"] = email
        return redirect("accounts:signup_sent")
    return render(request, "accounts/signup.html", {"form": form, "next": next_url})


def signup_sent(request: HttpRequest) -> HttpResponse:
    return render(
        request, "accounts/signup_sent.html", {"email": request.session.get("signup_email", "")}
    )


@require_http_methods(["GET", "POST"])
def signup_finish(request: HttpRequest, token: str) -> HttpResponse:
    """Step two, from the emailed link: a name, a password, and where the person lives."""
    try:
        data = signing.loads(token, salt=SIGNUP_SALT, max_age=settings.SIGNUP_LINK_HOURS * 3600)
    except signing.BadSignature:
        return render(request, "accounts/signup_link_bad.html", status=400)
    email = data["email"]
    if User.objects.filter(email=email).exists():
        messages.info(request, "This link was already used. Log in with your email and password.")
        return redirect("login")
    form = SignupForm(request.POST or None, email=email, initial={"timezone": "UTC"})
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                user = User.objects.create_user(
                    email,
                    form.cleaned_data["password"],
                    name=form.cleaned_data["name"],
                    country=form.cleaned_data["country"],
                    timezone=form.cleaned_data["timezone"],
                )
        except IntegrityError:
            messages.info(request, "This link was already used. Log in instead.")
            return redirect("login")
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, f"Welcome, {user.name}. This is your space.")
        return redirect(data.get("next") or "pages:home")
    return render(request, "accounts/signup_finish.html", {"form": form, "email": email})


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    messages.info(request, "You're logged out.")
    return redirect("login")


class PasswordResetView(auth_views.PasswordResetView):
    form_class = ResetForm
    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/emails/password_reset.txt"
    subject_template_name = "accounts/emails/password_reset_subject.txt"
    success_url = reverse_lazy("password_reset_done")

    def get_form_kwargs(self) -> dict[str, Any]:
        return {**super().get_form_kwargs(), "ip": client_ip(self.request)}


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("password_reset_complete")

    def form_valid(self, form: Any) -> HttpResponse:
        # A new password is the way out of a lockout (someone else may have caused it).
        LoginFailure.clear(form.user.email)
        return super().form_valid(form)


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:settings")

    def form_valid(self, form: Any) -> HttpResponse:
        messages.success(self.request, "Your password is changed.")
        return super().form_valid(form)


@login_required
@require_http_methods(["GET", "POST"])
def account_settings(request: HttpRequest) -> HttpResponse:
    user = person(request)
    initial = {"name": user.name, "country": user.country, "timezone": user.timezone}
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        user.name = form.cleaned_data["name"]
        user.country = form.cleaned_data["country"]
        user.timezone = form.cleaned_data["timezone"]
        user.save(update_fields=["name", "country", "timezone"])
        messages.success(request, "Saved.")
        return redirect("accounts:settings")
    return render(request, "accounts/settings.html", {"form": form})


def export_data(user: User) -> dict[str, Any]:
    """Everything the person owns, and nothing of their partner's."""
    data: dict[str, Any] = {
        "exported": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "name": user.name,
            "country": user.country,
            "timezone": user.timezone,
            "joined": user.date_joined.isoformat(),
            "in_a_couple": user.couple_id is not None,
        },
    }
    for model in owned_models():
        key = f"{model._meta.model_name}s"
        data[key] = [item.to_dict() for item in model.objects.filter(owner=user).order_by("pk")]
    return data


@login_required
@require_http_methods(["GET", "POST"])
def export(request: HttpRequest) -> HttpResponse:
    # A POST with its CSRF token: no other site or link can make the browser save a person's
    # private words into a shared Downloads folder.
    if request.method == "POST":
        response = JsonResponse(export_data(person(request)), json_dumps_params={"indent": 2})
        response["Content-Disposition"] = 'attachment; filename="reconnect-export.json"'
        return response
    return render(request, "accounts/export.html")


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    user = person(request)
    form = ConfirmPasswordForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            leave_couple(user)
            user.delete()
        logout(request)
        messages.info(request, "Your account and everything in it are deleted.")
        return redirect("pages:index")
    return render(request, "accounts/delete.html", {"form": form})
