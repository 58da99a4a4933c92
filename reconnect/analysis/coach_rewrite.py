"""Build a gentle version of a draft from its own words: "I feel … when … Could we …?"

The rewrite never adds facts. It keeps the draft's specifics (the dishes, Friday, your mum) by
reusing one clause of the draft as the situation, and it takes out what makes that clause an
attack: always/never, insults and traits, sarcasm, "again", shouting in capitals. The feeling is
the writer's own when they named one, the real feeling under a disguised judgement when there is
one, and otherwise a modest guess ("frustrated", "lonely") offered as a suggestion. The request is
the draft's own request turned into a question, or a small invitation to talk.

Past events read more naturally as "I felt … when you forgot …", so the verb follows the tense
of the situation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reconnect.analysis import coach_rules as rules
from reconnect.analysis.text import ACRONYMS, CALENDAR_WORDS, Prepared


def _rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile with apostrophes optional, as the rules do, so texting style reads the same."""
    return re.compile(rules._texting(pattern), flags)


# Words that carry the heat but not the facts.
_HEAT = re.compile(
    r"\b(?:always|constantly|forever|again|for\s+once(?:\s+in\s+your\s+life)?|finally|even|"
    r"seriously|literally|actually|bloody|fucking|freaking|damn|effing|just|ever|still|"
    r"of\s+course|obviously|clearly|as\s+usual|once\s+again|yet\s+again|every\s+single\s+time|"
    r"all\s+the\s+time|like\s+(?:a|an)\s+(?:normal|grown|real)\s+\w+|like\s+(?:a|an)\s+adult|"
    r"at\s+all|whatsoever|apparently|really|totally|completely|honestly|so)\b",
    re.IGNORECASE,
)
_LEADING = re.compile(
    r"^(?:(?:again\s+with|wow|oh|ugh|seriously|honestly|look|well|so|and|but|yet|great|nice|okay|"
    r"ok|"
    r"right|sure|yeah|yes|no|god|jesus|hey|again|also|plus|then|now|listen|typical|"
    r"of\s+course|once\s+again|as\s+usual|i\s+mean|i\s+swear|i\s+can't\s+believe|"
    r"can't\s+believe)\b[,!.]?\s*)+",
    re.IGNORECASE,
)
_CONTENT_DETERMINER = re.compile(
    r"\b(?:the|my|your|our|his|her|their|this|that)\s+(?:(?:own|whole|new|old|last|first|"
    r"entire|little|big|weekly|monthly)\s+)?[a-z][a-z'-]+(?:\s+(?:bill|list|party|dinner|"
    r"appointment|night|trip|plans?|account|card|car|bin|bins|table|room|pick-?up|run|"
    r"meeting|call|birthday|money|rent|kids?|homework|laundry|dishes))?",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|yesterday|"
    r"last\s+night|this\s+morning|this\s+weekend|last\s+weekend|at\s+\d{1,2}(?::\d\d)?\s*"
    r"(?:am|pm)?|on\s+\w+day|christmas|thanksgiving|new\s+year's)\b",
    re.IGNORECASE,
)
_YOU_ACTION = re.compile(r"\byou(?:'re|'ve|'d|'ll)?\s+(?:\w+\s+){0,2}?\w+", re.IGNORECASE)
_RHETORICAL = _rx(
    r"^\s*(?:why|what|how|who|seriously|are\s+you|do\s+you\s+even|"
    r"is\s+it|did\s+you\s+even|can\s+you\s+even)\b",
    re.IGNORECASE,
)
_SELF_EXCUSE = _rx(
    r"^\s*(?:i\s+was|i've\s+been|i\s+had|i\s+did|i\s+do|i\s+work|i\s+didn't|i\s+never|"
    r"i'm\s+not|it\s+was|it's\s+not|that's\s+not|sorry|i'm\s+sorry|i'm\s+done|i\s+don't)\b",
    re.IGNORECASE,
)
_NOT_A_SITUATION = _rx(
    r"\b(?:whatever|do\s+what\s+you\s+want|i'm\s+done|leave\s+me\s+alone|forget\s+it|"
    r"what's\s+wrong\s+with\s+you|typical|grow\s+up|get\s+a\s+life|thanks|thank\s+you|"
    r"congrat\w*|bravo|well\s+done|good\s+for\s+you|must\s+be\s+nice|wow|genius)\b",
    re.IGNORECASE,
)
_TRAIT_CLAUSE = re.compile(
    rules._YOU_ARE
    + r"\s+"
    + rules._INTENS
    + r"(?:"
    + rules.TRAITS
    + r"|"
    + rules.INSULTS
    + r"|such\s+an?\s+\w+)\b",
    re.IGNORECASE,
)
_REQUEST = _rx(
    r"\b(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+|i\s+need\s+you\s+to\s+|"
    r"i\s+want\s+you\s+to\s+|i'd\s+like\s+you\s+to\s+|next\s+time,?\s+(?:just\s+)?|"
    r"(?:can|could)\s+we\s+|let's\s+|how\s+about\s+we\s+|i'd\s+(?:love|like)\s+(?:it\s+if\s+)?"
    r"(?:for\s+)?us\s+to\s+|how\s+hard\s+is\s+it\s+to\s+|is\s+it\s+(?:really\s+)?(?:that|so)\s+"
    r"hard\s+to\s+|would\s+it\s+kill\s+you\s+to\s+|is\s+it\s+too\s+much\s+to\s+ask\s+(?:you\s+|"
    r"for\s+you\s+)?to\s+|why\s+can't\s+you\s+(?:just\s+)?|why\s+don't\s+you\s+(?:just\s+|"
    r"ever\s+)?)"
    r"(?P<vp>[^.!?\n]{3,90})",
    re.IGNORECASE,
)
_IMPERATIVE = re.compile(
    r"(?:^|[.!?]\s+)(?:just\s+|now\s+)?(?P<vp>(?:do|take|pick|put|call|text|tell|clean|wash|"
    r"pay|help|come|stop|start|answer|ask|check|get|book|bring|turn|sort|fix|show|let|make|"
    r"empty|load|walk|feed|remember)\s+[^.!?\n]{2,80})",
    re.IGNORECASE,
)
_IRREGULAR_PAST = {
    "did": "do",
    "said": "say",
    "made": "make",
    "told": "tell",
    "thought": "think",
    "took": "take",
    "gave": "give",
    "went": "go",
    "got": "get",
    "paid": "pay",
    "left": "leave",
    "bought": "buy",
    "brought": "bring",
    "forgot": "forget",
    "rang": "ring",
    "wrote": "write",
    "ate": "eat",
    "kept": "keep",
    "sent": "send",
    "spent": "spend",
    "met": "meet",
    "came": "come",
    "ran": "run",
    "sat": "sit",
    "saw": "see",
    "heard": "hear",
    "knew": "know",
    "slept": "sleep",
    "drove": "drive",
    "chose": "choose",
    "felt": "feel",
    "lost": "lose",
    "began": "begin",
    "broke": "break",
    "read": "read",
    "put": "put",
    "let": "let",
    "cut": "cut",
}
_SAME_IN_PRESENT = frozenset({"let", "put", "read", "cut"})
# Past when the clause's own verb is past ("you forgot …", "you didn't …") or it names a past
# time; "you don't ask how my day was" stays present.
_PAST_HINT = re.compile(
    r"\b(?:yesterday|last\s+(?:night|week|weekend|time|month|year)|this\s+morning|"
    r"earlier\s+today|ago)\b|^(?:you|he|she|we|i|they|it|[a-z]+)\s+(?:\w+ly\s+)?"
    r"(?:\w+ed|had|was|were|did|didn't|wasn't|weren't|hadn't|"
    + "|".join(w for w in _IRREGULAR_PAST if w not in _SAME_IN_PRESENT)
    + r")\b",
    re.IGNORECASE,
)
_NEVER_VERB = re.compile(r"\bnever\s+(\w+)", re.IGNORECASE)
_CAPS_WORD = re.compile(r"\b[A-Z]{2,}\b")

