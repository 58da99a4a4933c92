"""Rule detectors for the message coach: the four horsemen, absolutes and disguised judgements.

Each detector is a small value with a name, the marker type it finds, and a table of patterns,
each carrying the sentence a person reads when it fires. The patterns describe *moves* in a
conversation (a trait pinned on the partner, counter-blame, a door closed) rather than single
hot words, because the same word ("whatever", "thanks") is warm in one draft and cold in another.

Every pattern is written so that matching stays linear in the length of the text: no nested
quantifiers, and any gap between words is a bounded character class.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MARKER_TYPES: tuple[str, ...] = ("criticism", "contempt", "defensiveness", "stonewalling")

ANTIDOTES: dict[str, str] = {
    "criticism": (
        "A gentle start-up: name your own feeling and the one specific moment, then ask for "
        'what you need ("I feel … when … Could we …?").'
    ),
    "contempt": (
        "Appreciation and respect: say plainly what hurt, and remember one thing you value "
        "in your partner; mockery makes it hard for them to hear the real message."
    ),
    "defensiveness": (
        'Taking responsibility for your part, even a small one ("You\'re right that I …"), '
        "before you explain your side."
    ),
    "stonewalling": (
        "A self-soothing break instead of closing the door: say you need some minutes to "
        "calm down, and when you will come back to talk."
    ),
}

# Curly quotes are folded to straight ones one character for one character, so offsets into the
# folded text are offsets into the original.
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def fold(text: str) -> str:
    return text.translate(_FOLD)


@dataclass(frozen=True, slots=True)
class RuleHit:
    """One pattern firing: which marker, where, and the reason in plain words."""

    type: str
    start: int
    end: int
    evidence: str
    explanation: str
    pattern: str
    strength: float


@dataclass(frozen=True, slots=True)
class Pattern:
    name: str
    regex: re.Pattern[str]
    explanation: str
    strength: float = 1.0


def _texting(regex: str) -> str:
    """Let every apostrophe be left out, as in texting ("youre", "dont", "im")."""
    return regex.replace("'", "'?")


def _p(
    name: str, regex: str, explanation: str, strength: float = 1.0, literal_quotes: bool = False
) -> Pattern:
    source = regex if literal_quotes else _texting(regex)
    # Matched against lower-cased text (see find_markers): case-insensitive matching costs
    # twice the time in Python's re.
    return Pattern(name, re.compile(source), explanation, strength)


def lower_same_length(text: str) -> str:
    """Lower-case without changing any offset (a few characters grow when lower-cased)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


# Words for a gap of a few words inside one clause; bounded so matching stays linear.
_GAP = r"[^.!?\n]{0,40}?"
_YOU_ARE = r"\byou(?:'re|\s+are|re|\s+r|\s+were|'ve\s+been|\s+have\s+been)"
_INTENS = (
    r"(?:(?:so|such|really|just|being|always|totally|completely|honestly|literally|a|an|the|"
    r"most|plain|simply|truly|utterly|incredibly|unbelievably|acting|bloody|fucking|kind\s+of|"
    r"sort\s+of|pretty|quite|a\s+bit|too|very|super|absolutely|seriously)\s+){0,3}"
)

TRAITS = (
    "lazy|selfish|inconsiderate|irresponsible|careless|thoughtless|immature|childish|clueless|"
    "oblivious|self-cent(?:er|re)d|self-absorbed|heartless|controlling|needy|clingy|dramatic|"
    "impossible|unreliable|insensitive|rude|mean|cruel|arrogant|stubborn|ungrateful|spoil(?:ed|t)|"
    "incompetent|disorganis(?:ed)|disorganiz(?:ed)|a slob|a mess|a liar|liar|a cheat|a nag|"
    "a control freak|unbearable|exhausting|toxic|crazy|paranoid|jealous|boring|cold|negative|"
    "hopeless|useless|a child|a baby|a brat|entitled|manipulative|passive[- ]aggressive|fake|"
    "two-faced|dishonest|untrustworthy|unfair|a hypocrite|hypocritical|so difficult|difficult|"
    "judgmental|judgemental|critical|bossy|lazier|the worst|the problem|impossible to live with|"
    "never satisfied|never happy|ridiculous|unromantic|distant|absent|cheap|stingy|sloppy|messy|"
    "forgetful|flaky|a flake|unreasonable|irrational|hysterical|nuts|insane|obsessed|"
    "addicted to (?:your|that|the) phone|glued to (?:your|that|the) phone"
)

# Contempt: insults, disgust and superiority words (aimed at the person).
INSULTS = (
    "idiot|moron|stupid|dumb|pathetic|loser|imbecile|clown|joke|a joke|useless|worthless|"
    "disgusting|gross|embarrassing|an embarrassment|a disgrace|trash|garbage|dense|brainless|"
    "dumbass|jackass|asshole|arsehole|dick|bitch|prick|jerk|pig|slob|waste of space|"
    "a waste of space|clueless|a child|a toddler|a baby|hopeless case|laughable|"
    "a piece of work|spineless|gutless|a coward|pitiful|lame|a lost cause"
)

