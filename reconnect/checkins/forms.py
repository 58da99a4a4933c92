from __future__ import annotations

from django import forms

from reconnect.checkins.models import NOTE_LIMIT
from reconnect.lib.forms import long_text_field, visibility_field


class CheckInForm(forms.Form):
    closeness = forms.TypedChoiceField(
        label="How close did you feel to your partner today?",
        help_text="0 is very far apart, 10 is very close. This is our own simple rating, "
        "not a validated test.",
        coerce=int,
        choices=[(n, str(n)) for n in range(11)],
        widget=forms.RadioSelect,
    )
    felt_hurt = forms.BooleanField(label="I felt hurt", required=False)
    felt_lonely = forms.BooleanField(label="I felt lonely", required=False)
    felt_misunderstood = forms.BooleanField(label="I felt misunderstood", required=False)
    note = long_text_field("Anything to add?", NOTE_LIMIT, help_text="Optional.")
    visibility = visibility_field()
