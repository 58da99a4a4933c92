"""Prepare a text once for every detector: sentences, tokens, scopes and clause subjects.

Public API (stable; the coach reuses it):

    prepare(text) -> Prepared
    Prepared.text, .sentences, .tokens, .clauses
    Prepared.clause_at(offset) -> Clause | None
    Prepared.is_negated(start, end) / .is_hypothetical(start, end) / .subject_at(offset)
    tokenize(text) -> tuple[Token, ...]
    split_sentences(text) -> tuple[Span, ...]

Everything here is linear in the length of the text: one regex pass for tokens (no nested
quantifiers), then plain loops over tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Literal

Subject = Literal["self", "partner", "both", "other"]

# A word with inner apostrophes or hyphens ("didn't", "well-meant"), a number, or one symbol.
_TOKEN_RE = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*|\S", re.UNICODE)
_SENTENCE_END = frozenset(".!?\u2026")
_CLOSERS = frozenset("\"'\u201d\u2019)]")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    """One token. ``norm`` is lower-cased with curly apostrophes made straight."""

    index: int
    start: int
    end: int
    text: str
    norm: str
    sentence: int


@dataclass(frozen=True, slots=True)
class Clause:
    """A stretch of a sentence with one grammatical subject (as far as cheap rules can tell).

    ``subject`` is who does what the clause says: the writer (``self``), the partner, both of
    them, or somebody else (``other``, e.g. "my brother's girlfriend"). ``explicit`` is False
    when the subject was inherited from the previous clause ("...and turned the TV up").
    """

    start: int
    end: int
    first_token: int
    last_token: int  # exclusive
    sentence: int
    subject: Subject
    explicit: bool
    # Repeated by the next clause for the other person ("..., and so did I"): both, for sure.
    echoed: bool = False


def normalize(word: str) -> str:
    return word.lower().replace("\u2019", "'").replace("\u2018", "'")


def tokenize(text: str) -> tuple[Token, ...]:
    """Tokens with character offsets; a sentence ends at . ! ? ... or a line break."""
    tokens: list[Token] = []
    sentence = 0
    previous_end = 0
    pending_break = False
    for match in _TOKEN_RE.finditer(text):
        raw = match.group()
        if tokens and (
            "\n" in text[previous_end : match.start()]
            or (pending_break and raw not in _CLOSERS and raw not in _SENTENCE_END)
        ):
            sentence += 1
            pending_break = False
        tokens.append(Token(len(tokens), match.start(), match.end(), raw, normalize(raw), sentence))
        if raw in _SENTENCE_END and not (
            raw == "." and len(tokens) > 1 and tokens[-2].norm in _ABBREVIATIONS
        ):
            pending_break = True
        previous_end = match.end()
    return tuple(tokens)


def split_sentences(text: str) -> tuple[Span, ...]:
    return prepare(text).sentences


# --- words that shape scope and subject -------------------------------------------------

NEGATION_CUES = frozenset(
    {
        "not",
        "no",
        "never",
        "without",
        "nor",
        "neither",
        "none",
        "nothing",
        "nobody",
        "cannot",
        "instead",
        "rather",
        "resisted",
        "refrained",
        "declined",
    }
)
# A negation scope stops at these (so "I didn't yell, but he went quiet" keeps the second half).
_SCOPE_STOPS = frozenset(
    {
        ",",
        ";",
        ":",
        ".",
        "!",
        "?",
        "but",
        "and",
        "so",
        "because",
        "though",
        "although",
        "while",
        "when",
        "then",
        "yet",
        "-",
        "\u2013",
        "\u2014",
    }
)
_NEGATION_WIDTH = 8
# (word, the word before it) that start a negation.
_NEGATING_PAIRS = frozenset({("down", "turned"), ("down", "turn"), ("down", "turning")})
_REFLEXIVES = frozenset({"myself", "himself", "herself", "ourselves", "themselves"})

HYPOTHETICAL_CUES = frozenset(
    {
        "if",
        "unless",
        "afraid",
        "worried",
        "worry",
        "worries",
        "scared",
        "fear",
        "fearing",
        "might",
        "will",
        "gonna",
        "wanna",
        "hope",
        "hoping",
        "wish",
        "plan",
        "planning",
        "tempted",
        "urge",
        "imagine",
        "tomorrow",
        "promise",
        "promised",
        "should",
        "maybe",
        "perhaps",
        "whether",
        "lest",
    }
)
_HYPOTHETICAL_BIGRAMS = frozenset(
    {
        ("going", "to"),
        ("want", "to"),
        ("wants", "to"),
        ("hate", "to"),
        ("wanted", "to"),
        ("next", "time"),
        ("try", "to"),
        ("trying", "to"),
        ("need", "to"),
        ("in", "case"),
        ("would", "have"),
        ("could", "have"),
        ("should", "have"),
        ("might", "have"),
        ("tend", "not"),
        ("feel", "like"),
        ("felt", "like"),
        ("what", "if"),
    }
)
# A hypothetical runs to the end of the sentence, except past a contrast ("I wanted to walk out
# but I sat back down" really happened after "but").
_HYPOTHETICAL_STOPS = frozenset({"but", "however", "yet", ";", "instead", "still"})

SELF_WORDS = frozenset({"i", "i'm", "i've", "i'd", "i'll", "im", "ive", "myself"})
BOTH_WORDS = frozenset({"we", "we're", "we've", "we'd", "we'll", "were'nt", "us", "ourselves"})
PARTNER_PRONOUNS = frozenset(
    {
        "he",
        "she",
        "he's",
        "she's",
        "he'd",
        "she'd",
        "he'll",
        "she'll",
        "they",
        "they're",
        "they've",
        "they'd",
        "they'll",
    }
)
PARTNER_NOUNS = frozenset(
    {
        "husband",
        "wife",
        "partner",
        "boyfriend",
        "girlfriend",
        "bf",
        "gf",
        "fiance",
        "fiancé",
        "fiancee",
        "fiancée",
        "spouse",
        "hubby",
        "wifey",
        "man",
        "missus",
        "missis",
        "other",
    }
)
OTHER_NOUNS = frozenset(
    {
        "mate",
        "mates",
        "bestie",
        "gran",
        "granny",
        "nan",
        "nana",
        "nanna",
        "grandad",
        "granddad",
        "grandmother",
        "grandfather",
        "auntie",
        "aunty",
        "housemate",
        "classmate",
        "character",
        "characters",
        "brother",
        "sister",
        "mom",
        "mum",
        "mother",
        "dad",
        "father",
        "friend",
        "friends",
        "boss",
        "coworker",
        "colleague",
        "neighbour",
        "neighbor",
        "son",
        "daughter",
        "kid",
        "kids",
        "child",
        "children",
        "parents",
        "cousin",
        "aunt",
        "uncle",
        "grandma",
        "grandpa",
        "roommate",
        "flatmate",
        "therapist",
        "baby",
        "toddler",
        "teen",
        "teenager",
        "stepson",
        "stepdaughter",
        "nephew",
        "niece",
        "in-laws",
        "mil",
        "fil",
        "people",
        "someone",
        "everyone",
        "everybody",
        "dog",
        "cat",
        "team",
        "manager",
        "client",
        "couple",
        "guy",
        "woman",
        "lady",
        "girl",
        "boy",
        "girls",
        "boys",
        "sibling",
        "siblings",
    }
)
_POSSESSIVES = frozenset({"my", "our", "his", "her", "their", "your", "the", "a"})
CLAUSE_BREAKS = frozenset(
    {
        ",",
        ";",
        ":",
        "but",
        "and",
        "so",
        "because",
        "while",
        "when",
        "whenever",
        "until",
        "if",
        "unless",
        "after",
        "before",
        "since",
        "although",
        "though",
        "then",
        "instead",
        "or",
        "as",
        "-",
        "\u2013",
        "\u2014",
        "(",
        ")",
        '"',
        "\u201c",
        "\u201d",
    }
)
# Words allowed before a clause's subject ("Last night, he ..." / "then she ...").
_LEAD_SKIP = frozenset(
    {
        "then",
        "so",
        "just",
        "also",
        "even",
        "still",
        "again",
        "finally",
        "suddenly",
        "instead",
        "later",
        "once",
        "now",
        "today",
        "yesterday",
        "tonight",
        "last",
        "night",
        "this",
        "that",
        "time",
        "morning",
        "evening",
        "week",
        "weekend",
        "of",
        "course",
        "honestly",
        "basically",
        "literally",
        "and",
        "but",
        "because",
        "when",
        "whenever",
        "after",
        "before",
        "while",
        "until",
        "since",
        "though",
        "although",
        "as",
        "um",
        "well",
        "oh",
        "ok",
        "okay",
        "sometimes",
        "usually",
        "always",
        "never",
        "both",
        "all",
        "every",
        "single",
        "day",
        "on",
        "at",
        "in",
        "the",
        "first",
        "second",
        "thing",
        "saturday",
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "dinner",
        "breakfast",
        "lunch",
        "during",
        "around",
        "for",
        "years",
        "months",
        "weeks",
        "days",
        "hours",
        "minutes",
        "an",
        "hour",
        "lately",
        "recently",
        "sadly",
        "somehow",
        "like",
    }
)
_SUBJECT_WINDOW = 6


@dataclass(frozen=True)
class Prepared:
    """A text processed once. Immutable; detectors read from it and never change it."""

    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Span, ...]
    clauses: tuple[Clause, ...]
    negated: tuple[bool, ...]
    hypothetical: tuple[bool, ...]

    @cached_property
    def lower(self) -> str:
        """Lower-cased text with straight apostrophes; same length, so offsets match."""
        return normalize(self.text)

    @cached_property
    def _token_starts(self) -> tuple[int, ...]:
        return tuple(t.start for t in self.tokens)

    def token_index_at(self, offset: int) -> int:
        """Index of the token covering (or first after) ``offset``; len(tokens) if none."""
        i = bisect_right(self._token_starts, offset) - 1
        if i >= 0 and self.tokens[i].end > offset:
            return i
        return i + 1

    def tokens_in(self, start: int, end: int) -> range:
        first = self.token_index_at(start)
        last = first
        while last < len(self.tokens) and self.tokens[last].start < end:
            last += 1
        return range(first, last)

    @cached_property
    def _clause_firsts(self) -> tuple[int, ...]:
        return tuple(c.first_token for c in self.clauses)

    @cached_property
    def _sentence_starts(self) -> tuple[int, ...]:
        return tuple(s.start for s in self.sentences)

    def clause_at(self, offset: int) -> Clause | None:
        i = self.token_index_at(offset)
        if i >= len(self.tokens):
            i = len(self.tokens) - 1
        n = bisect_right(self._clause_firsts, i) - 1
        if n >= 0 and self.clauses[n].first_token <= i < self.clauses[n].last_token:
            return self.clauses[n]
        return None

    def subject_at(self, offset: int) -> Subject | None:
        clause = self.clause_at(offset)
        return clause.subject if clause else None

    def is_negated(self, start: int, end: int) -> bool:
        """True when the span's first content token sits inside a negation scope."""
        span = self.tokens_in(start, end)
        return any(self.negated[i] for i in span[:2])

    def is_hypothetical(self, start: int, end: int) -> bool:
        span = self.tokens_in(start, end)
        return bool(span) and self.hypothetical[span[0]]

    def sentence_of(self, offset: int) -> Span | None:
        n = bisect_right(self._sentence_starts, offset) - 1
        if n >= 0 and self.sentences[n].start <= offset < self.sentences[n].end:
            return self.sentences[n]
        return None


