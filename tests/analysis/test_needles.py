from __future__ import annotations

import dataclasses
import re

import pytest

from reconnect.analysis import corpus
from reconnect.analysis.detectors import Registry
from reconnect.analysis.needles import holds_all, needle_groups
from reconnect.analysis.rules import default_registry
from reconnect.analysis.text import prepare


def needles(regex: str) -> tuple[str, ...] | None:
    """The most selective group, which the gates test first."""
    groups = needle_groups(regex)
    return groups[0] if groups else None


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"\bgrab(?:bed)? (?:my|his) phone", (" phone",)),
        (r"(?:went|go(?:es)?) quiet|silent treatment", (" quiet", "silent treatment")),
        (r"\w+ing\b", ("ing",)),
        (r"[ab]+", None),  # nothing every match must contain
        (r"(?:x)?y?", None),  # may match the empty string
    ],
)
def test_needles_are_strings_every_match_contains(
    regex: str, expected: tuple[str, ...] | None
) -> None:
    assert needles(regex) == expected


@pytest.mark.parametrize(
    "regex",
    [r"\bgrab(?:bed)? (?:my|his) phone", r"(?:went|go(?:es)?) quiet|silent treatment", r"\w+ing"],
)
def test_every_match_holds_a_needle(regex: str) -> None:
    text = "i grabbed my phone. he goes quiet. she gave the silent treatment, sulking"
    found = needles(regex)
    assert found is not None
    for match in re.finditer(regex, text):
        assert any(n in match.group() for n in found)


def test_the_rule_gate_never_changes_what_the_detectors_find() -> None:
    # The gate only skips patterns whose required strings are absent; on real writing the
    # candidates must be exactly those of running every pattern.
    gated = default_registry()
    assert all(p.needles for d in gated.detectors for p in d.patterns)
    ungated = Registry(
        tuple(
            dataclasses.replace(
                d, patterns=tuple(dataclasses.replace(p, needles=()) for p in d.patterns)
            )
            for d in gated.detectors
        )
    )
    texts = [str(item["text"]) for item in corpus.load("moments")][::10]
    prepared = [prepare(text) for text in texts]
    with_gate = [gated.run(p) for p in prepared]
    assert with_gate == [ungated.run(p) for p in prepared]
    assert sum(bool(found) for found in with_gate) >= len(texts) // 2


def test_every_match_holds_a_needle_of_each_group() -> None:
    regex = r"\b(?:he|she) (?:grabbed|shoved) my (?:arm|wrist)"
    groups = needle_groups(regex)
    assert ("grabbed", "shoved") in groups and ("arm", "wrist") in groups
    assert groups[0] == ("grabbed", "shoved")  # the most selective comes first
    text = "she shoved my wrist away"
    assert re.search(regex, text) and holds_all(text, groups)
    assert not holds_all("she shoved the door", groups)
    assert holds_all("anything", ())
