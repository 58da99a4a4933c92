from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "reconnect.accounts"
    label = "accounts"