def prepare(text: str) -> Prepared:
    tokens = tokenize(text)
    sentences = _sentences(text, tokens)
    negated = _negation_scope(tokens)
    hypothetical = _hypothetical_scope(tokens)
    clauses = _clauses(tokens, _partner_gender(tokens))
    return Prepared(text, tokens, sentences, clauses, negated, hypothetical)


def _sentences(text: str, tokens: tuple[Token, ...]) -> tuple[Span, ...]:
    spans: list[Span] = []
    first = 0
    for i, token in enumerate(tokens):
        last = i + 1 == len(tokens) or tokens[i + 1].sentence != token.sentence
        if last:
            start, end = tokens[first].start, token.end
            spans.append(Span(start, end, text[start:end]))
            first = i + 1
    return tuple(spans)


def _is_negation(norm: str) -> bool:
    return (
        norm in NEGATION_CUES
        or norm.endswith("n't")
        or (
            norm.endswith("nt")
            and norm
            in {
                "didnt",
                "dont",
                "doesnt",
                "wont",
                "cant",
                "wasnt",
                "isnt",
                "wouldnt",
                "couldnt",
                "havent",
                "hasnt",
                "hadnt",
                "arent",
                "werent",
                "shouldnt",
            }
        )
    )


def _negation_scope(tokens: tuple[Token, ...]) -> tuple[bool, ...]:
    flags = [False] * len(tokens)
    remaining = 0
    sentence = -1
    for i, token in enumerate(tokens):
        if token.sentence != sentence:
            sentence, remaining = token.sentence, 0
        if token.norm in _SCOPE_STOPS:
            remaining = 0
            continue
        previous = tokens[i - 1].norm if i else ""
        if (
            _is_negation(token.norm)
            or (token.norm, previous) in _NEGATING_PAIRS
            or (token.norm == "from" and previous in _REFLEXIVES)
        ):
            # "instead" and "rather" only negate what follows "of"/"than"; "turned down the
            # overtime" and "stopped myself from snapping" say it did not happen.
            remaining = _NEGATION_WIDTH
            flags[i] = True
            continue
        if remaining:
            flags[i] = True
            remaining -= 1
    return tuple(flags)


