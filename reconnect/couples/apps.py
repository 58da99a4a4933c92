from django.apps import AppConfig


class CouplesConfig(AppConfig):
    name = "reconnect.couples"
    label = "couples"