CRITICISM = (
    _p(
        "absolute_you",
        r"\byou(?:'re|\s+are)?\s+(?:always|never|constantly|forever)\b"
        r"(?!\s+(?:make\s+me\s+(?:laugh|smile|feel\s+(?:safe|loved|better|good))|know\s+how|"
        r"fail\s+to|let\s+me\s+down|give\s+up|complain|judge|have\s+my\s+back|look\s+after|"
        r"take\s+care|so\s+(?:kind|patient|good|sweet|thoughtful|generous|calm|supportive)|"
        r"there\s+for\s+me|find\s+a\s+way\s+to\s+make\s+me\s+(?:laugh|smile)))"
        r"(?:\s+(?!(?:and|but|so|when|because|then)\b)[\w']+){1,3}",
        "'{ev}' sums your partner up with always/never, which tends to feel like an attack on who "
        "they are rather than on one moment.",
    ),
    _p(
        "you_never_ever",
        r"\byou\s+(?:don't|do\s+not|didn't|did\s+not|can't|won't)\s+ever\b",
        "'{ev}' turns one moment into a rule about your partner.",
    ),
    _p(
        "trait",
        _YOU_ARE + r"\s+" + _INTENS + r"(?:" + TRAITS + r")\b",
        "'{ev}' pins a trait on your partner instead of describing what happened.",
    ),
    _p(
        "trait_such",
        r"\byou(?:'re|\s+are)\s+such\s+an?\s+\w+",
        "'{ev}' describes your partner as a kind of person instead of a moment you shared.",
    ),
    _p(
        "feel_like_you_trait",
        r"\bi\s+feel\s+(?:like|that|as\s+if|as\s+though)\s+you(?:'re|\s+are|re)\s+"
        + _INTENS
        + r"(?:"
        + TRAITS
        + r"|"
        + INSULTS
        + r")\b",
        "'{ev}' sounds like a feeling, but it is a verdict on your partner's character.",
    ),
    _p(
        "feel_like_you_dont_care",
        r"\bi\s+feel\s+(?:like|that|as\s+if|as\s+though)\s+you\s+(?:(?:just|really|honestly)\s+)?"
        r"(?:don't|do\s+not|never|couldn't|could\s+not|can't)\s+(?:even\s+)?"
        r"(?:care|listen|try|bother|think|respect|love|notice|help|give)",
        "'{ev}' sounds like a feeling, but it is a guess about your partner's heart.",
    ),
    _p(
        "whats_wrong",
        r"\bwhat(?:'s|\s+is)\s+(?:wrong|the\s+matter)\s+with\s+you\b|"
        r"\bwhat\s+kind\s+of\s+(?:person|partner|husband|wife|man|woman|father|mother|parent)",
        "'{ev}' questions your partner as a person rather than asking about the situation.",
    ),
    _p(
        "why_cant_you",
        r"\bwhy\s+(?:can't|cant|can\s+you\s+not|won't|don't|do)\s+you\s+(?:ever|just|always|"
        r"never|even)\b|\bwhy\s+are\s+you\s+(?:always|so|like\s+this|such)\b|"
        r"\bwhy\s+do\s+you\s+(?:always|never|have\s+to)\b|\bwhy\s+is\s+it\s+so\s+hard\s+for\s+you",
        "'{ev}' is a question that carries a charge, so it is likely to be heard as blame.",
    ),
    _p(
        "only_care",
        r"\byou\s+(?:only|just)\s+(?:ever\s+)?(?:care|think)\s+about\s+(?:yourself|you|your\s+"
        r"\w+)|\byou\s+(?:clearly\s+|obviously\s+|just\s+|really\s+)?(?:don't|do\s+not|never)\s+"
        r"(?:even\s+)?care\s+about\s+(?:me|us|anyone|anything|my|our|how)|"
        r"\bit's\s+(?:always\s+)?(?:all\s+)?about\s+you\b|\byou\s+make\s+everything\s+about\s+you",
        "'{ev}' guesses at your partner's motives, which is hard to hear without defending.",
    ),
    _p(
        "cant_even",
        r"\byou\s+(?:can't|cannot|couldn't|could\s+not|didn't|did\s+not|won't)\s+even\b",
        "'{ev}' adds an edge that points at your partner rather than the problem.",
    ),
    _p(
        "stop_being",
        r"\bstop\s+(?:being|acting)\s+(?:so\s+|such\s+an?\s+|like\s+an?\s+)?(?:"
        + TRAITS
        + r"|"
        + INSULTS
        + r")\b",
        "'{ev}' names a trait of your partner's rather than what you need.",
    ),
    _p(
        "again_alone",
        r"(?:^|(?<=[.!?]\s))(?:again|as\s+usual|yet\s+again|classic|of\s+course)"
        r"\s*[.!?]+",
        "'{ev}' on its own turns this moment into a pattern about your partner.",
        0.8,
    ),
    _p(
        "martyr",
        r"\bi'll\s+just\s+\w+[^.!?\n]{0,50}?\b(?:myself|on\s+my\s+own|as\s+usual|like\s+(?:usual|"
        r"always)|as\s+always)\b|\bsince\s+(?:nobody|no\s+one)\s+else\b|\bdon't\s+(?:worry|mind)\s+"
        r"about\s+me\b|\b(?:like|as)\s+usual\b",
        "'{ev}' says it through a sigh; the hurt underneath is easier to hear said plainly.",
        0.8,
    ),
    _p(
        "typical",
        r"\b(?:typical(?:\s+you)?|classic\s+you|so\s+typical|that's\s+so\s+you|"
        r"same\s+old|as\s+always|like\s+always|every\s+single\s+time|story\s+of\s+(?:our|my)\s+"
        r"(?:marriage|life|relationship)|"
        r"here\s+we\s+go\s+again|for\s+once\s+in\s+your\s+life)\b",
        "'{ev}' turns this one moment into a pattern about your partner.",
    ),
    _p(
        "problem_is_you",
        r"\b(?:the\s+problem\s+is\s+you|your\s+problem\s+is|you're\s+the\s+reason|"
        r"you\s+ruin(?:ed)?\s+(?:everything|it)|you\s+make\s+(?:me|everything)\s+"
        r"(?:miserable|worse|harder)|you\s+have\s+no\s+idea|you\s+don't\s+get\s+it)\b",
        "'{ev}' places the whole problem on your partner.",
    ),
    _p(
        "you_never_help",
        r"\b(?:you\s+)?(?:never|don't\s+ever)\s+(?:help|lift\s+a\s+finger|listen|ask|call|"
        r"text|notice|think|plan|clean|cook|pay|remember|show\s+up|say\s+thank)",
        "'{ev}' uses 'never', which makes it easy for your partner to argue about the exception "
        "instead of hearing you.",
        0.6,
    ),
    _p(
        "again_accuse",
        r"\byou\s+(?:forgot|missed|left|did|ignored|dropped|skipped|blew|broke|ruined|"
        r"cancelled|canceled)\b[^.!?\n]{0,40}?\b(?:again|AGAIN)\b",
        "'{ev}' says 'again', which turns a moment into a charge sheet.",
        0.7,
    ),
)