def _hypothetical_scope(tokens: tuple[Token, ...]) -> tuple[bool, ...]:
    flags = [False] * len(tokens)
    active = habit = False
    sentence = -1
    previous = ""
    over = _habits_now_over(tokens)
    asked = _asking_what_might_happen(tokens)
    for i, token in enumerate(tokens):
        if token.sentence != sentence:
            sentence, active, habit, previous = token.sentence, False, False, ""
        norm = token.norm
        if habit and norm in _HABIT_ENDS:
            habit = False  # "We used to talk for hours, now he goes silent"
        if norm in _HYPOTHETICAL_STOPS:
            active = habit = False
        elif norm in {"would", "could"} and token.sentence in asked:
            # "Am I the type who would go cold?": a question about what might happen.
            active = flags[i] = True
        elif norm == "to" and previous == "used" and token.sentence in over:
            # "She used to stonewall me, but she hasn't in months": a habit that has ended
            # is not happening, much as a fear is not.
            habit = flags[i - 1] = True
        elif (
            norm in HYPOTHETICAL_CUES
            or norm.endswith("'ll")
            or (previous, norm) in _HYPOTHETICAL_BIGRAMS
            or (norm == "have" and previous.endswith("'d"))
        ):
            active = True
            if i and ((previous, norm) in _HYPOTHETICAL_BIGRAMS or norm == "have"):
                flags[i - 1] = True
        flags[i] = active or habit
        previous = norm
    return tuple(flags)


_HABIT_ENDS = frozenset({",", "now", "these", "nowadays", "lately", "today"})
# "Am I the type who would…?", "Would it count as avoiding if…?" ask what might happen; "How
# could she ignore me all night?" and "Why would he go silent?" complain about what did.
_ASKING_OPENERS = frozenset(
    {"am", "would", "will", "could", "should", "shall", "might", "is", "are", "what"}
)


def _asking_what_might_happen(tokens: tuple[Token, ...]) -> frozenset[int]:
    asked = {t.sentence for t in tokens if t.norm == "?"}
    firsts: dict[int, str] = {}
    for token in tokens:
        firsts.setdefault(token.sentence, token.norm)
    return frozenset(n for n in asked if firsts.get(n) in _ASKING_OPENERS)


# Words that say a habit has stopped ("not any more", "no longer", "hasn't since").
_OVER_CUES = frozenset({"anymore", "longer", "stopped", "hasn't", "haven't", "hasnt", "havent"})


def _habits_now_over(tokens: tuple[Token, ...]) -> frozenset[int]:
    """Sentences that say "used to" and also that it stopped."""
    used = {
        t.sentence
        for i, t in enumerate(tokens[1:], 1)
        if t.norm == "to" and tokens[i - 1].norm == "used"
    }
    if not used:
        return frozenset()
    ended = {t.sentence for t in tokens if t.norm in _OVER_CUES}
    ended |= {
        t.sentence
        for i, t in enumerate(tokens[1:], 1)
        if t.norm == "more" and tokens[i - 1].norm == "any"
    }
    return frozenset(used & ended)


def _partner_gender(tokens: Iterable[Token]) -> str | None:
    """Which pronoun the writer uses for the partner: 'he', 'she' or None when unclear."""
    he = {"husband", "boyfriend", "bf", "hubby", "fiance", "fiancé"}
    she = {"wife", "girlfriend", "gf", "wifey", "fiancee", "fiancée", "missus"}
    previous = ""
    counts = {"he": 0, "she": 0}
    for token in tokens:
        if previous == "my":
            if token.norm in he:
                return "he"
            if token.norm in she:
                return "she"
        if token.norm in {"he", "him", "his", "he's", "he'd", "he'll"}:
            counts["he"] += 1
        elif token.norm in {"she", "her", "hers", "she's", "she'd", "she'll"}:
            counts["she"] += 1
        previous = token.norm
    if counts["he"] and not counts["she"]:
        return "he"
    if counts["she"] and not counts["he"]:
        return "she"
    return None