_TOPIC_FEELINGS = (
    (
        re.compile(
            r"\b(?:birthday|anniversary|forgot|forget|promised|promise|plans?|cancel\w*|"
            r"funeral|hospital|ill|illness|sick|scan|grief|died)\b",
            re.IGNORECASE,
        ),
        "hurt",
    ),
    (
        re.compile(
            r"\b(?:alone|ignor\w*|phone|screen|scroll\w*|game|gaming|tv|out\s+with|late|away|"
            r"miss\w*|busy|work\w*|job|friends|mates|attention|bed|ask|asked|listen\w*|"
            r"notice\w*)\b",
            re.IGNORECASE,
        ),
        "lonely",
    ),
    (
        re.compile(
            r"\b(?:money|bill|bills|rent|spent|spend|card|bank|budget|debt|safe|drunk|"
            r"drive|driving)\b",
            re.IGNORECASE,
        ),
        "worried",
    ),
    (
        re.compile(
            r"\b(?:dishes|laundry|clean\w*|mess|trash|bins?|chores?|cook\w*|kids|school|"
            r"house|kitchen|groceries|shopping)\b",
            re.IGNORECASE,
        ),
        "overwhelmed",
    ),
)
_AVOID_FEELINGS = frozenset({"sorry", "happy", "grateful", "relieved", "excited", "calm", "guilty"})
_FEELING_ALIASES = {
    "alone": "lonely",
    "furious": "really angry",
    "annoyed": "frustrated",
    "irritated": "frustrated",
}


