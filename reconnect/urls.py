from django.urls import include, path

from reconnect.accounts import views as account_views
from reconnect.pages import views as pages

pages_urls = (
    [
        path("", pages.index, name="index"),
        path("home/", pages.home, name="home"),
        path("how-it-works/", pages.how_it_works, name="how"),
    ],
    "pages",
)

urlpatterns = [
    path("", include(pages_urls)),
    # Django's conventional names, so its auth views and decorators find them.
    path("accounts/login/", account_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", account_views.logout_view, name="logout"),
    path(
        "accounts/password-reset/", account_views.PasswordResetView.as_view(), name="password_reset"
    ),
    path(
        "accounts/password-reset/sent/",
        account_views.auth_views.PasswordResetDoneView.as_view(
            template_name="accounts/password_reset_sent.html"
        ),
        name="password_reset_done",
    ),
    path(
        "accounts/password-reset/<uidb64>/<token>/",
        account_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/password-reset/done/",
        account_views.auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_reset_done.html"
        ),
        name="password_reset_complete",
    ),
    path("accounts/", include("reconnect.accounts.urls")),
    path("", include("reconnect.couples.urls")),
    path("moments/", include("reconnect.moments.urls")),
    path("checkins/", include("reconnect.checkins.urls")),
    path("help/", include("reconnect.safety.urls")),
    path("talk/", include("reconnect.talk.urls")),
]

handler400 = "reconnect.pages.views.bad_request"
handler403 = "reconnect.pages.views.permission_denied"
handler500 = "reconnect.pages.views.server_error"
