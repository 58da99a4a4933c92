from django.urls import path

from reconnect.accounts import views

app_name = "accounts"
urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("signup/sent/", views.signup_sent, name="signup_sent"),
    path("signup/<str:token>/", views.signup_finish, name="signup_finish"),
    path("settings/", views.account_settings, name="settings"),
    path("password/", views.PasswordChangeView.as_view(), name="password_change"),
    path("export/", views.export, name="export"),
    path("delete/", views.delete_account, name="delete"),
]