def build_suggestion(
    text: str,
    prepared: Prepared,
    marker_types: Sequence[str],
    judgement_feelings: Sequence[tuple[str, ...]],
    hits: Sequence[rules.RuleHit] | None = None,
    marker_spans: Sequence[tuple[str, int, int]] = (),
) -> str:
    """A gentle rewrite of ``text`` from its own words (see the module docstring).

    ``marker_spans`` (type, start, end) are the coach's final markers, learned ones included;
    sarcastic sentences among them are never reused as the situation.
    """
    folded = rules.fold(text)
    if hits is None:
        hits = rules.find_markers(folded)
    situation = _situation(folded, hits, marker_spans, "contempt" in marker_types)
    feeling = _feeling(folded, hits, marker_types, judgement_feelings, situation)
    request = _request(folded, situation, marker_types)
    situation = _tidy_texting(situation)

    if "stonewalling" in marker_types and not situation:
        first = f"I feel {feeling} right now and need a short break"
    elif situation.startswith("about "):
        first = f"I feel {feeling} {situation}"
    elif situation:
        verb = "felt" if _PAST_HINT.search(situation) else "feel"
        first = f"I {verb} {feeling} when {situation}"
    elif "defensiveness" in marker_types:
        first = f"I feel {feeling} about how that went"
    else:
        first = f"I feel {feeling} right now"
    if "stonewalling" in marker_types and situation:
        # The request below is to come back; say first that a break is what is needed.
        first += ", and I need a short break"
    elif "defensiveness" in marker_types:
        first += ", and I can see my part in it"
    elif "contempt" in marker_types and not situation and "stonewalling" not in marker_types:
        first += ", and I'd rather say it plainly"
    return f"{first}. {request}"


_TEXTING_FIXES = {
    "youre": "you're",
    "dont": "don't",
    "didnt": "didn't",
    "cant": "can't",
    "wont": "won't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "doesnt": "doesn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "im": "I'm",
    "ive": "I've",
    "i": "I",
    "id": "I'd",
    "u": "you",
    "theyre": "they're",
    "thats": "that's",
    "whats": "what's",
}
# Lower-case only: "ID" and "U" written in capitals are something else.
_TEXTING_WORD = re.compile(r"\b(?:" + "|".join(_TEXTING_FIXES) + r")\b")


def _tidy_texting(clause: str) -> str:
    """Put back apostrophes and capital I, so the gentle version reads cleanly."""
    return _TEXTING_WORD.sub(
        lambda m: _TEXTING_FIXES[m.group(0)],
        clause,
    )


