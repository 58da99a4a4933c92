from django.apps import AppConfig


class CheckinsConfig(AppConfig):
    name = "reconnect.checkins"
    label = "checkins"