def _pronoun_gender(norm: str) -> str | None:
    if norm.startswith("he") and norm in {"he", "he's", "he'd", "he'll"}:
        return "he"
    if norm in {"she", "she's", "she'd", "she'll"}:
        return "she"
    return None


_SUBORDINATORS = frozenset(
    {
        "when",
        "whenever",
        "while",
        "because",
        "after",
        "before",
        "until",
        "since",
        "as",
        "although",
        "though",
        "if",
        "unless",
        "that",
    }
)
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "vs", "etc", "jr", "sr", "e.g", "i.e"})


_PEOPLE_JOIN = frozenset({"i", "me", "he", "she", "my", "him", "her"})


def _names_a_partner(tokens: tuple[Token, ...], i: int) -> bool:
    """Token ``i`` starts a name, "him"/"her" or "my husband" (not "my mum")."""
    if i >= len(tokens):
        return False
    norm = tokens[i].norm
    if norm in {"him", "her", "them"} or norm in PARTNER_NOUNS:
        return True
    if norm == "my":
        return i + 1 < len(tokens) and tokens[i + 1].norm in PARTNER_NOUNS
    return (
        _name_shaped(tokens[i].text)
        and norm not in OTHER_NOUNS
        and norm not in _NOT_NAMES
        and norm not in _COMMON_CAPITALISED
    )


def _breaks_clause(tokens: tuple[Token, ...], i: int) -> bool:
    norm = tokens[i].norm
    if norm not in CLAUSE_BREAKS:
        return False
    if norm == "and" and 0 < i < len(tokens) - 1:
        # "my husband and I went quiet": one subject made of two people.
        before, after = tokens[i - 1].norm, tokens[i + 1].norm
        if after in _PEOPLE_JOIN and (
            before in _PEOPLE_JOIN or before in PARTNER_NOUNS or tokens[i - 1].text[:1].isupper()
        ):
            return False
        # "me and Carl went quiet" / "me and my wife": the same pair, the other way round.
        opens = i < 2 or tokens[i - 2].sentence != tokens[i].sentence
        opens = opens or tokens[i - 2].norm in CLAUSE_BREAKS
        if before == "me" and opens and _names_a_partner(tokens, i + 1):
            return False
    return True


# Words that lose their first letters to an apostrophe ("'cause", "'til"): not a quotation.
_ELISIONS = frozenset({"cause", "cos", "coz", "til", "till", "em", "bout", "round", "n", "twas"})
_OPENING_QUOTES = frozenset({"\u201c", "\u201e", "\u00ab"})  # “ „ «
_CLOSING_QUOTES = frozenset({"\u201d", "\u00bb"})  # ” »


def _quoted(tokens: tuple[Token, ...]) -> list[bool]:
    """Which tokens are inside quotation marks (reported speech), opening marks included.

    A quotation ends with its sentence at the latest, so a stray mark (6'2") can't turn the
    rest of an entry into someone else's words.
    """
    inside = [False] * len(tokens)
    double = single = False
    sentence = -1
    for i, token in enumerate(tokens):
        if token.sentence != sentence:
            double = single = False
            sentence = token.sentence
        raw = token.text
        glued_before = i > 0 and tokens[i - 1].end == token.start
        glued_after = i + 1 < len(tokens) and tokens[i + 1].start == token.end
        if raw in _OPENING_QUOTES or raw in _CLOSING_QUOTES or raw == '"':
            if raw == '"' and glued_before and tokens[i - 1].text[-1:].isdigit():
                continue  # 6'2": inches
            opening = raw in _OPENING_QUOTES and not (raw == "\u201c" and double)
            double = opening or (raw == '"' and not double)
            inside[i] = double
        elif token.norm == "'":
            # Speech opens after a space and touches the next word; the apostrophe in "the
            # kids' room" touches the word before it and opens nothing.
            if single and glued_before:
                single = False
            elif (
                not single
                and not glued_before
                and glued_after
                and tokens[i + 1].norm not in _ELISIONS
            ):
                single = inside[i] = True
        else:
            inside[i] = double or single
    return inside


def _clauses(tokens: tuple[Token, ...], partner_gender: str | None) -> tuple[Clause, ...]:
    names = _names(tokens)
    quoted = _quoted(tokens)
    fiction = _story_sentences(tokens)
    clauses: list[Clause] = []
    # The subject carried into a clause without one. A subordinate clause ("when I brought up
    # the bills") does not change who the main clause is about ("..., and then turned it up").
    main_subject: Subject = "self"
    main_clause: int | None = None  # index of the last main clause with its own subject
    # The most recently named person of each gender: "my brother ... he" is the brother.
    recent: dict[str, Subject] = {}
    start = 0
    n = len(tokens)
    while start < n:
        opener = ""
        while start < n and tokens[start].norm in CLAUSE_BREAKS:
            opener = tokens[start].norm
            start += 1
        if start >= n:
            break
        sentence = tokens[start].sentence
        end = start + 1
        while end < n and tokens[end].sentence == sentence and not _breaks_clause(tokens, end):
            end += 1
        phrase = _time_phrase(tokens, start)
        if opener in _TIME_OPENERS or phrase:
            end = _main_clause_start(tokens, start + phrase, end)
        found, gender = _clause_subject(tokens, start, end, partner_gender, recent, names)
        if sentence in fiction and found not in ("self", "both"):
            # "In the film, the wife keeps cleaning": people in a story are not the couple.
            found, gender = "other", None
        if quoted[start]:
            # Reported speech: its "I" is whoever is speaking, most likely the person the
            # sentence is about, and it doesn't change who the next clause is about.
            found = gender = None
        echo = _echo_subject(tokens, start, end, opener, recent, partner_gender)
        said = main_clause if main_clause is not None else len(clauses) - 1
        if echo is not None and said >= 0 and {echo, clauses[said].subject} == {"self", "partner"}:
            # "Tom sulked (when I cried), and so did I": what the main clause said, both did.
            clauses[said] = replace(clauses[said], subject="both", echoed=True)
            found = "both"
        elif echo is not None:
            found = echo
        if gender is not None and found is not None:
            recent[gender] = found
        subject = found if found is not None else main_subject
        if opener not in _SUBORDINATORS and found is not None:
            main_subject = found
            main_clause = len(clauses)
        clauses.append(
            Clause(
                tokens[start].start,
                tokens[end - 1].end,
                start,
                end,
                sentence,
                subject,
                found is not None,
            )
        )
        start = end
    return tuple(clauses)


