from __future__ import annotations

from datetime import datetime
from typing import Any

from django import forms
from django.utils import timezone

from reconnect.lib.forms import long_text_field, visibility_field
from reconnect.lib.vocabulary import (
    ACTORS,
    EFFECT_CHOICES,
    EXITS,
    FEELING_CHOICES,
    STEP_CHOICES,
    TOPICS,
)
from reconnect.moments.models import TEXT_LIMIT, Moment

NOT_THIS_TIME = ""
ACTOR_OPTIONS = [(NOT_THIS_TIME, "No"), *ACTORS]


class MomentForm(forms.Form):
    text = long_text_field("What happened?", TEXT_LIMIT, help_text="Optional. Your own words.")
    effects = forms.MultipleChoiceField(
        label="How did it leave you?",
        choices=EFFECT_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    steps = forms.MultipleChoiceField(
        label="Did either of you take a step back toward each other?",
        required=False,
        choices=STEP_CHOICES,
        widget=forms.CheckboxSelectMultiple,
    )
    feelings = forms.MultipleChoiceField(
        label="Feelings",
        choices=FEELING_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    topic = forms.ChoiceField(
        label="What was it about?", choices=TOPICS, required=False, widget=forms.RadioSelect
    )
    intensity = forms.TypedChoiceField(
        label="How strong was it?",
        coerce=int,
        initial=3,
        widget=forms.RadioSelect,
        choices=[(1, "1 · mild"), (2, "2"), (3, "3"), (4, "4"), (5, "5 · intense")],
    )
    happened = forms.DateTimeField(
        label="When",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"],
    )
    visibility = visibility_field()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # One "who?" question per exit, so a person can mark several exits in a few taps.
        for key, label, hint in EXITS:
            self.fields[f"exit_{key}"] = forms.ChoiceField(
                label=label,
                help_text=hint,
                choices=ACTOR_OPTIONS,
                required=False,
                initial=NOT_THIS_TIME,
                widget=forms.RadioSelect,
            )
        if not self.is_bound and "happened" not in self.initial:
            self.initial["happened"] = timezone.localtime().replace(second=0, microsecond=0)

    @property
    def exit_fields(self) -> list[forms.BoundField]:
        return [self[f"exit_{key}"] for key, _, _ in EXITS]

    def clean_happened(self) -> datetime:
        happened: datetime = self.cleaned_data["happened"]
        if happened > timezone.now() + timezone.timedelta(minutes=5):
            raise forms.ValidationError("This time is in the future. When did it happen?")
        return happened

    def exits(self) -> list[tuple[str, str]]:
        return [
            (key, self.cleaned_data[f"exit_{key}"])
            for key, _, _ in EXITS
            if self.cleaned_data.get(f"exit_{key}")
        ]

    @classmethod
    def initial_for(cls, moment: Moment) -> dict[str, Any]:
        initial: dict[str, Any] = {
            "text": moment.text,
            "effects": moment.effects,
            "feelings": moment.feelings,
            "steps": moment.steps,
            "topic": moment.topic,
            "intensity": moment.intensity,
            "happened": timezone.localtime(moment.happened),
            "visibility": moment.visibility,
        }
        for seen in moment.exits.all():
            initial[f"exit_{seen.type}"] = seen.actor
        return initial

    def save_to(self, moment: Moment) -> Moment:
        data = self.cleaned_data
        moment.text = data["text"]
        moment.effects = data["effects"]
        moment.feelings = data["feelings"]
        moment.steps = data["steps"]
        moment.topic = data["topic"]
        moment.intensity = data["intensity"]
        moment.happened = data["happened"]
        moment.visibility = data["visibility"]
        moment.save()
        moment.set_exits(self.exits())
        return moment


class TimelineFilter(forms.Form):
    exit = forms.ChoiceField(
        label="Exit", required=False, choices=[("", "Any exit"), *[(k, lab) for k, lab, _ in EXITS]]
    )
    actor = forms.ChoiceField(label="Who", required=False, choices=[("", "Anyone"), *ACTORS])
    topic = forms.ChoiceField(label="Topic", required=False, choices=[("", "Any topic"), *TOPICS])