def _feeling(
    text: str,
    hits: Sequence[rules.RuleHit],
    marker_types: Sequence[str],
    judgement_feelings: Sequence[tuple[str, ...]],
    situation: str,
) -> str:
    if "defensiveness" in marker_types and not situation and not judgement_feelings:
        return "uneasy"
    for word, start in rules.real_feelings(text):
        # "I was exhausted" inside an excuse is a defence, not the feeling to lead with.
        if word not in _AVOID_FEELINGS and not any(h.start <= start < h.end for h in hits):
            return _FEELING_ALIASES.get(word, word)
    if judgement_feelings:
        return judgement_feelings[0][0]
    if "stonewalling" in marker_types and not situation:
        return "overwhelmed"
    if "defensiveness" in marker_types and not situation:
        # "I was tired" in a defence explains; the feeling to own is the unease of the moment.
        return "uneasy"
    for regex, feeling in _TOPIC_FEELINGS:
        if regex.search(situation or text):
            return feeling
    return "frustrated" if marker_types else "hurt"


@dataclass(frozen=True, slots=True)
class _Clause:
    text: str
    start: int
    question: bool


_PIECE = re.compile(r"[^.!?;:\n\u2014\u2013]+(?P<end>[.!?;:\n\u2014\u2013]*)")
_SPLIT_INSIDE = re.compile(
    r",\s+(?:but|and\s+then|so|because)\s+|\s+-\s+|,\s+|\s+but\s+|"
    r"\s+and\s+(?=(?:you|i|we|he|she|they|it)\b)|"
    r"(?<=\w)\s+(?=i\s+(?:felt|feel|get|got|was\s+left)\b)",
    re.IGNORECASE,
)


def _clauses(text: str) -> list[_Clause]:
    """Sentence pieces split at strong punctuation, commas and 'but', with their offsets."""
    clauses: list[_Clause] = []
    for piece in _PIECE.finditer(text):
        question = "?" in piece.group("end")
        body_end = piece.start("end")
        position = piece.start()
        for part in _SPLIT_INSIDE.split(text[position:body_end]):
            offset = text.find(part, position, body_end) if part else -1
            if offset >= 0:
                position = offset + len(part)
            cleaned = part.strip(' "()*').lstrip("'")
            if cleaned:
                clauses.append(_Clause(cleaned, max(offset, 0), question))
    return clauses


def _situation(
    text: str,
    hits: Sequence[rules.RuleHit],
    marker_spans: Sequence[tuple[str, int, int]] = (),
    sarcastic: bool = False,
) -> str:
    # Clauses that carry a dig, an excuse or a closed door are not "the situation".
    blocked = [
        (hit.start, hit.end)
        for hit in hits
        if hit.type != "criticism" or hit.pattern.split(".")[1] in _TRAIT_PATTERNS
    ]
    # Sarcasm colours its whole sentence: nothing in it can be taken at face value.
    contempt_spans = [(h.start, h.end) for h in hits if h.type == "contempt"]
    contempt_spans += [(start, end) for kind, start, end in marker_spans if kind == "contempt"]
    for start, end in contempt_spans:
        left, right = rules._sentence_bounds(text, start)
        blocked.append((left, max(right, end)))
    scored: list[tuple[float, int, str]] = []
    for index, clause in enumerate(_clauses(text)):
        end = clause.start + len(clause.text)
        if any(start < end and clause.start < stop for start, stop in blocked):
            continue
        candidate = _unquestion(clause)
        if not candidate:
            continue
        score = _situation_score(candidate)
        if score > 0:
            scored.append((-score, index, candidate))
    for _score, _index, candidate in sorted(scored):
        revoiced = _revoice(candidate, text)
        # In a sarcastic draft only a plain "you …" statement can be trusted at face value.
        if sarcastic and not re.match(r"^(?:you|your)\b", revoiced, re.IGNORECASE):
            continue
        if _reads_as_situation(revoiced):
            return revoiced
    return ""


_FUNCTION_WORDS = frozenset(
    (
        "you",
        "your",
        "you're",
        "youre",
        "i",
        "i'm",
        "me",
        "my",
        "we",
        "us",
        "our",
        "it",
        "it's",
        "is",
        "are",
        "was",
        "were",
        "do",
        "does",
        "did",
        "don't",
        "didn't",
        "doesn't",
        "not",
        "be",
        "been",
        "have",
        "has",
        "had",
        "the",
        "a",
        "an",
        "to",
        "of",
        "and",
        "or",
        "that",
        "this",
        "so",
        "then",
        "there",
        "about",
        "when",
        "what",
        "anyway",
        "too",
        "will",
        "would",
        "can",
        "could",
        "should",
        "might",
        "must",
        "shall",
        "just",
        "again",
        "even",
        "go",
        "going",
        "get",
        "got",
    )
)


