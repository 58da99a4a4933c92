from __future__ import annotations

import pytest

from reconnect.analysis.text import prepare, split_sentences, tokenize


def test_tokens_keep_their_character_offsets() -> None:
    text = "He didn\u2019t answer; I waited."
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
    assert "didn't" in [t.norm for t in tokenize(text)]


def test_sentences_split_on_end_marks_and_line_breaks_but_not_on_titles() -> None:
    sentences = [s.text for s in split_sentences("Mr. Smith called. Was it late?\nYes")]
    assert sentences == ["Mr. Smith called.", "Was it late?", "Yes"]


def test_empty_text_prepares_to_nothing() -> None:
    prepared = prepare("")
    assert prepared.tokens == () and prepared.clauses == () and prepared.sentences == ()


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("This time I did not grab my phone.", "phone", True),
        ("I didn't yell, but he went quiet.", "quiet", False),
        ("Instead of scrolling we talked.", "scrolling", True),
        ("He scrolled his phone.", "phone", False),
    ],
)
def test_negation_scope_covers_what_follows_the_cue_up_to_the_clause_end(
    text: str, word: str, negated: bool
) -> None:
    prepared = prepare(text)
    start = prepared.lower.index(word)
    assert prepared.is_negated(start, start + len(word)) is negated


@pytest.mark.parametrize(
    ("text", "word", "hypothetical"),
    [
        ("I'm afraid I'll freeze him out again.", "freeze", True),
        ("If he starts gaming tonight, I'll scream.", "gaming", True),
        ("I wanted to walk out but I sat back down.", "sat", False),
        ("He walked out.", "walked", False),
    ],
)
def test_hypothetical_scope_runs_to_the_sentence_end_or_a_contrast(
    text: str, word: str, hypothetical: bool
) -> None:
    prepared = prepare(text)
    start = prepared.lower.index(word)
    assert prepared.is_hypothetical(start, start + len(word)) is hypothetical


@pytest.mark.parametrize(
    ("text", "word", "subject"),
    [
        ("I grabbed my phone.", "grabbed", "self"),
        ("he turned the TV up.", "turned", "partner"),
        ("My husband and I both went quiet.", "went", "both"),
        ("We stopped talking.", "stopped", "both"),
        ("My brother's girlfriend games all night.", "games", "other"),
        ("My sister's husband sulks; he never talks.", "talks", "other"),
        (
            "Tom took the dog out when I raised the bills, and then turned the TV up.",
            "turned",
            "partner",
        ),
        ("My husband's mum called and she talked for an hour.", "talked", "other"),
    ],
)
def test_clause_subject_tells_writer_partner_both_and_others_apart(
    text: str, word: str, subject: str
) -> None:
    prepared = prepare(text)
    assert prepared.subject_at(prepared.lower.index(word)) == subject
