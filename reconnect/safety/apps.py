from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "reconnect.safety"
    label = "safety"
