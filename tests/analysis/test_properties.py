from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconnect.analysis.engine import analyze
from reconnect.analysis.text import prepare

WORDS = st.sampled_from(
    [
        "he",
        "I",
        "we",
        "phone",
        "quiet",
        "didn't",
        "if",
        "never",
        "my",
        "sister's",
        "kill",
        "scrolled",
        "'",
        '"',
        ",",
        ".",
        "\n",
        "and",
        "but",
        "always",
        "you",
        "work",
        "\u2019",
        "pills",
        "eggshells",
        "fine",
        "!",
        "?",
        "a" * 40,
        "TV",
        "up",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode_text_analyses_without_error(text: str) -> None:
    result = analyze(text)
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.evidence
        assert 0.0 <= finding.confidence <= 1.0


@settings(max_examples=100, deadline=None)
@given(st.lists(WORDS, max_size=120).map(" ".join))
def test_word_soup_near_the_patterns_gives_consistent_spans(text: str) -> None:
    result = analyze(text)
    for finding in result.findings:
        assert text[finding.start : finding.end] == finding.evidence
    prepared = prepare(text)
    assert len(prepared.negated) == len(prepared.tokens) == len(prepared.hypothetical)


def _seconds(text: str) -> float:
    # CPU time, not wall time: the machine may be shared, and what matters is the work done.
    start = time.process_time()
    analyze(text)
    return time.process_time() - start


@settings(max_examples=5, deadline=None)
@given(
    st.sampled_from(
        [
            "a" * 100,
            "he " * 50,
            "'" * 100,
            "I didn't " * 20,
            "\u00e9\u4e2d " * 40,
            "if he my sister's " * 10,
            ". " * 60,
            "fixing '" * 15,
        ]
    )
)
def test_time_grows_linearly_with_length_up_to_100kb(seed: str) -> None:
    small = (seed * (10_000 // len(seed) + 1))[:10_000]
    large = (seed * (100_000 // len(seed) + 1))[:100_000]
    _seconds(small)  # warm caches
    t_small, t_large = _seconds(small), _seconds(large)
    # Ten times the text may take at most ~30 times as long (generous for timing noise; a
    # quadratic step would take ~100 times), and 100 KB must finish within a request's budget.
    assert t_large < max(0.05, t_small) * 30
    assert t_large < 10.0
