from django.apps import AppConfig


class LibConfig(AppConfig):
    """Shared helpers, plus the commands that run the whole app (`serve`, `demo`)."""

    name = "reconnect.lib"
    label = "lib"