CONTEMPT = (
    _p(
        "insult_you",
        _YOU_ARE + r"\s+" + _INTENS + r"(?:" + INSULTS + r")\b",
        "'{ev}' is an insult; words like this leave your partner feeling looked down on.",
    ),
    _p(
        "insult_word",
        r"\b(?:you\s+)?(?:idiot|moron|imbecile|loser|dumbass|jackass|asshole|arsehole|"
        r"pathetic|disgusting|clown|genius|einstein|sherlock|princess|your\s+highness|"
        r"mr\.?\s+perfect|miss\s+perfect|mister)\b",
        "'{ev}' mocks or insults your partner, which shuts the door on being heard.",
        0.8,
    ),
    _p(
        "sarcastic_thanks",
        r"\b(?:thanks|thank\s+you)\s+(?:so\s+much\s+|a\s+lot\s+|ever\s+so\s+much\s+)?"
        r"(?:for\s+nothing|for\s+(?:finally|actually|bothering|deciding|gracing|remembering\s+"
        r"for\s+once|once\s+again)\b|a\s+(?:lot|bunch|million)\b(?=[^.!?\n]{0,40}(?:finally|"
        r"actually|bothering|for\s+once)))",
        "'{ev}' sounds like thanks but carries sarcasm, which lands as mockery.",
    ),
    _p(
        "finally",
        r"\b(?:(?:for|after|about)\s+(?:once|time)|finally|at\s+last)\b[^.!?\n]{0,40}?"
        r"(?:thank|notic|join|grac|decid|bother|show|remember|manag|congrat|wow|bravo|"
        r"appreciat|impress)\w*|\b(?:thank|wow|congrat|bravo)\w*[^.!?\n]{0,40}?\b"
        r"(?:finally|for\s+once|at\s+last|actually\s+(?:noticing|doing|showing|helping|"
        r"remembering|bothering))\b",
        "'{ev}' uses 'finally' or 'for once' with praise, which reads as a dig.",
    ),
    _p(
        "how_nice_of_you",
        r"\bgrac(?:e|ed|ing)\s+(?:us|me|the\s+\w+)\s+with\b|"
        r",\s*of\s+course\s*[.!]+|\bof\s+course\s*[.!]*\s*$|"
        r"\b(?:how|so|very|real(?:ly)?|lovely|wonderful|great|good|big)\s+(?:nice|kind|thoughtful|"
        r"generous|sweet|good|considerate|"
        r"mature|classy|grown[- ]up|adult)\s+of\s+you\b|\bnice\s+of\s+you\s+to\b|"
        r"\b(?:must|it\s+must)\s+be\s+nice\b|\bwhat\s+a\s+(?:surprise|shock|shocker|hero|"
        r"genius|gentleman|saint|treat|concept)\b|\b(?:real|very|so)\s+mature\b|"
        r"\b(?:good\s+for\s+you|well\s+done|bravo|congrat(?:ulation)?s)\b(?=[^.!?\n]{0,60}"
        r"(?:finally|for\s+once|at\s+last|actually|medal|trophy|party|genius|newspapers?|"
        r"only\s+took|"
        r"\?|\U0001F44F|\U0001F644))|(?<=\boh\s)(?:well\s+done|bravo|congrats)\b|"
        r"(?<=\bwow\s)(?:well\s+done|bravo|congrats)\b|"
        r"\bgold\s+star\b|\b(?:a|some\s+kind\s+of)\s+(?:medal|trophy|award|parade)\b|"
        r"\bwow,?\s+(?:just\s+)?wow\b|\bshocker\b|\bshocking\b|\bheaven\s+forbid\b|"
        r"\bgod\s+forbid\b|\bhow\s+dare\s+i\b|\bsilly\s+me\b|\byeah,?\s+right\b|"
        r"\bsure\s+you\s+(?:did|were|will|are|do)\b|\bof\s+course\s+you\s+(?:did|didn't|"
        r"forgot|were|are|do|would|can't|couldn't)\b|\bbless\s+your\s+heart\b|"
        r"\boh\s+(?:great|wonderful|perfect|fantastic|brilliant|lovely|joy|goody|look)\b|"
        r"\bgreat,?\s+just\s+great\b|\bclearly\s+(?:you|your)\b|\bi'm\s+so\s+impressed\b|"
        r"\b(?:colou?r|consider)\s+me\s+(?:shocked|surprised|impressed)\b|"
        r"\bsorry\s+to\s+(?:bother|interrupt|disturb)\s+your\b|\bexcuse\s+me\s+for\s+"
        r"(?:existing|breathing|asking|having)\b",
        "'{ev}' is sarcasm; it hides the real hurt and lands as mockery.",
    ),
    _p(
        "superiority",
        r"\b(?:some\s+of\s+us|unlike\s+(?:you|some\s+people)|i'm\s+not\s+the\s+one\s+who|"
        r"like\s+a\s+(?:normal|real|grown|functioning|decent)\s+(?:person|adult|human|man|woman)|"
        r"any\s+(?:normal|sane|decent|reasonable)\s+(?:person|adult|human)|a\s+grown\s+(?:man|woman|"
        r"adult)|like\s+a\s+(?:child|toddler|teenager|baby|kid)|(?:even\s+)?a\s+(?:child|toddler|"
        r"five[- ]year[- ]old|monkey)\s+(?:could|can|would)|it's\s+not\s+rocket\s+science|"
        r"how\s+hard\s+(?:is|can)\s+it|is\s+it\s+(?:really\s+)?that\s+hard|"
        r"(?:use|try\s+using)\s+your\s+(?:brain|head)|do\s+i\s+(?:have|need)\s+to\s+(?:spell|draw|"
        r"explain)|let\s+me\s+(?:spell|explain)\s+it|try\s+to\s+keep\s+up|"
        r"can't\s+believe\s+i\s+(?:married|chose|picked)|what\s+did\s+i\s+ever\s+see\s+in\s+you|"
        r"you\s+(?:disgust|embarrass|sicken|repulse)\s+me|i'm\s+embarrassed\s+(?:by|of)\s+you|"
        r"i'm\s+(?:so\s+)?(?:sick|tired)\s+of\s+(?:you|your)\b|get\s+a\s+life|grow\s+up|"
        r"get\s+over\s+yourself|cry\s+me\s+a\s+river|poor\s+(?:baby|thing|you))",
        "'{ev}' talks down to your partner; superiority stings more than the complaint itself.",
    ),
    _p(
        "eye_roll",
        r"(?:\*\s*(?:eye\s*roll|rolls?\s+(?:my\s+)?eyes|sigh|slow\s+clap|clap)\s*\*|"
        r"\beye\s*roll\b|\U0001F644|\U0001F612|\U0001F60F|\U0001F44F|\bslow\s+clap\b|\b/s\b|"
        r"\blol\b|\blmao\b)",
        "'{ev}' signals mockery even without words; it tells your partner they are not taken "
        "seriously.",
        0.8,
    ),
    _p(
        "scare_quotes",
        r"(?<![\w'])'(?:busy|working(?:\s+late)?|tired|fine|helping|forgot|forgetting|sorry|"
        r"important|meeting|friend|just\s+a\s+friend|errands?|resting|fixing|cleaning|help|"
        r"plans|sick|stressed|emergency|game|quick|quick\s+drink|five\s+minutes|listening|"
        r"trying|cooking|thinking)'(?!\w)|\"(?:busy|working(?:\s+late)?|tired|fine|helping|"
        r"forgot|sorry|important|meeting|friend|errands?|resting|fixing|cleaning|help|plans|"
        r"sick|stressed|emergency|quick\s+drink|five\s+minutes|listening|trying|thinking)\"",
        "'{ev}' puts your partner's word in quotes, which says you don't believe them.",
        0.8,
        literal_quotes=True,
    ),
    _p(
        "passive_dig",
        r"\binteresting\s+(?:that|how)\s+you\b|\b(?:it's\s+)?funny\s+how\s+(?:you|your)\b|"
        r"\bjust\s+saying\b|\bhappy\s+now\b|\byou're\s+the\s+expert\b|\bexpert\s+on\s+"
        r"everything\b|\bi'm\s+a\s+monster\b|\bi'm\s+(?:the|a)\s+(?:villain|monster)\b",
        "'{ev}' makes the point sideways, as a dig; said plainly it would be easier to hear.",
    ),
    _p(
        "you_call_that",
        r"\byou\s+call\s+(?:that|this)\b|\bis\s+that\s+(?:supposed|meant)\s+to\s+be\b|"
        r"\bwhat\s+a\s+(?:joke|mess|waste)\b|\byou're\s+(?:unbelievable|something\s+else|"
        r"a\s+piece\s+of\s+work|a\s+real\s+piece|hilarious)\b|\bi\s+mean,?\s+really\?|"
        r"\bseriously\?+|\bare\s+you\s+(?:serious|kidding|joking)\b|\bnice\s+try\b|"
        r"\bcute\s+that\s+you\b|\badorable\s+that\s+you\b|\bcan't\s+make\s+this\s+up\b|"
        r"\bdrama\s+queen\b|\bdrama\s+king\b|\btalk\s+to\s+the\s+hand\b|\bspare\s+me\b|"
        r"\bcool\s+cool\b|\bi'm\s+(?:riveted|fascinated|thrilled|so\s+thrilled)\b|\bdo\s+tell\b|"
        r"\bmiracle\s+worker\b|\b(?:ten|10)\s+out\s+of\s+(?:ten|10)\b|\bthat's\s+rich\b|"
        r"\blook\s+who(?:'s|\s+has|\s+finally)\b|\baren't\s+you\s+(?:just\s+)?(?:the|a)\s+"
        r"(?:perfect|model|saint|expert|hero|picture)\b|\byour\s+majesty\b|"
        r"\bdignify\b|\bgrown\s+(?:man|woman|adult)\s+who\b|\bsomeone\s+who\s+can't\s+even\b|"
        r"\bcan't\s+believe\s+i'm\s+(?:with|dating|married\s+to)\b|\bzero\s+(?:emotional|common|"
        r"self)\b|\bno\s+wonder\b|\bas\s+much\s+use\s+as\b|\bpoor[- ]me\b|\bwasting\s+my\s+"
        r"breath\b|\b(?:you're|you\s+are)\s+(?:just\s+)?like\s+your\s+(?:dad|mum|mom|mother|"
        r"father|family|sister|brother)\b|\bwith\s+(?:all\s+due\s+)?respect,",
        "'{ev}' mocks rather than asks, so your partner hears scorn instead of the need.",
        0.8,
    ),
)

