from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "reconnect.pages"
    label = "pages"
