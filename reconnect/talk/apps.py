from django.apps import AppConfig


class TalkConfig(AppConfig):
    """Step 3, "talk openly": the message coach and notes sent to a partner."""

    name = "reconnect.talk"
    label = "talk"
