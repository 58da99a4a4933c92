from django.apps import AppConfig


class MomentsConfig(AppConfig):
    name = "reconnect.moments"
    label = "moments"
