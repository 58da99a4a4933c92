"""Form pieces shared by every app."""

from __future__ import annotations

from typing import Any

from django import forms

from reconnect.lib.sharing import PRIVATE, VISIBILITY_CHOICES


def long_text_field(label: str, limit: int, **kwargs: Any) -> forms.CharField:
    """A free-text field whose limit is checked on the server, never by the browser.

    A `maxlength` attribute would silently cut pasted text; instead an over-long entry comes
    back with a clear message and every character the person typed still in the box.
    """
    return _TextField(
        label=label,
        required=False,
        validators=[_LengthLimit(limit)],
        widget=forms.Textarea(attrs={"rows": 5}),
        **kwargs,
    )


class _TextField(forms.CharField):
    """Browsers send line breaks as CRLF; count and keep them as one character, like people do."""

    def to_python(self, value: Any) -> str:
        text: str = super().to_python(value)
        return text.replace("\r\n", "\n").replace("\r", "\n")


class _LengthLimit:
    def __init__(self, limit: int) -> None:
        self.limit = limit

    def __call__(self, value: str) -> None:
        if len(value) > self.limit:
            raise forms.ValidationError(
                f"This is {len(value):,} characters; the most we can keep is {self.limit:,}. "
                "Please shorten it. Nothing you typed has been lost.",
                code="too_long",
            )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _LengthLimit) and other.limit == self.limit


def visibility_field() -> forms.ChoiceField:
    return forms.ChoiceField(
        label="Who can see this",
        choices=VISIBILITY_CHOICES,
        initial=PRIVATE,
        widget=forms.RadioSelect,
        help_text="Private unless you choose to share. You can change this later.",
    )


ALONE_CHOICE = [(PRIVATE, "Only me — you can share once your partner joins")]


def only_private_when_alone(form: forms.Form, user: Any) -> None:
    """With no partner there is nobody to share with, so "shared" is not offered at all.

    Otherwise an item marked shared while alone would appear to whoever joined later.
    """
    if user.couple_id is None:
        field = form.fields["visibility"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = ALONE_CHOICE
        form.initial["visibility"] = PRIVATE