_STORIES = frozenset(
    [
        "film",
        "movie",
        "show",
        "series",
        "episode",
        "book",
        "novel",
        "play",
        "documentary",
        "programme",
        "program",
        "podcast",
        "drama",
        "soap",
        "sitcom",
    ]
)


_AFTER_STORY = frozenset({",", ".", "last", "yesterday", "tonight", "we", "i", "they", "the"})


def _story_sentences(tokens: tuple[Token, ...]) -> frozenset[int]:
    """Sentences that open by setting a scene in a story: "In the film, ...", "On the show"."""
    found: set[int] = set()
    for i, token in enumerate(tokens):
        opens = i == 0 or tokens[i - 1].sentence != token.sentence
        if opens and token.norm in {"in", "on"}:
            words = [t.norm for t in tokens[i + 1 : i + 5] if t.sentence == token.sentence]
            if words[:1] not in (["the"], ["this"], ["that"], ["a"]):
                continue
            # "In the film, the wife…" / "On the show last night…", not "in the play area".
            for k in (1, 2):
                if k < len(words) and words[k] in _STORIES:
                    after = words[k + 1] if k + 1 < len(words) else ""
                    if after in _AFTER_STORY:
                        found.add(token.sentence)
    return frozenset(found)


_AUXILIARIES = frozenset({"did", "do", "does", "was", "were", "had", "has", "have", "am", "is"})
_ECHO_ENDS = (("too",), ("as", "well"), ("the", "same"), ("likewise",))


def _echo_subject(
    tokens: tuple[Token, ...],
    start: int,
    end: int,
    opener: str,
    recent: dict[str, Subject],
    partner_gender: str | None,
) -> Subject | None:
    """Who a clause that only repeats the last one is about: "so did I", "he did too"."""
    words = [t.norm for t in tokens[start:end] if t.norm[:1].isalnum()]
    if words[:1] in (["neither"], ["nor"]):
        opener, words = words[0], words[1:]
    if opener in {"so", "neither", "nor"} and len(words) == 2 and words[0] in _AUXILIARIES:
        pronoun = words[1]
    elif 3 <= len(words) <= 4 and words[1] in _AUXILIARIES and tuple(words[2:]) in _ECHO_ENDS:
        pronoun = words[0]
    else:
        return None
    if pronoun in SELF_WORDS:
        return "self"
    if _pronoun_gender(pronoun) is not None:
        return _pronoun_subject(pronoun, recent, partner_gender)
    return None


# "When she asked what was wrong I said ..." and "Every time he raises his voice I freeze":
# a time clause, then the main clause with no comma between them.
_TIME_OPENERS = frozenset({"when", "whenever", "after", "before", "until", "if", "once", "since"})
_TIME_PHRASES = (
    ("every", "time"),
    ("each", "time"),
    ("any", "time"),
    ("the", "moment"),
    ("the", "minute"),
    ("the", "second"),
    ("as", "soon"),
)
_MAIN_SUBJECTS = frozenset(
    [
        "i",
        "i'm",
        "i've",
        "i'd",
        "he",
        "he's",
        "he'd",
        "she",
        "she's",
        "she'd",
        "we",
        "we're",
        "we've",
        "we'd",
        "they",
        "they're",
    ]
)
# After these a pronoun starts reported or embedded words ("told me I was", "said he would"),
# not the main clause.
_EMBEDDING = (
    frozenset(
        [
            "said",
            "says",
            "say",
            "saying",
            "told",
            "tell",
            "tells",
            "telling",
            "think",
            "thinks",
            "thought",
            "know",
            "knows",
            "knew",
            "feel",
            "feels",
            "felt",
            "realise",
            "realised",
            "realize",
            "realized",
            "notice",
            "noticed",
            "guess",
            "hope",
            "hoped",
            "wish",
            "wished",
            "reckon",
            "reckons",
            "reckoned",
            "believe",
            "believed",
            "suppose",
            "sure",
            "worried",
            "afraid",
            "scared",
            "means",
            "meant",
            "mean",
            "hear",
            "heard",
            "find",
            "found",
            "assume",
            "assumed",
            "decide",
            "decided",
            "wonder",
            "wondered",
            "ask",
            "asks",
            "asked",
            "explain",
            "explained",
            "pretend",
            "pretended",
            "you",
            "that",
            "what",
            "how",
            "why",
            "where",
            "who",
            "which",
            "whether",
            "than",
            "like",
            "anytime",
            "time",
            "moment",
            "minute",
            "second",
            "soon",
        ]
    )
    | CLAUSE_BREAKS
    | SELF_WORDS
    | PARTNER_PRONOUNS
)


def _time_phrase(tokens: tuple[Token, ...], start: int) -> int:
    """How many tokens of a time phrase ("every time", "anytime") open the clause."""
    pair = tuple(t.norm for t in tokens[start : start + 2])
    if pair in _TIME_PHRASES:
        return 2
    return 1 if pair[:1] == ("anytime",) else 0


def _main_clause_start(tokens: tuple[Token, ...], start: int, end: int) -> int:
    """Where the main clause starts inside a time clause that runs into it, or ``end``."""
    # The time clause needs its own subject and verb first: "when [she] [asked] ... I".
    for j in range(start + 2, end):
        if tokens[j].norm not in _MAIN_SUBJECTS or tokens[j - 1].norm in _EMBEDDING:
            continue
        if tokens[j - 1].norm in _OBJECTS and tokens[j - 2].norm in _REPORTING:
            continue  # "when he told me I was cold": what he said, not the main clause
        return j
    return end