def _reads_as_situation(clause: str) -> bool:
    if clause.startswith("about ") and not re.match(
        r"about\s+(?:the|your|my|our|this|that|these|those|another|all|every|his|her|their)\b",
        clause,
        re.IGNORECASE,
    ):
        return False
    words = re.findall(r"[a-z']+", clause.lower())
    content = [w for w in words if w not in _FUNCTION_WORDS]
    return len(words) >= 3 and len(content) >= 1


_TRAIT_PATTERNS = frozenset(
    {
        "trait",
        "trait_such",
        "feel_like_you_trait",
        "whats_wrong",
        "problem_is_you",
        "stop_being",
        "again_alone",
        "typical",
        "only_care",
    }
)

_WHY_DO = _rx(
    r"^why\s+(?:do|does)\s+you\s+(?:always\s+|constantly\s+)?(?:have\s+to\s+)?", re.IGNORECASE
)
_WHY_DIDNT = _rx(
    r"^why\s+(?:didn't|did\s+you\s+not|don't|won't|haven't|wouldn't)\s+"
    r"(?:you\s+)?",
    re.IGNORECASE,
)
_WHY_ARE = _rx(r"^why\s+(?:are|were)\s+you\s+(?:always\s+)?", re.IGNORECASE)


def _unquestion(clause: _Clause) -> str:
    """Statements stay; 'why do you X?' becomes 'you X'; other questions are not situations."""
    text = clause.text
    if not clause.question:
        return text
    if match := _WHY_DO.match(text):
        return "you " + text[match.end() :]
    if match := _WHY_DIDNT.match(text):
        aux = re.match(r"why\s+(\w+'?\w*)", text, re.IGNORECASE)
        negative = aux.group(1).lower() if aux else "didn't"
        negative = "didn't" if negative == "did" else negative
        return f"you {negative} " + text[match.end() :]
    if match := _WHY_ARE.match(text):
        verb = "were" if text.lower().split()[1] == "were" else "are"
        return f"you {verb} " + text[match.end() :]
    if re.search(r"\bwhen\b", text, re.IGNORECASE) and not _RHETORICAL.match(text):
        return text
    return ""


def _situation_score(clause: str) -> float:
    low = clause.lower()
    words = re.findall(r"[a-z']+", low)
    if len(words) < 3 or len(words) > 30:
        return 0.0
    if _NOT_A_SITUATION.search(low) and not re.search(r"\bwhen\b", low):
        return 0.0
    if _TRAIT_CLAUSE.search(low) and len(words) < 9:
        return 0.0
    if _RHETORICAL.match(low):
        return 0.0
    # Relative pieces, conditionals and orders are not a situation on their own.
    if re.match(
        r"^(?:which|who|whose|whom|if|unless|maybe|talk|go|get|stop|leave|don't|do|just|"
        r"try|look|grow|let)\b",
        low,
    ):
        return 0.0
    if _SELF_EXCUSE.match(low) or re.match(r"^(?:i'll|i\s+will|i'm\s+going|i\s+guess|fine)\b", low):
        return 0.0
    if re.match(r"^(?:i|i'?m|i'?ve|i'?ll|i'?d|im|ive|ill)\b", low) and not re.search(
        r"\b(?:when|because|after|that\s+you)\b", low
    ):
        return 0.0
    if re.match(r"^(?:i\s+feel|i'm\s+feeling|i\s+felt)\b", low) and not re.search(r"\bwhen\b", low):
        return 0.0
    if _REQUEST.search(clause) and not re.search(r"\bwhen\b", low):
        return 0.0
    score = 0.5
    if re.search(r"\b(?:you|your)\b", low):
        score += 1.5
    if re.search(r"\b(?:when|whenever|every\s+time)\b", low):
        score += 1.0
    score += 0.7 * len(_CONTENT_DETERMINER.findall(clause))
    score += 1.0 * len(_TIME.findall(clause))
    if _TRAIT_CLAUSE.search(low):
        score -= 1.5
    return score