DEFENSIVENESS = (
    _p(
        "sorry_if",
        r"\b(?:i'm\s+|i\s+am\s+|well,?\s+)?sorry\s+(?:if|that)\s+you\s+(?:were|are|feel|felt|got|"
        r"took|find|found|think|thought|'re|misunderstood|can't|see)\b|\bsorry\s+you\s+"
        r"(?:feel|felt|think|see|took|were|are|'re|got)\b",
        "'{ev}' apologises for your partner's feelings rather than for anything you did, so it "
        "tends to land as a brush-off.",
    ),
    _p(
        "sorry_but",
        r"\b(?:i'm\s+|i\s+am\s+)?sorry,?\s+but\b|\bi\s+apologi[sz]e,?\s+but\b",
        "'{ev}' starts with sorry and then takes it back with 'but'.",
        0.8,
    ),
    _p(
        "not_my_fault",
        r"\b(?:it's|it\s+is|it\s+was|that's|that\s+is|that\s+was|this\s+is)\s+not\s+"
        r"(?:my\s+fault|on\s+me)\b|\b(?:isn't|wasn't)\s+(?:my\s+fault|on\s+me)\b|"
        r"\bnot\s+my\s+(?:fault|problem|job|"
        r"responsibility)\b(?!\s+any\s*more)|\bdon't\s+(?:blame|put\s+this\s+on|"
        r"pin\s+this\s+on)\s+me\b|"
        r"\bstop\s+blaming\s+me\b|\b(?:why\s+is\s+)?(?:it|everything)(?:'s|\s+is)?\s+always\s+"
        r"my\s+fault\b|\bso\s+(?:it's|now\s+it's|this\s+is)\s+(?:all\s+)?my\s+fault\b|"
        r"\bblame\s+me\s+for\s+everything\b|\bi'm\s+(?:always\s+)?the\s+(?:bad\s+guy|villain)\b",
        "'{ev}' pushes the blame away before you have heard what your partner needs.",
    ),
    _p(
        "counter_blame",
        r"\bwhat\s+about\s+(?:you|when\s+you|the\s+time|your|all\s+the\s+times)\b|"
        r"\byou're\s+one\s+to\s+talk\b|\blook\s+who's\s+talking\b|\byou\s+(?:do|did)\s+(?:it|"
        r"that|the\s+same)\s+(?:too|all\s+the\s+time|as\s+well)\b|\byou're\s+(?:not|hardly)\s+"
        r"(?:perfect|innocent|exactly\s+perfect|a\s+saint)\b|\byou're\s+the\s+one\s+(?:who|that)\b|"
        r"\byou\s+started\s+it\b|\byou\s+made\s+me\b|\b(?:well,?\s+)?maybe\s+if\s+you\b|"
        r"\bif\s+you\s+(?:had|hadn't|had\s+not|didn't|did\s+not|"
        r"would(?!\s+(?:like|prefer|rather|want))|wouldn't|'d(?!\s+(?:like|prefer|rather|want))|"
        r"weren't|were(?!\s+(?:up|free|ok|okay|willing|able|around|home))|actually|ever|spent|"
        r"listened|helped|bothered|communicated|stopped)\b"
        r"(?=[^.!?\n]{0,70}\b(?:i\s+(?:would|wouldn't|'d|might|could)|wouldn't|would\s+have|"
        r"would\s+not|wouldn't\s+have|you'd\s+know|you\s+would))|"
        # "If you'd paid the bill we wouldn't be in this mess": the blame handed back.
        r"\bif\s+you['\u2019]d(?!\s+(?:like|prefer|rather|want))\b"
        r"(?=[^.!?\n]{0,70}\b(?:wouldn't|would\s+not|would\s+have|wouldn['\u2019]t))|"
        r"\bi\s+(?:wouldn't|would\s+not|'d\s+never|would\s+never)\s+have\s+\w+[^.!?\n]{0,40}?"
        r"\bif\s+you\b|\b(?:it's\s+)?not\s+like\s+you're\s+(?:perfect|innocent|a\s+saint|"
        r"any\s+better)"
        r"|\bthat's\s+rich\s+coming\s+from\b|\bdon't\s+(?:you\s+)?(?:lecture|preach\s+to|"
        r"moralise\s+at|moralize\s+at)\s+me\b|\bi'm\s+not\s+the\s+problem\b|"
        r"\blook\s+at\s+yourself\b|\bdon't\s+you\s+dare\s+blame\b|\bmake\s+me\s+out\s+to\s+be\b|"
        r"\bit\s+wasn't\s+me\s+who\b|\bi\s+only\s+\w+[^.!?\n]{0,40}?\bbecause\s+you\b|"
        r"\bi\s+was\s+only\s+\w+[^.!?\n]{0,40}?\bbecause\s+you\b|\bnot\s+like\s+some\s+people\b|"
        r"\byou\s+knew\s+(?:the|what|how|when)\b[^.!?\n]{0,40}\bwhen\s+(?:we|you|i)\b|"
        r"\bat\s+least\s+i\s+(?:don't|didn't|do|did|actually|have|"
        r"remember|am|try|bother)\b|\byou\s+weren't\s+exactly\b|\byou\s+do\s+it\s+all\s+the\s+"
        r"time\b|\bpot\s+calling\b|\bhow\s+about\s+you\b",
        "'{ev}' turns the spotlight back on your partner, so the first concern never gets heard.",
    ),
    _p(
        "excuse",
        r"\bi\s+was\s+(?:only|just)\s+(?:trying|joking|kidding|being\s+honest|tired|busy|"
        r"teasing|helping)\b|\bit\s+was\s+(?:only|just)\s+a\s+joke\b|\bi\s+was\s+(?:joking|"
        r"kidding)\b|\bi\s+didn't\s+mean\s+(?:it|anything)\s+(?:like\s+that|by\s+it)\b|"
        r"\bhow\s+(?:was|am|were|would)\s+i\s+(?:supposed|meant)\s+to\s+(?:know|remember|guess)\b|"
        r"\bi\s+had\s+no\s+choice\b|\bi\s+can't\s+help\s+it\b|\bwhat\s+was\s+i\s+supposed\s+to\s+"
        r"do\b|\bi\s+(?:work|worked)\s+(?:all\s+day|hard|\d+\s+hours|long\s+hours)\b(?=[^.!?\n]"
        r"{0,40}(?:so|too|what|!|\?))|"
        r"\bi\s+(?:did|do)\s+(?:my\s+best|everything|the\s+best\s+i\s+could)\b|"
        r"\bi\s+do\s+(?:everything|so\s+much|more\s+than\s+you)\b|"
        r"\bi\s+(?:never|didn't)\s+(?:said|say)\s+that\b|\bthat's\s+not\s+what\s+(?:i\s+said|"
        r"happened)\b|\bi\s+didn't\s+do\s+anything\s*(?:wrong)?\b|\bi\s+did\s+nothing\s+wrong\b|"
        r"\bi\s+forgot,?\s+(?:ok|okay|so\s+what|alright|big\s+deal)\b|\bso\s+what\s*(?:[?!.]|if\b)|"
        r"(?:^|(?<=[.!?]\s))big\s+deal\b|\bwhat's\s+the\s+big\s+deal\b|"
        r"\b(?:it's|it\s+is|it\s+was|that's)\s+not\s+(?:that\s+|such\s+)?(?:a\s+)?big\s+"
        r"(?:a\s+)?deal\b|\byou'?re\s+(?:over\s*reacting|being\s+(?:dramatic|sensitive|"
        r"paranoid|ridiculous|unfair)|too\s+sensitive|so\s+sensitive|blowing\s+(?:this|it|"
        r"things)\s+(?:out\s+of\s+proportion|up))\b|"
        r"(?<!to\s)(?<!i\s)(?<!me\s)(?<!can\s)(?<!both\s)(?<!we\s)(?<!us\s)(?<!ll\s)"
        r"\b(?:calm|settle)\s+down\b(?!\s+(?:first|a\s+bit|"
        r"before|and))|"
        r"\bi\s+said\s+i\s+was\s+sorry\b|\bi\s+already\s+(?:said|apologi[sz]ed)\b|"
        r"\bwhat\s+do\s+you\s+want\s+from\s+me\b|\bwhat\s+more\s+do\s+you\s+want\b|"
        r"\bthat's\s+(?:why|the\s+only\s+reason)\s+i\b|\bstop\s+(?:trying\s+to\s+)?"
        r"(?:make|making)\s+me\s+(?:feel\s+(?:guilty|bad)|into|out\s+to\s+be|look\s+like)\b|"
        r"\b(?:you\s+)?(?:need|have)\s+to\s+"
        r"(?:lighten\s+up|relax|chill)\b|\bi\s+had\s+to\s+(?:work|stay|go|leave|finish|take)\b"
        r"(?=[^\n]{0,60}(?:what|\?|!|so\b))|\bi'm\s+not\s+(?:going\s+to\s+)?(?:apologi[sz]e|"
        r"apologi[sz]ing)\b|\bexcuse\s+me\s+(?:if|for)\b|\bdon't\s+make\s+a\s+(?:drama|"
        r"big\s+deal|scene|fuss)\b|\bthat's\s+(?:just\s+)?(?:how|the\s+way)\s+(?:we|i)\s+"
        r"(?:talk|am|are|do)\b|\byou'd\s+be\s+\w+\s+too\s+if\b|\bat\s+my\s+age\b|"
        r"\bi\s+(?:forgot|missed\s+it),?\s+(?:so\s+)?(?:sue\s+me|big\s+deal)\b",
        "'{ev}' explains or excuses instead of taking in what your partner said.",
    ),
    _p(
        "excuse_state",
        r"\bi've\s+been\s+(?:so\s+|really\s+)?busy\b|"
        r"\bi\s+was\s+(?:so\s+|really\s+)?(?:busy|exhausted|swamped|slammed|tired)\b",
        "'{ev}' may be true, and still, leading with it can sound like an excuse.",
        0.6,
    ),
    _p(
        "sorry_sarcastic",
        r"\bsorry\s+(?:for\s+being\s+(?:such\s+)?a\s+(?:burden|nuisance|pain|bother)|(?:if|"
        r"that)\s+i\s+"
        r"upset\s+you\s+by|i'm\s+not\s+(?:perfect|good\s+enough|\w+\s+enough))|\bi\s+was\s+(?:just|"
        r"only)\s+reacting\b|\bwasn't\s+my\s+intention,?\s+but\b",
        "'{ev}' sounds like an apology but pushes the concern back.",
    ),
    _p(
        "victim",
        r"\bnothing\s+i\s+do\s+is\s+(?:ever\s+)?(?:good|enough|right)\b|"
        r"\bi\s+can't\s+do\s+anything\s+right\b|\bi\s+can\s+never\s+(?:win|do\s+anything\s+right|"
        r"please\s+you)\b|\bpoor\s+me\b|\bi\s+guess\s+i'm\s+(?:just\s+)?(?:the|a)\s+(?:terrible|"
        r"horrible|awful|bad|worst)\b|\bfine,?\s+i'm\s+(?:the|a)\s+(?:bad|terrible|horrible|"
        r"worst)\b|"
        r"\bi'm\s+(?:such\s+)?a\s+(?:terrible|horrible|awful)\s+(?:person|partner|husband|wife)\b"
        r"(?=[^.!?\n]{0,3}[.!?]?\s*(?:right|is\s+that|happy|$))|\bsorry\s+i'm\s+not\s+perfect\b|"
        r"\bsorry\s+for\s+(?:existing|breathing|being\s+alive)\b|\bi\s+can't\s+win\b",
        "'{ev}' plays the victim, which makes it hard for your partner to raise what hurt.",
    ),
)