_OBJECTS = frozenset({"me", "him", "her", "us", "them"})
_REPORTING = frozenset(
    [
        "told",
        "tell",
        "tells",
        "telling",
        "asked",
        "ask",
        "asks",
        "warned",
        "reminded",
        "promised",
        "convinced",
        "showed",
        "assured",
        "informed",
        "texted",
        "wrote",
        "emailed",
        "messaged",
    ]
)


CALENDAR_WORDS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    }
)
_NOT_NAMES = CALENDAR_WORDS | frozenset(
    {
        "tv",
        "netflix",
        "xbox",
        "playstation",
        "instagram",
        "facebook",
        "tiktok",
        "youtube",
        "reddit",
        "twitter",
        "whatsapp",
        "ok",
        "okay",
        "god",
        "christmas",
        "easter",
        "thanksgiving",
        "english",
        "mom",
        "mum",
        "dad",
        "ps5",
        "fifa",
        "zoom",
        "slack",
        "discord",
        "spotify",
        "amazon",
        "lol",
        "omg",
        "wtf",
        "idk",
        "tbh",
        "btw",
        "aa",
        "na",
    }
)


def _name_shaped(text: str, *, loose: bool = True) -> bool:
    """A capitalised word as names are written: "Tom", "Zoë", "Jean-Luc", "O'Neill", "Min-jun".

    At the start of a sentence (``loose`` False) a hyphened word with a lower-case second part
    could as well be "Self-care" or "Ex-wife", so there it must look like a two-syllable given
    name: two short parts, the first not a common prefix.
    """
    if len(text) < 2 or not text[0].isupper():
        return False
    if text[1] in ("'", "\u2019"):  # "O'Neill", "D'Souza"
        return _name_shaped(text[2:], loose=loose)
    parts = text.split("-")
    if not all(len(part) > 1 and part.isalpha() and part[1:].islower() for part in parts):
        return False
    if loose or len(parts) == 1 or all(part[0].isupper() for part in parts):
        return True
    return (
        len(parts) == 2
        and all(len(part) <= 4 for part in parts)
        and parts[0].lower() not in _HYPHEN_PREFIXES
        and parts[1] not in _HYPHEN_SUFFIXES
    )


# Second halves of hyphened words that are not names: "Ice-cold", "Hand-made", "Part-time".
_HYPHEN_SUFFIXES = frozenset(
    {"made", "cold", "care", "time", "free", "up", "out", "off", "in", "on", "over", "down"}
    | {"back", "like", "less", "ish", "wide", "long", "term", "self", "day", "week", "year"}
    | {"old", "new", "hot", "all", "way", "law", "side", "room", "hand", "home", "work", "line"}
    | {"end", "ever", "one", "two", "based", "run", "go", "by", "to", "box", "top", "fed", "born"}
    | {"half", "full", "dry", "wet", "bye", "ups", "ins", "off", "led", "tech", "star", "shop"}
)
# First halves of hyphened words that start sentences without being names.
_HYPHEN_PREFIXES = frozenset(
    {"ex", "co", "re", "pre", "non", "anti", "self", "full", "part", "long", "well", "last"}
    | {"half", "step", "mid", "post", "off", "all", "out", "over", "day", "work", "week", "sort"}
    | {"kind", "high", "low", "one", "two", "date", "game", "free", "home", "role", "face", "make"}
)


def _names(tokens: tuple[Token, ...]) -> dict[str, Subject]:
    """First names as the text writes them: capitalised words that do not start a sentence.

    A name right after a family or friend word ("my sister Ana") belongs to someone else;
    any other name is most often the partner's.
    """
    names: dict[str, Subject] = {}
    for i, token in enumerate(tokens):
        text = token.text
        if (
            i
            and tokens[i - 1].sentence == token.sentence
            and tokens[i - 1].text not in {'"', "\u201c", ":"}
            and _name_shaped(text)
            and token.norm not in _NOT_NAMES
            and token.norm not in OTHER_NOUNS
            and token.norm not in PARTNER_NOUNS
            and token.norm not in SELF_WORDS
        ):
            previous = tokens[i - 1].norm
            if previous in OTHER_NOUNS or previous.endswith("'s"):
                names[token.norm] = "other"
            else:
                names.setdefault(token.norm, "partner")
    return names


_HE_NOUNS = frozenset(
    {
        "brother",
        "dad",
        "father",
        "son",
        "boss",
        "uncle",
        "grandpa",
        "guy",
        "boy",
        "nephew",
        "stepson",
    }
)
_SHE_NOUNS = frozenset(
    {
        "sister",
        "mom",
        "mum",
        "mother",
        "daughter",
        "aunt",
        "grandma",
        "woman",
        "lady",
        "girl",
        "niece",
        "stepdaughter",
    }
)