def _revoice(clause: str, text: str = "") -> str:
    """Take the heat out of one clause and put it in the shape that follows 'when'."""
    # "I feel ignored when you …": the situation is what follows "when".
    after_when = re.match(
        r"^(?:(?:i\s+(?:feel|felt|get|got|am|'m|was)|it\s+(?:hurts|hurt|"
        r"stings))\b[^,.!?]{0,40}?\s)?"
        r"(?:when|whenever|every\s+time)\s+",
        clause,
        flags=re.IGNORECASE,
    )
    if after_when:
        clause = clause[after_when.end() :]
    clause = _LEADING.sub("", clause)
    clause = _CAPS_WORD.sub(
        lambda m: m.group(0) if m.group(0) in ACRONYMS else m.group(0).lower(), clause
    )
    clause = re.sub(
        r"\b(you'?re|you\s+are|you\s+were|it'?s|it\s+is|he's|she's)\s+never\b",
        r"\1 not",
        clause,
        flags=re.IGNORECASE,
    )
    clause = re.sub(r"\bnever\s+(?:once|ever)\b", "never", clause, flags=re.IGNORECASE)
    clause = re.sub(
        r"\b(you|we|i|they)(?:'ve|\s+have)\s+never\b", r"\1 haven't", clause, flags=re.IGNORECASE
    )
    clause = re.sub(
        r"\b(he|she|it)(?:'s|\s+has)\s+never\b", r"\1 hasn't", clause, flags=re.IGNORECASE
    )
    clause = re.sub(
        r"\byou(?:'?re|\s+are|\s+were)\s+the\s+one\s+(?:who|that)\s+",
        "you ",
        clause,
        flags=re.IGNORECASE,
    )
    clause = re.sub(r"\b(?:like|as)\s+(?:always|usual)\b", "", clause, flags=re.IGNORECASE)
    clause = _NEVER_VERB.sub(_never_to_not, clause)
    clause = _HEAT.sub("", clause)
    clause = re.sub(r"\bnot\s+once\b", "not", clause, flags=re.IGNORECASE)
    # A trailing trait or insult ("..., you're so lazy") is not part of the situation.
    trait = _TRAIT_CLAUSE.search(clause)
    if trait and trait.start() > 0:
        clause = clause[: trait.start()]
    clause = re.sub(r"\s{2,}", " ", clause).strip(' ,;"')
    clause = re.sub(r"\s+([,.!?])", r"\1", clause)
    first = clause.split(" ", 1)[0]
    if first[:1].isupper() and not _looks_like_a_name(first, text):
        clause = clause[0].lower() + clause[1:]
    if not _HAS_SUBJECT.search(clause):
        return "about " + clause
    return clause


def _looks_like_a_name(word: str, text: str) -> bool:
    """'I', days, and words the draft also capitalises mid-sentence ("Mark", "Lisbon")."""
    bare = word.strip(".,!?;:'\"")
    if re.match(r"^I(?:'|$)", bare) or bare.lower() in CALENDAR_WORDS:
        return True
    if bare.isupper() and len(bare) > 1:
        return True
    return bool(re.search(r"[a-z,;]\s+" + re.escape(bare) + r"\b", text))


_HAS_SUBJECT = _rx(
    r"\b(?:you|i|we|he|she|they|it|there|that|this|nobody|no\s+one|someone|everyone|"
    r"you're|i'm|we're|it's|there's|that's|i've|you've|we've|[a-z]+\s+(?:is|are|was|were|has|"
    r"have|had|gets?|got|went|goes|stays?|stayed))\b",
    re.IGNORECASE,
)