STONEWALLING = (
    _p(
        "whatever",
        r"(?<!or\s)(?<!do\s)(?<!to\s)(?<!eat\s)(?<!watch\s)"
        r"\bwhatever\b(?!\s+(?:you\s+(?:need|decide|prefer|choose|like|fancy|want\s+to\s+do\s+is\s+"
        r"fine|'d\s+like|think\s+is\s+best)|works|helps|it\s+takes|is\s+easiest|feels\s+right|"
        r"it\s+is|happens|you're\s+feeling|"
        r"you\s+feel|comes\s+up))",
        "'{ev}' closes the conversation instead of staying in it.",
    ),
    _p(
        "do_what_you_want",
        r"(?<!can\s)(?<!could\s)(?<!ll\s)(?<!ts\s)(?<!to\s)(?<!we\s)"
        r"\bdo\s+(?:whatever|what)\s+you\s+(?:want|like|please|feel\s+like)\b"
        r"(?!\s+(?:this|on|for|tonight|tomorrow|at\s|together))|"
        r"\bsuit\s+yourself\b|\bhave\s+it\s+your\s+way\b|\bhave\s+fun\s+with\s+that\b|"
        r"\bup\s+to\s+you,?\s+i\s+don't\s+care\b",
        "'{ev}' steps out of the conversation; it sounds like agreement but leaves your partner "
        "alone with it.",
    ),
    _p(
        "im_done",
        r"\bi'm\s+(?:so\s+)?done(?:\s+(?:talking|with\s+(?:this|you|it|the\s+conversation)|"
        r"discussing|here|arguing|trying|explaining))?\b(?!\s+(?:with\s+work|at|by|in\s+\d|cooking|"
        r"eating|soon))|\bi\s+am\s+done\b|\bwe're\s+done\s+(?:here|talking)\b|"
        r"\b(?:end|that's\s+the\s+end)\s+of\s+(?:discussion|story|conversation)\b|"
        r"\bconversation\s+over\b|\bdiscussion\s+over\b|\bthis\s+conversation\s+is\s+over\b",
        "'{ev}' ends the talk without a way back in.",
    ),
    _p(
        "dont_care",
        r"\bi\s+(?:really\s+|honestly\s+|just\s+)?(?:don't|do\s+not|couldn't|could\s+not)\s+"
        r"(?:even\s+)?care(?:\s+anymore|\s+less)?\b(?![^.!?\n]{0,60}\b(?:i\s+care|as\s+long\s+as|"
        r"what\s+matters|i\s+just\s+want\s+us|who(?:'s|\s+is)\s+right|being\s+right|who\s+wins|"
        r"where\s+we\s+(?:go|eat)|what\s+we\s+(?:eat|do|watch)))|\bnot\s+my\s+concern\b|"
        r"\bcan't\s+be\s+bothered\b|"
        r"\b(?:i'm\s+)?past\s+caring\b|\bi've\s+stopped\s+caring\b",
        "'{ev}' says you've stopped caring, which leaves your partner shut out.",
    ),
    _p(
        "wont_talk",
        r"\bi\s+(?:don't|do\s+not)\s+want\s+to\s+(?:talk|discuss|hear|deal|get\s+into)\b"
        r"(?![^.!?\n]{0,60}\b(?:right\s+now|tonight|yet|until|before|when|while|after|"
        r"in\s+\w+\s+minutes?|for\s+\w+\s+minutes?|later\s+(?:tonight|today)|tomorrow))|"
        r"\bi'm\s+not\s+(?:talking|discussing|doing|having|getting\s+into)\s+(?:about\s+)?"
        r"(?:this|it|that)\b(?![^.!?\n]{0,40}\b(?:right\s+now|tonight|until|when|while|in\s+\w+"
        r"\s+minutes?|later\s+(?:tonight|today)|tomorrow))|"
        r"\bnot\s+(?:doing|having)\s+this\b|\bleave\s+me\s+alone\b|\bforget\s+(?:it|i\s+said|"
        r"i\s+asked)\b(?!\s+(?:about|for\s+now,?\s+(?:let's|come)))|"
        r"\bnever\s*mind\b(?!\s+(?:the|that|about))|\bnvm\b|\bdrop\s+it\b(?!\s+off)|"
        r"\bi\s+have\s+nothing\s+(?:more\s+|"
        r"else\s+)?to\s+say\b|\bnothing\s+to\s+talk\s+about\b|\bno\s+comment\b|"
        r"\bdon't\s+(?:text|call|message|talk\s+to)\s+me\b|\bstop\s+(?:texting|messaging|"
        r"calling)\s+me\b|\bi'm\s+not\s+(?:answering|replying|responding)\b|"
        r"\bi'm\s+(?:going|heading)\s+(?:out|to\s+bed|to\s+sleep|to\s+my\s+\w+)\b"
        r"(?!\s+(?:with|for|to\s+(?:get|buy|pick|grab)|on\s+\w+day|shopping|early\s+to))"
        r"(?![^\n]{0,80}"
        r"(?:back|return|talk|hear|then\s+we|after|minutes|at\s+\d|by\s+\d|tomorrow|when\s+i))|"
        r"\bdon't\s+wait\s+up\b|\bi'm\s+out\b(?!\s+(?:of|at|with|for|until|till|tonight|today|"
        r"late|shopping|on|in|tomorrow))|\bi'm\s+leaving\b(?!\s+(?:work|the\s+office|early|at\s|"
        r"for\s|on\s|tomorrow|now\s+to|in\s+\d))(?![^\n]{0,80}(?:back|return|talk|minutes|at\s+\d|"
        r"by\s+\d|tomorrow|then))|\bshut\s+up\b(?![^.!?\n]{0,20}(?:sweet|cute|love|lovely|amazing|"
        r"haha))|\bgo\s+away\s*(?:[.!]|$)|"
        r"\bnot\s+interested\b|\bdon't\s+bother(?:\s*[.!]|\s*$|\s+(?:coming|calling|texting|"
        r"asking|trying|explaining|replying|answering|waiting|talking))|\bleave\s+me\s+be\b|"
        r"\bi\s+give\s+up\b|\bwe'll\s+see\b(?=\s*[.!]?\s*$)|"
        r"\btalk\s+to\s+(?:the\s+wall|yourself|the\s+hand)\b|\b(?:i'm\s+)?not\s+(?:going\s+over|"
        r"discussing|talking\s+about|getting\s+into)\s+(?:it|this|"
        r"that)\b(?![^.!?\n]{0,40}\b(?:right\s+"
        r"now|tonight|until|when|while|in\s+\w+\s+minutes?|later\s+(?:tonight|today)|tomorrow))|"
        r"\b(?:that's|that\s+is)\s+the\s+end\s+of\s+it\b|\bnot\s+my\s+problem\s+any\s*more\b|"
        r"\bidc\b|\bignore\s+me\s+then\b|"
        r"\bi\s+don't\s+have\s+time\s+for\s+this\b|\bnot\s+going\s+to\s+bother\b|"
        r"\bi'm\s+not\s+(?:answering|replying\s+to|responding\s+to)\s+(?:that|this)\b|"
        r"(?:^|[.!?,]\s*)going\s+out\b(?![^\n]{0,60}(?:back|return|talk|minutes|at\s+\d|by\s+\d|"
        r"tomorrow|then))|\bgo\s+(?:and\s+)?(?:talk\s+to|live\s+with|cry\s+to)\s+(?:your|her|him)\b|"
        r"\bi'm\s+not\s+having\s+this\s+conversation\b|\bnot\s+having\s+this\s+(?:again|"
        r"conversation)\b",
        "'{ev}' closes the door on the conversation, which leaves your partner talking to a wall.",
    ),
    _p(
        "one_word",
        r"^\s*(?:fine|ok|okay|k|sure|noted|cool|great|yep|right|wow|kk|mhm|hm+)\s*[.!]*\s*$|"
        r"(?:^|[.!?]\s+)fine\.(?:\s|$)",
        "'{ev}' is a one-word answer that shuts the door instead of opening it.",
    ),
)