def _clause_subject(
    tokens: tuple[Token, ...],
    first: int,
    last: int,
    partner_gender: str | None,
    recent: dict[str, Subject],
    names: dict[str, Subject],
) -> tuple[Subject | None, str | None]:
    """Find the subject in the first few tokens of a clause.

    Returns (subject or None when the clause has none of its own, gender of the person that
    this clause names, if any, so later pronouns can point back at them).
    """
    if tokens[first].norm in _LEADING_PREPOSITIONS:
        # "In front of my parents he went silent": the subject comes after the opening phrase,
        # and the people inside that phrase are not it.
        for j in range(first + 1, min(last, first + 9)):
            if tokens[j].norm in _MAIN_SUBJECTS or tokens[j].norm in names:
                return _clause_subject(tokens, j, last, partner_gender, recent, names)
    end = min(last, first + _SUBJECT_WINDOW)
    i = first
    while i < end:
        norm = tokens[i].norm
        nxt = tokens[i + 1].norm if i + 1 < last else ""
        if norm in SELF_WORDS:
            if (
                nxt == "and"
                and i + 2 < len(tokens)
                and tokens[i + 2].norm in PARTNER_PRONOUNS | {"my", "husband", "wife", "partner"}
            ):
                return "both", None
            return "self", None
        if norm in BOTH_WORDS and norm != "us":
            return "both", None
        if norm == "me" and nxt == "and" and _names_a_partner(tokens, i + 2):
            return "both", None  # "me and Carl did the jigsaw" (not "me and my mum")
        if norm in {"neither", "each", "both"} and nxt == "of":
            return "both", None
        if norm == "neither" and nxt == "one":  # "neither one said a word"
            return "both", None
        if norm == "the" and nxt == "two" and i + 2 < last and tokens[i + 2].norm == "of":
            return "both", None  # "the two of us"
        gender = _pronoun_gender(norm)
        if (
            gender is not None
            and nxt == "and"
            and i + 2 < len(tokens)
            and tokens[i + 2].norm in {"i", "me"}
        ):
            return "both", None
        if gender is not None:
            return _pronoun_subject(norm, recent, partner_gender), None
        if norm in {"they", "they're", "they've", "they'd", "they'll"}:
            return (
                "partner" if partner_gender is None and "other" not in recent.values() else "other"
            ), None
        if norm in _POSSESSIVES:
            # "my husband" / "my sister's husband" / "his mom" / "the kids"
            j = i + 1
            owner_is_other = norm in {"his", "her", "their", "your", "the", "a"}
            partners_thing = False
            while j < min(last, i + 5):
                word = tokens[j].norm
                if word in PARTNER_NOUNS and word != "other":
                    if owner_is_other and norm != "the":
                        return "other", _NOUN_GENDER.get(word)
                    return _with_me(tokens, j + 1, last, "partner"), _NOUN_GENDER.get(word)
                if (
                    word.endswith("'s")
                    and word[:-2] in PARTNER_NOUNS
                    and j + 1 < last
                    and _has_or_is(tokens[j + 1].norm)
                    and j == i + 1
                    and norm in {"my", "the", "our"}
                ):
                    # "the wife's been doing courses": 's is "has" or "is" here.
                    return "partner", _NOUN_GENDER.get(word[:-2])
                if word.endswith("'s") and word[:-2] in PARTNER_NOUNS:
                    # "my husband's mum": someone who belongs to the partner.
                    partners_thing = not owner_is_other or norm == "the"
                    owner_is_other = True
                    j += 1
                    continue
                if word == "other" and j + 1 < last and tokens[j + 1].norm == "half":
                    return "partner", None
                if word in OTHER_NOUNS or (word.endswith("'s") and word[:-2] in OTHER_NOUNS):
                    if word.endswith("'s"):
                        owner_is_other = True
                        j += 1
                        continue
                    gender = "he" if word in _HE_NOUNS else "she" if word in _SHE_NOUNS else None
                    return "other", gender
                if word.isalpha() and word not in {
                    "own",
                    "poor",
                    "best",
                    "older",
                    "younger",
                    "little",
                    "big",
                    "new",
                    "old",
                    "dear",
                }:
                    # A thing, not a person: "my partner's headphones go on", "her answer
                    # was to start hoovering" are about whoever owns it.
                    if partners_thing:
                        return "partner", None
                    if norm in {"his", "her"} and j == i + 1:
                        return _pronoun_subject(norm, recent, partner_gender), None
                    break
                j += 1
            else:
                if partners_thing:  # "my partner's" and then a quotation
                    return "partner", None
            i = j
            continue
        if norm in PARTNER_NOUNS and norm != "other":
            return _with_me(tokens, i + 1, last, "partner"), _NOUN_GENDER.get(norm)
        if norm in OTHER_NOUNS:
            gender = "he" if norm in _HE_NOUNS else "she" if norm in _SHE_NOUNS else None
            return "other", gender
        if norm in names:
            return _with_me(tokens, i + 1, last, names[norm]), None
        if norm.endswith("'s") and _has_or_is(nxt):
            # "Omar's fussing over ..." / "Malcolm's taken up fishing": 's is "is" or "has".
            owner = norm[:-2]
            if owner in names:
                return names[owner], None
            if owner in OTHER_NOUNS:  # "Mum's been poorly"
                return (
                    "other",
                    "he" if owner in _HE_NOUNS else "she" if owner in _SHE_NOUNS else None,
                )
            if owner in PARTNER_NOUNS and owner != "other":  # "Hubby's gone quiet"
                return "partner", _NOUN_GENDER.get(owner)
            if (
                i == first
                and _name_shaped(tokens[i].text[:-2], loose=False)
                and owner not in _NOT_OWNERS
            ):
                return "partner", None
        if i == first and _looks_like_name_subject(tokens, i, last):
            return _with_me(tokens, i + 1, last, "partner"), None
        if norm in _LEAD_SKIP or not norm.isalnum():
            i += 1
            continue
        if tokens[first].norm in _LEADING_PREPOSITIONS and i > first:
            # Still inside an opening phrase: "On the way home he went quiet".
            i += 1
            continue
        # First real word is something else (a verb, most likely): no explicit subject.
        break
    return None, None


_LEADING_PREPOSITIONS = frozenset(
    {"on", "at", "in", "after", "before", "during", "over", "by", "from", "since", "for"}
)


