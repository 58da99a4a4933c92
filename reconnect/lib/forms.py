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