def _never_to_not(match: re.Match[str]) -> str:
    verb = match.group(1)
    low = verb.lower()
    if low in _IRREGULAR_PAST:
        return f"didn't {_IRREGULAR_PAST[low]}"
    if low.endswith("ied") and len(low) > 4:
        return f"didn't {low[:-3]}y"
    if low.endswith("ed") and len(low) > 4:
        stem = low[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            stem = stem[:-1]
        elif re.search(r"(?:[^aeiou][aeiou](?:c|v|z|g|s|r|t|k)|[cv])$", stem) and not re.search(
            r"(?:ck|er|en|it|et|ain|eat|ard|ect|ist)$", stem
        ):
            stem += "e"
        return f"didn't {stem}"
    if low in ("been", "had", "was", "were", "is", "are"):
        return f"not {verb}" if low != "had" else "didn't have"
    if low.endswith("s") and not low.endswith("ss") and low not in ("does", "has"):
        return f"doesn't {low[:-1]}"
    return f"don't {verb}"


def _request(text: str, situation: str, marker_types: Sequence[str]) -> str:
    # A defensive draft's "requests" are usually deflections ("don't lecture me").
    own = "" if "defensiveness" in marker_types else _own_request(text)
    if own:
        return own
    low = (situation or text).lower()
    if "stonewalling" in marker_types:
        return "Could we come back to this in twenty minutes?"
    if "defensiveness" in marker_types:
        return "Could we talk it through? I want to hear how it was for you."
    if re.search(r"\b(?:phone|screen|scroll\w*|game|gaming|tv|laptop)\b", low):
        return "Could we put the screens away for a while tonight and talk?"
    chore = re.search(
        r"\b(?:the\s+)?(?:dishes|laundry|cleaning|bins|trash|chores|cooking|"
        r"groceries|shopping|school\s+run|bills)\b",
        low,
    )
    if chore:
        return f"Could we sit down and work out how we share {_with_the(chore.group(0))}?"
    if re.search(r"\b(?:late|plans?|call|text|time|weekend|evening|night)\b", low):
        return "Could we talk about what would help, so we both know what to expect?"
    return "Could we talk about it when we both have a quiet moment?"


def _with_the(noun: str) -> str:
    return noun if noun.lower().startswith("the ") or noun.lower() == "bills" else f"the {noun}"


_QUESTION_REQUEST = _rx(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?P<q>(?:could|can|would|will|shall)\s+(?!you\s+even\b)"
    r"[^.!?\n]{3,120}\?)",
)


def _own_request(text: str) -> str:
    # A polite question the draft already asks is the best request: keep it as written.
    for match in _QUESTION_REQUEST.finditer(text):
        question = _clean_vp(match.group("q").rstrip("?"))
        if not _HOSTILE_VP.search(question) and len(question.split()) >= 3:
            return question[0].upper() + question[1:] + "?"
    for regex in (_REQUEST, _IMPERATIVE):
        for match in regex.finditer(text):
            vp = _clean_vp(match.group("vp"))
            if len(vp.split()) < 2 or _HOSTILE_VP.search(match.group("vp")):
                continue
            lead = match.group(0).lower()
            if re.search(
                r"\b(?:can|could)\s+we\b|\blet'?s\b|\bhow\s+about\s+we\b|\bus\s+to\b", lead
            ):
                return f"Could we {vp}?"
            if vp.lower().startswith(("stop ", "start ")) or regex is _IMPERATIVE:
                return f"Could you {vp[0].lower() + vp[1:]}?"
            return f"Could you {vp}?"
    return ""


# A "request" that is really a door slammed or a dig ("do what you want", "grow up").
_HOSTILE_VP = re.compile(
    "|".join(p.regex.pattern for p in (*rules.STONEWALLING, *rules.CONTEMPT))
    + r"|\b(?:being\s+so|acting\s+like|"
    + rules.INSULTS
    + r")\b",
    re.IGNORECASE,
)


def _clean_vp(vp: str) -> str:
    vp = re.split(
        r",\s*(?:you|or|because|since|like|instead)\b|\s+(?:or\s+else|for\s+once|"
        r"like\s+a\s+normal|like\s+an\s+adult|already)\b",
        vp,
        maxsplit=1,
        flags=re.IGNORECASE,
    )[0]
    vp = _CAPS_WORD.sub(lambda m: m.group(0) if m.group(0) in ACRONYMS else m.group(0).lower(), vp)
    vp = re.sub(
        r"\b(?:just|please|for\s+once|seriously|actually|maybe|even|ever|for\s+god's\s+"
        r"sake|already)\b",
        "",
        vp,
        flags=re.IGNORECASE,
    )
    vp = re.sub(r"\s{2,}", " ", vp).strip(" ,;\"'")
    return vp