_NOUN_GENDER = {
    "husband": "he",
    "boyfriend": "he",
    "bf": "he",
    "hubby": "he",
    "fiance": "he",
    "fiancé": "he",
    "wife": "she",
    "girlfriend": "she",
    "gf": "she",
    "wifey": "she",
    "fiancee": "she",
    "fiancée": "she",
    "missus": "she",
}
_PAST_IRREGULAR = frozenset(
    {
        "took",
        "went",
        "said",
        "spent",
        "got",
        "came",
        "left",
        "made",
        "kept",
        "sat",
        "stood",
        "told",
        "gave",
        "ran",
        "slept",
        "ate",
        "drove",
        "put",
        "read",
        "wrote",
        "felt",
        "was",
        "has",
        "had",
        "is",
        "does",
        "did",
        "just",
        "always",
        "never",
        "often",
        "says",
        "goes",
        "gets",
        "keeps",
        "won't",
        "didn't",
        "doesn't",
        "wouldn't",
        "can't",
        "isn't",
        "wasn't",
        "hasn't",
        "hadn't",
        "couldn't",
        "finally",
        "suddenly",
        "then",
        "also",
        "stayed",
        "barely",
        "hardly",
        "still",
    }
)
_COMMON_CAPITALISED = frozenset(
    {
        "things",
        "work",
        "dinner",
        "everything",
        "nothing",
        "something",
        "it",
        "this",
        "that",
        "there",
        "what",
        "who",
        "today",
        "yesterday",
        "tonight",
        "life",
        "money",
        "sex",
        "home",
        "nobody",
        "everyone",
        "someone",
        "anyway",
        "also",
        "just",
        "honestly",
        "apparently",
        "lately",
        "sometimes",
        "usually",
        "then",
        "finally",
        "later",
        "somehow",
        "instead",
        "talking",
        "being",
        "having",
        "trying",
        "getting",
        "going",
        "again",
        "once",
        "both",
        "neither",
        "each",
        "all",
        "none",
        "most",
        "some",
        "saturday",
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "christmas",
        "weekends",
        "evenings",
        "mornings",
        "nights",
        "meanwhile",
        "afterwards",
        "eventually",
        "recently",
        "obviously",
    }
)


def _looks_like_name_subject(tokens: tuple[Token, ...], i: int, last: int) -> bool:
    """A capitalised first word followed by a verb-like word: "Tom took the dog out"."""
    token = tokens[i]
    if not _name_shaped(token.text, loose=False):
        return False
    if (
        token.norm in _COMMON_CAPITALISED
        or token.norm in _LEAD_SKIP
        or token.norm.endswith("ly")
        or token.norm in OTHER_NOUNS
    ):
        return False
    if i + 1 >= last:
        return False
    nxt = tokens[i + 1].norm
    if nxt == "and" and i + 2 < len(tokens) and tokens[i + 2].norm in {"i", "me"}:
        return True  # "Paul and I raced ...": `_with_me` makes it both of us
    return nxt in _PAST_IRREGULAR or (
        len(nxt) > 3 and (nxt.endswith("ed") or (nxt.endswith("s") and not nxt.endswith("ss")))
    )


# Words after "Name's" that make the 's a verb ("has" or "is") rather than a possessive.
_AFTER_HAS_IS = frozenset(
    {
        "been",
        "got",
        "gone",
        "taken",
        "become",
        "always",
        "never",
        "just",
        "not",
        "already",
        "still",
        "barely",
        "hardly",
        "now",
        "off",
        "out",
        "away",
        "back",
        "started",
        "stopped",
        "decided",
        "spent",
        "had",
        "left",
        "suddenly",
        "constantly",
        "really",
        "so",
        "too",
        # only "is" comes before these: "Mel's at the sales", "Sam's a workaholic"
        "at",
        "in",
        "on",
        "a",
        "an",
        "the",
        "very",
        "quite",
        "home",
        "asleep",
        "busy",
        "upstairs",
        "downstairs",
        "outside",
    }
)
# "-ing" words that are usually things ("Sam's wedding"), not "Sam is ...ing".
_ING_NOUNS = frozenset(
    {"wedding", "morning", "evening", "thing", "ring", "meeting", "building", "ceiling", "feeling"}
    | {"feelings", "clothing", "cooking", "painting", "parking", "birthday", "funeral", "king"}
)


def _pronoun_subject(
    pronoun: str, recent: dict[str, Subject], partner_gender: str | None
) -> Subject:
    """Who "he"/"she" (or "his"/"her") is: the last person of that gender named, else the
    partner, unless the partner is known to be of the other gender."""
    gender = "he" if pronoun == "his" else "she" if pronoun == "her" else _pronoun_gender(pronoun)
    if gender in recent:
        return recent[gender]
    if partner_gender is not None and gender != partner_gender:
        return "other"
    return "partner"


def _has_or_is(word: str) -> bool:
    return word in _AFTER_HAS_IS or (
        len(word) > 4
        and word not in _ING_NOUNS
        and (word.endswith("ing") or (word.endswith("ed") and not word.endswith("eed")))
    )


def _with_me(tokens: tuple[Token, ...], i: int, last: int, subject: Subject) -> Subject:
    """ "my husband and I" is both of us."""
    del last  # the pair may straddle what looks like a clause break
    if i + 1 < len(tokens) and tokens[i].norm == "and" and tokens[i + 1].norm in {"i", "me"}:
        return "both"
    return subject


# Capitalised short forms that are not shouting and keep their case when re-voiced.
ACRONYMS = frozenset(
    {
        "AM",
        "ASAP",
        "ATM",
        "BBQ",
        "BTW",
        "DIY",
        "DM",
        "ER",
        "FYI",
        "GP",
        "HR",
        "I",
        "ID",
        "IT",
        "LOL",
        "NHS",
        "OK",
        "PM",
        "PTA",
        "TV",
        "UK",
        "US",
    }
)


# Capitalised words before "'s" at the start of a sentence that are not anyone's name:
# "It's been hard", "Today's been awful", "Mum's been ill", "Let's just go".
_NOT_OWNERS = (
    _COMMON_CAPITALISED
    | _NOT_NAMES
    | OTHER_NOUNS
    | PARTNER_NOUNS
    | _LEAD_SKIP
    | frozenset(
        {"it", "that", "there", "here", "what", "who", "where", "how", "why", "when", "let"}
        | {"one", "nobody", "somebody", "everybody", "anyone", "anybody", "no", "this", "each"}
        | {"tomorrow", "time", "school", "work", "life", "dinner", "money", "home", "he", "she"}
        | {"everything", "nothing", "something", "everyone", "someone", "mum", "dad", "mom"}
    )
)