DETECTORS: dict[str, tuple[Pattern, ...]] = {
    "criticism": CRITICISM,
    "contempt": CONTEMPT,
    "defensiveness": DEFENSIVENESS,
    "stonewalling": STONEWALLING,
}

# A calm break: time out with a promise to come back. It is the antidote to stonewalling, so it
# cancels the "closing the door" readings in the same draft.
RETURN_PROMISE = re.compile(
    _texting(
        r"\b(?:back\s+(?:at|by|in|before|after|around|for)|come\s+back|coming\s+back|be\s+back|"
        r"pick\s+(?:this|it)\s+up|talk\s+(?:again\s+|more\s+|properly\s+|about\s+it\s+|"
        r"about\s+this\s+"
        r")?(?:at|tonight|tomorrow|after|in\s+(?:a|an|\w+)|later\s+(?:tonight|today|this)|when\s+i|"
        r"once\s+i|over\s+(?:dinner|breakfast))|want\s+to\s+hear\s+(?:you|your|what|how|it)|"
        r"then\s+(?:we\s+can|let's|i'll)|return\s+to\s+(?:this|it)|revisit|circle\s+back|"
        r"\d+\s+(?:min|minutes|mins)\b|(?:ten|fifteen|twenty|thirty|forty|five|half\s+an)\s+"
        r"(?:minutes?|hour)|an\s+hour|when\s+i'm\s+(?:calmer|calm|ready)|not\s+going\s+anywhere|"
        r"i'm\s+not\s+leaving\s+(?:you|this|us))"
    ),
    re.IGNORECASE,
)
BREAK_WORDS = re.compile(
    r"\b(?:break|breather|pause|walk|cool\s+(?:off|down)|calm\s+down|breathe|step\s+away|"
    r"step\s+out|some\s+air|time\s+out|timeout|minute|minutes|space|clear\s+my\s+head|"
    r"collect\s+myself|settle)\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------------------------
# Absolutes and disguised judgements (coaching hints, shown whatever the tone)
# ---------------------------------------------------------------------------------------------

ABSOLUTE = re.compile(
    r"\b(?:always|never|constantly|forever|every\s+single\s+(?:time|day|night|week)|"
    r"every\s+time|not\s+once|nothing\s+ever|no\s+one\s+ever|nobody\s+ever|all\s+the\s+time)\b",
    re.IGNORECASE,
)
# An absolute only matters when it describes the partner (or the two of you as a fixed pattern).
_PARTNER_WORDS = re.compile(
    r"\b(?:you|your|youre|you're|you've|you'll|yours|u|ur)\b", re.IGNORECASE
)

# Judgements that sound like feelings, with the real feelings that often sit underneath.
JUDGEMENT_FEELINGS: dict[str, tuple[str, ...]] = {
    "disrespected": ("hurt", "frustrated", "embarrassed"),
    "ignored": ("lonely", "hurt", "sad"),
    "abandoned": ("lonely", "scared", "sad"),
    "manipulated": ("uneasy", "confused", "wary"),
    "used": ("hurt", "tired", "disappointed"),
    "betrayed": ("hurt", "shocked", "sad"),
    "unappreciated": ("sad", "tired", "discouraged"),
    "unheard": ("lonely", "frustrated", "sad"),
    "unseen": ("lonely", "sad", "hurt"),
    "invisible": ("lonely", "sad", "hurt"),
    "neglected": ("lonely", "sad", "hurt"),
    "rejected": ("hurt", "sad", "lonely"),
    "unwanted": ("sad", "lonely", "hurt"),
    "unloved": ("sad", "lonely", "scared"),
    "unsupported": ("tired", "overwhelmed", "lonely"),
    "attacked": ("scared", "hurt", "tense"),
    "criticised": ("hurt", "discouraged", "tense"),
    "criticized": ("hurt", "discouraged", "tense"),
    "blamed": ("hurt", "frustrated", "discouraged"),
    "judged": ("hurt", "embarrassed", "uneasy"),
    "cheated": ("hurt", "angry", "disappointed"),
    "pressured": ("anxious", "tense", "overwhelmed"),
    "patronised": ("frustrated", "embarrassed", "hurt"),
    "patronized": ("frustrated", "embarrassed", "hurt"),
    "belittled": ("hurt", "embarrassed", "small"),
    "dismissed": ("hurt", "frustrated", "sad"),
    "controlled": ("tense", "anxious", "frustrated"),
    "smothered": ("tense", "restless", "overwhelmed"),
    "trapped": ("anxious", "tense", "restless"),
    "interrupted": ("frustrated", "impatient", "hurt"),
    "misunderstood": ("frustrated", "sad", "lonely"),
    "let down": ("disappointed", "sad", "hurt"),
    "taken for granted": ("tired", "sad", "discouraged"),
    "put down": ("hurt", "embarrassed", "sad"),
    "provoked": ("angry", "tense", "frustrated"),
    "unimportant": ("sad", "hurt", "lonely"),
    "like an afterthought": ("sad", "hurt", "lonely"),
    "like a maid": ("tired", "resentful", "overwhelmed"),
    "like a servant": ("tired", "resentful", "overwhelmed"),
    "like a doormat": ("tired", "hurt", "frustrated"),
}
_JUDGEMENT_ALT = "|".join(
    re.escape(word).replace(r"\ ", r"\s+")
    for word in sorted(JUDGEMENT_FEELINGS, key=len, reverse=True)
)
JUDGEMENT = re.compile(
    _texting(
        r"\bi\s+(?:feel|felt|am\s+feeling|'m\s+feeling|was\s+feeling|always\s+feel|just\s+feel|"
        r"really\s+feel|kind\s+of\s+feel|sometimes\s+feel|often\s+feel)\s+(?:so\s+|really\s+|"
        r"very\s+|"
        r"completely\s+|totally\s+|kind\s+of\s+|a\s+bit\s+|a\s+little\s+|pretty\s+|quite\s+|"
        r"super\s+|just\s+)?(?:" + _JUDGEMENT_ALT + r")\b"
    ),
    re.IGNORECASE,
)
FEEL_LIKE_YOU = re.compile(
    _texting(
        r"\bi\s+(?:feel|felt|just\s+feel|really\s+feel|kind\s+of\s+feel|sometimes\s+feel|"
        r"always\s+feel)\s+(?:like|that|as\s+if|as\s+though)\s+(?:you|you're|you've|you'd|you'll|"
        r"your)\b[^.!?\n]{0,60}"
    ),
    re.IGNORECASE,
)
# Real feelings — used to recognise an honest feeling in the draft and to reuse it.
REAL_FEELINGS: tuple[str, ...] = (
    "angry",
    "furious",
    "frustrated",
    "annoyed",
    "irritated",
    "hurt",
    "sad",
    "lonely",
    "alone",
    "scared",
    "afraid",
    "worried",
    "anxious",
    "nervous",
    "overwhelmed",
    "exhausted",
    "tired",
    "drained",
    "disappointed",
    "heartbroken",
    "upset",
    "embarrassed",
    "ashamed",
    "confused",
    "jealous",
    "insecure",
    "stressed",
    "tense",
    "uneasy",
    "discouraged",
    "helpless",
    "hopeless",
    "resentful",
    "sorry",
    "guilty",
    "grateful",
    "happy",
    "relieved",
    "excited",
    "calm",
    "disconnected",
    "distant",
    "homesick",
    "low",
    "down",
    "stuck",
    "torn",
    "panicked",
    "shaken",
)
_REAL_ALT = "|".join(REAL_FEELINGS)
REAL_FEELING = re.compile(
    _texting(
        r"\bi(?:\s+feel|\s+felt|'m|\s+am|\s+was|'ve\s+been|\s+have\s+been|\s+get|\s+got|\s+'m)\s+"
        r"(?:(?:so|really|very|a\s+bit|a\s+little|pretty|quite|super|kind\s+of|honestly|genuinely|"
        r"just|really\s+really|still|also|more|too|getting|feeling|starting\s+to\s+feel)\s+){0,3}"
        r"(" + _REAL_ALT + r")\b"
    ),
    re.IGNORECASE,
)


def _inside_quote_of_other(text: str, start: int) -> bool:
    """True when the words sit inside someone else's reported speech ("he said 'whatever'")."""
    window = text[max(0, start - 30) : start].lower()
    return bool(re.search(r"\b(?:said|says|told\s+me|texted|replied)\s*[,:]?\s*['\"]?\s*$", window))


def _negated(text: str, start: int) -> bool:
    """A short look-back for 'not'/'don't think' so "I know you're not lazy" stays quiet."""
    window = text[max(0, start - 25) : start].lower()
    return bool(
        re.search(
            r"\b(?:don't\s+think|do\s+not\s+think|not\s+saying|never\s+said|"
            r"i\s+know|not\s+that)\b[^.!?\n]{0,20}$",
            window,
        )
    )


def find_markers(text: str) -> list[RuleHit]:
    """Every horseman pattern that fires in the text, earliest first."""
    folded = fold(text)
    lowered = lower_same_length(folded)
    hits: list[RuleHit] = []
    calm_break = bool(RETURN_PROMISE.search(folded)) and bool(BREAK_WORDS.search(folded))
    for marker, patterns in DETECTORS.items():
        for pattern in patterns:
            for match in pattern.regex.finditer(lowered):
                start, end = match.start(), match.end()
                evidence = text[start:end].strip()
                if not evidence:
                    continue
                # strip leading whitespace/punctuation offsets to the evidence itself
                start = start + (len(text[start:end]) - len(text[start:end].lstrip()))
                end = start + len(evidence)
                if (
                    marker in ("criticism", "contempt")
                    and pattern.name in ("trait", "insult_you", "trait_such")
                    and _negated(folded, start)
                ):
                    continue
                if _inside_quote_of_other(folded, start):
                    continue
                if marker == "stonewalling" and calm_break:
                    continue
                hits.append(
                    RuleHit(
                        type=marker,
                        start=start,
                        end=end,
                        evidence=evidence,
                        explanation=pattern.explanation.format(ev=evidence),
                        pattern=f"{marker}.{pattern.name}",
                        strength=pattern.strength,
                    )
                )
    hits.sort(key=lambda h: (h.start, -h.end))
    return hits


def has_calm_break(text: str) -> bool:
    folded = fold(text)
    return bool(RETURN_PROMISE.search(folded)) and bool(BREAK_WORDS.search(folded))


@dataclass(frozen=True, slots=True)
class AbsoluteHit:
    start: int
    end: int
    evidence: str
    explanation: str


@dataclass(frozen=True, slots=True)
class JudgementHit:
    start: int
    end: int
    evidence: str
    feelings: tuple[str, ...]
    explanation: str


def _sentence_bounds(text: str, index: int) -> tuple[int, int]:
    left = max(text.rfind(ch, 0, index) for ch in ".!?\n")
    right_candidates = [p for p in (text.find(ch, index) for ch in ".!?\n") if p != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return left + 1, right


_PERSON = re.compile(
    r"\b(?:(?P<partner>you|your|youre|you're|you've|you'll|you'd|u|ur)|"
    r"(?P<other>i|i'm|im|i've|ive|me|my|we|we're|us|our|he|she|they|his|her|their|it|"
    r"nobody|no\s+one))\b",
    re.IGNORECASE,
)


# "You always make me laugh" is a warm habit, not a charge.
_POSITIVE_HABIT = re.compile(
    r"\s+(?:make\s+me\s+(?:laugh|smile|feel\s+(?:safe|loved|better|good))|know\s+how|fail\s+to|"
    r"let\s+me\s+down|give\s+up|complain|judge|have\s+my\s+back|look\s+after|take\s+care|"
    r"so\s+(?:kind|patient|good|sweet|thoughtful|generous|calm|supportive)|there\s+for\s+me)\b",
    re.IGNORECASE,
)


def _about_partner(before: str) -> bool:
    """The nearest person word before an absolute is the partner ("you always", "your phone
    is always"), not the writer ("I always", "me always being")."""
    last = None
    for match in _PERSON.finditer(before):
        last = match
    return last is not None and last.group("partner") is not None


def find_absolutes(text: str) -> list[AbsoluteHit]:
    folded = fold(text)
    hits: list[AbsoluteHit] = []
    for match in ABSOLUTE.finditer(folded):
        left, right = _sentence_bounds(folded, match.start())
        sentence = folded[left:right].strip(" \t\"'")
        if re.fullmatch(
            r"(?:always|never|every\s+single\s+time|every\s+time)[.!]*", sentence, re.IGNORECASE
        ):
            # "Always." on its own repeats the charge of the sentence before.
            if not _PARTNER_WORDS.search(folded):
                continue
        elif not _about_partner(
            folded[max(left, match.start() - 40) : match.start()]
        ) or _POSITIVE_HABIT.match(folded, match.end()):
            continue
        word = text[match.start() : match.end()]
        hits.append(
            AbsoluteHit(
                start=match.start(),
                end=match.end(),
                evidence=word,
                explanation=(
                    f"'{word}' makes it a rule about your partner, and invites an argument about "
                    'the exceptions. Naming the one time it happened ("last night", "on '
                    'Friday") is easier to hear.'
                ),
            )
        )
    return hits


def find_judgements(text: str) -> list[JudgementHit]:
    folded = fold(text)
    hits: list[JudgementHit] = []
    for match in JUDGEMENT.finditer(folded):
        tail = folded[match.start() : match.end()].lower()
        key = next(
            (
                w
                for w in sorted(JUDGEMENT_FEELINGS, key=len, reverse=True)
                if re.search(r"\b" + re.escape(w).replace(r"\ ", r"\s+") + r"$", tail)
            ),
            None,
        )
        if key is None:
            continue
        feelings = JUDGEMENT_FEELINGS[key]
        evidence = text[match.start() : match.end()]
        hits.append(
            JudgementHit(
                start=match.start(),
                end=match.end(),
                evidence=evidence,
                feelings=feelings,
                explanation=(
                    f"'{evidence}' describes what you think your partner did more than what you "
                    f"feel. Feelings that may sit underneath: {', '.join(feelings)}."
                ),
            )
        )
    for match in FEEL_LIKE_YOU.finditer(folded):
        if any(h.start <= match.start() < h.end for h in hits):
            continue
        evidence = text[match.start() : match.end()].rstrip(" ,;:")
        feelings = ("hurt", "lonely", "worried", "frustrated")
        hits.append(
            JudgementHit(
                start=match.start(),
                end=match.start() + len(evidence),
                evidence=evidence,
                feelings=feelings,
                explanation=(
                    f"'{evidence}' starts like a feeling but goes on to say what your partner "
                    f"is like or thinks. Try naming the feeling itself: {', '.join(feelings)}."
                ),
            )
        )
    hits.sort(key=lambda h: h.start)
    return hits


def real_feelings(text: str) -> list[tuple[str, int]]:
    """Honest feeling words the writer owns ("I'm angry", "I feel lonely"), with positions."""
    return [(m.group(1).lower(), m.start()) for m in REAL_FEELING.finditer(fold(text))]
