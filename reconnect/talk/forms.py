from __future__ import annotations

from django import forms
from django.core.validators import MaxLengthValidator

from reconnect.lib.forms import long_text_field
from reconnect.lib.vocabulary import FEELING_CHOICES
from reconnect.talk.models import NOTE_LIMIT

# Checked on the server, not with maxlength, which would silently cut pasted words.
PART_LIMIT = 300


class DraftForm(forms.Form):
    draft = long_text_field(
        "What do you want to say?",
        NOTE_LIMIT,
        help_text="Write it the way it comes out. Nobody sees this draft but you.",
    )


class IStatementForm(forms.Form):
    feeling = forms.ChoiceField(
        label="I feel…", choices=[("", "Choose a feeling"), *FEELING_CHOICES], required=False
    )
    situation = forms.CharField(
        label="when…",
        required=False,
        validators=[MaxLengthValidator(PART_LIMIT)],
        help_text="What happened, as a camera would see it. For example: the phones came out at dinner.",
    )
    need = forms.CharField(
        label="I need…",
        required=False,
        validators=[MaxLengthValidator(PART_LIMIT)],
        help_text="For example: some time where it's just us.",
    )
    request = forms.CharField(
        label="Could we…?",
        required=False,
        validators=[MaxLengthValidator(PART_LIMIT)],
        help_text="Something small and doable, that your partner can say no to.",
    )

    def statement(self) -> str:
        """Put the parts together in the order that lands most gently."""
        data = self.cleaned_data
        parts: list[str] = []
        if data.get("feeling"):
            when = f" when {_trim(data['situation'])}" if data.get("situation") else ""
            parts.append(f"I feel {data['feeling']}{when}.")
        elif data.get("situation"):
            parts.append(f"I've noticed that {_trim(data['situation'])}.")
        if data.get("need"):
            parts.append(f"I need {_trim(data['need'])}.")
        if data.get("request"):
            parts.append(f"Could we {_trim(data['request'])}?")
        return " ".join(parts)


def _trim(words: str) -> str:
    return words.strip().rstrip(".?!").strip()


class NoteForm(forms.Form):
    text = long_text_field("Your note", NOTE_LIMIT)

    def clean_text(self) -> str:
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError("Write a few words before sending.")
        return text
