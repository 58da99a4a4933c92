"""A standalone, high-recall detector for safety signals in what a person writes.

Two kinds of signal stop the couple exercises and show support privately:

* ``partner_violence``: being hurt, threatened or forced by a partner, being afraid of them,
  or being controlled (money, phone, movement, documents, friends and family);
* ``self_harm``: thoughts of suicide, self-harm or of not wanting to be here.

The rule of the product is that a missed signal costs far more than a false alarm, so the
patterns lean towards flagging. A few guards keep precision up on ordinary writing:

* a small clause model: who is the subject just before the words (the writer, the partner
  or someone else such as "my sister's husband");
* a joke and hyperbole guard ("lol", "haha", "my husband will kill me if I forget the milk");
* a negation guard for physical harm ("he has never hit me"), which never touches fear or
  control, and which gives way when the same text speaks of fear.

How it works: the text is normalised once (lower case, apostrophes dropped, runs of
whitespace folded) with a map back to the original offsets, then every precompiled pattern
runs over the whole text once. Patterns use bounded gaps only (a word is at most 25 characters, a gap a few words),
so the run time stays linear in the length of the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from reconnect.analysis.needles import GROUPS_TESTED, holds_all, needle_groups

__all__ = ["SAFETY_HIT_TYPES", "SafetyHit", "find_safety"]

SAFETY_HIT_TYPES = ("partner_violence", "self_harm")

PV = "partner_violence"
SH = "self_harm"


@dataclass(frozen=True, slots=True)
class SafetyHit:
    """One safety signal: its type, the span in the original text and why it was raised."""

    type: str
    start: int
    end: int
    evidence: str
    explanation: str
    # Whose danger the words speak of: the writer's own ("self"), or the partner's, as the
    # writer reports it ("partner"), so a worried partner can be offered the right words.
    about: str = "self"


# --------------------------------------------------------------------------------------------
# Normalisation with an offset map
# --------------------------------------------------------------------------------------------

_APOSTROPHES = frozenset("'\u2019\u2018\u02bc`\u00b4")
_DQUOTES = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'}


@dataclass(frozen=True, slots=True)
class _Normal:
    text: str  # normalised text
    index: tuple[int, ...]  # index[i] = offset in the original text of normalised char i


def _normalise(text: str) -> _Normal:
    """Lower-case, drop apostrophes, fold whitespace runs into one space (or one newline)."""
    out: list[str] = []
    index: list[int] = []
    pending_space = ""
    pending_at = 0
    for i, ch in enumerate(text):
        if ch.isspace():
            if not pending_space:
                pending_at = i
                pending_space = " "
            if ch in "\n\r\u2028\u2029":
                pending_space = "\n"
            continue
        if ch in _APOSTROPHES:
            continue
        if pending_space:
            if out:
                out.append(pending_space)
                index.append(pending_at)
            pending_space = ""
        low = ch.lower()
        if len(low) != 1:
            low = ch
        out.append(_DQUOTES.get(low, low))
        index.append(i)
    return _Normal("".join(out), tuple(index))


_WHITESPACE_RUN = re.compile(r"\s+")


def _fold(run: re.Match[str]) -> str:
    return "\n" if "\n" in run.group() or "\r" in run.group() else " "


def _normal_text(text: str) -> str:
    """``_normalise(text).text``, fast for plain ASCII, where lower-casing keeps every offset.

    The offset map is only needed for the few texts that hold a hit, so it waits until then.
    """
    if not text.isascii():
        return _normalise(text).text
    lowered = text.lower().replace("'", "").replace("`", "")
    return _WHITESPACE_RUN.sub(_fold, lowered).strip()


# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

_PARTNER_NOUN = (
    r"(?:husband|hubby|wife|wifey|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|spouse|"
    r"ex|other half|man|missus|mrs|fella)"
)
_PARTNER = rf"(?:him|her|them|my {_PARTNER_NOUN})"
_HE = r"(?:he|she|they)"
_HES = r"(?:hes|shes|theyre|he is|she is|they are)"
_WILL = r"(?:ll|ll be|d| will| would| is going to| was going to| is gonna| gonna| going to)"
_GAP1 = r"(?:[^\s.!?]{1,25} )?"
_GAP2 = r"(?:[^\s.!?]{1,25} ){0,2}"
_GAP3 = r"(?:[^\s.!?]{1,25} ){0,3}"
_GAP5 = r"(?:[^\s.!?]{1,25} ){0,5}"
_SENT = r"[^.!?\n]"  # a character that stays inside the sentence
_BODY = (
    r"(?:arms?|wrists?|neck|throat|hair|face|shoulders?|jaw|hands?|knees?|legs?|collar|"
    r"chin|head|ear|breasts?|thighs?)"
)
_FEAR = r"(?:scared|scarred|afraid|afriad|terrified|terrifed|frightened|petrified|fearful)"
_DOCS = (
    r"(?:passports?|residence (?:card|permit)s?|id cards?|green card|work permit|"
    r"documents|birth certificate|immigration papers|visa papers|my papers|my id)"
)
_KIDS = r"(?:kids|children|son|daughter|boys|girls|baby|babies|child|little one)"
_FRIENDS_FAMILY = (
    r"(?:friends?|family|sister|brother|mum|mom|mother|dad|father|parents|cousins?|mates|"
    r"girls|colleagues?|daughter|son|grandchildren|grandson|granddaughter|church|relatives)"
)

_JOKE = re.compile(
    r"(?:\b(?:lol+|lmf?a+o+|rofl|ha(?:ha)+h?|hehe+|jk|jkjk|kidding|joking|xd)\b|"
    r"[\U0001F602\U0001F923\U0001F605\U0001F606\U0001F61D\U0001F61C\U0001F643\U0001F62D])"
)
_NEGATION = re.compile(
    r"\b(?:never|not|no|nobody|no one|dont|doesnt|didnt|wont|wouldnt|hasnt|havent|hadnt|"
    r"isnt|wasnt|cant|couldnt|without)\b (?:[^\s.!?]{1,25} ){0,3}$"
)
_STILL_IMPLIES = re.compile(r"\b(?:anymore|any more|no longer|since|again)\b")
_FEAR_ANYWHERE = re.compile(
    rf"\b(?:{_FEAR}|scares me|scared me|frightens me|eggshells|tiptoe\w*|on edge|"
    r"set (?:him|her) off|flinch\w*)"
)

# Subjects, for the small clause model. Checked on the sentence text before a match.
_SUBJECTS = re.compile(
    r"\b(?P<first>i|im|ive|id|ill|we|myself)\b|"
    r"\b(?P<partner>he|she|they|hes|shes|hed|shed|hell|shell|theyre|theyd|theyll|"
    rf"my {_PARTNER_NOUN}|(?:his|her|their|my) (?:mother|mum|mom|father|dad|family|parents|"
    r"brother|sister|cousin|uncle|aunt)s? in law|(?:mother|father|brother|sister)-in-law|"
    r"in-?laws|(?:his|her) (?:mother|mum|mom|father|dad|family|parents|brother|sister|"
    r"cousin|uncle|aunt|grandmother|grandma|grandfather))\b|"
    r"\b(?P<partner2>(?:husbands|wifes|partners|boyfriends|girlfriends|fiances) (?:mother|"
    r"mum|mom|father|dad|family|parents|brother|sister))\b|"
    r"\b(?P<third>[a-z]{2,20}s (?:brother|sister|dad|father|mum|mom|mother|friend|son|"
    r"daughter|uncle|aunt|cousin|boss)|my (?:mum|mom|mother|dad|father|parents|brother|sister|son|daughter|kids?|"
    r"children|boss|manager|friends?|best friend|roommate|flatmate|housemate|teacher|coach|"
    r"colleagues?|coworkers?|co-workers?|neighbou?rs?|landlord|uncle|aunt|auntie|cousin|"
    r"grandad|grandpa|grandma|nan|gran|grandmother|grandfather|therapist|doctor|stepdad|"
    r"stepmom|stepmum|stepson|stepdaughter|niece|nephew)|"
    r"(?:his|her|their|(?!my\b|our\b|your\b)[a-z]{2,20}s) (?:husband|wife|boyfriend|"
    r"girlfriend|partner|bf|gf|fianc[eé]e?|spouse)|"
    r"the (?:police|embassy|bank|landlord|government|officer|airline|court|judge|"
    r"home office|nurse|doctor)|immigration|a (?:stranger|man|guy|woman|girl)|"
    r"some (?:guy|man|woman|girl|stranger)|this (?:guy|man|woman|girl)|"
    r"(?:mum|mom|dad)(?: has| had| was| is)?)\b"
)


_OTHER_COUPLE = re.compile(
    r"\b(?:(?!my\b|our\b|your\b)[a-z]{2,20}s|his|her) (?:husband|wife|boyfriend|girlfriend|"
    r"partner|bf|gf|fianc[eé]e?|spouse)\b"
)


def _last_subject(prefix: str) -> str | None:
    last: str | None = None
    for m in _SUBJECTS.finditer(prefix):
        last = "partner" if m.lastgroup == "partner2" else m.lastgroup
    return last


# --------------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------------

Check = Callable[[str, int, int], bool]  # (sentence, start, end) -> keep?


@dataclass(frozen=True, slots=True)
class _Rule:
    type: str
    name: str
    pattern: re.Pattern[str]
    why: str
    negatable: bool = False  # "he never hit me" cancels it, unless fear is spoken of
    jokeable: bool = False  # "lol" / "haha" in the sentence cancels it
    # "not_third": not about someone else's relationship; "actor": also not the writer's own
    # doing ("I check my phone"); "self": the writer's own thoughts, not a third party's
    subject: str = "any"
    check: Check | None = None
    # Words any match must contain (at least one of them); None when none can be proven.
    needles: tuple[str, ...] | None = None
    # Further groups of which any match holds one word each (needles.needle_groups).
    more_needles: tuple[tuple[str, ...], ...] = ()


_RULES: list[_Rule] = []


_WHY = {
    "physical": "This describes being physically hurt or handled roughly. You deserve to be "
    "safe, and support is here if you want it.",
    "near": "Something was thrown, hit or broken close to you. That can be frightening, and "
    "you deserve to feel safe at home.",
    "threat": "This sounds like a threat. Threats are serious, and you do not have to carry "
    "them alone.",
    "weapon": "A weapon is mentioned near a hard moment. Your safety comes first, and help "
    "is there if you want it.",
    "sex": "This sounds like being pressured or made to have sex. Your no matters, with a "
    "partner too.",
    "fear": "This sounds like being afraid of your partner, or shaping your day around their "
    "mood. That is a lot to carry, and support is available.",
    "money": "This sounds like money being controlled. Having a say over your own money is "
    "a fair thing to want.",
    "phone": "This sounds like your phone or messages being watched or taken. Privacy is a "
    "reasonable thing to want.",
    "location": "This sounds like being tracked or checked on. Being free to come and go is "
    "a fair thing to want.",
    "movement": "This sounds like your movements being limited. You deserve to come and go freely.",
    "documents": "This sounds like your passport or papers being kept from you. Your "
    "documents are yours to hold.",
    "isolation": "This sounds like being kept from your friends or family. Staying connected "
    "to people who care about you matters.",
    "intimidation": "This sounds like being frightened on purpose, even without a blow. "
    "That is not okay, and you deserve to feel safe at home.",
    "putdown": "This sounds like being told you are worth little, or that nobody else would "
    "want you. Those words can wear anyone down, and you deserve kindness.",
    "sh_explicit": "This sounds like thoughts of suicide or hurting yourself. You matter, and "
    "people are ready to listen right now.",
    "sh_passive": "This sounds like thoughts of not wanting to be here. You matter, and "
    "people are ready to listen right now.",
    "sh_partner": "This sounds like your partner may be thinking about not being here. That "
    "is heavy to hold alone: a crisis line can help you support them, and support you too.",
    "sh_method": "This sounds like thinking about a way to end your life. You matter, and "
    "people are ready to listen right now.",
}


def _add(
    kind: str,
    why: str,
    *patterns: str,
    negatable: bool = False,
    jokeable: bool = False,
    subject: str = "any",
    check: Check | None = None,
) -> None:
    for p in patterns:
        groups = needle_groups(p)[:GROUPS_TESTED]
        _RULES.append(
            _Rule(
                type=kind,
                name=f"{why}#{len(_RULES)}",
                pattern=re.compile(p),
                why=_WHY[why],
                negatable=negatable,
                jokeable=jokeable,
                subject=subject,
                check=check,
                needles=groups[0] if groups else None,
                more_needles=groups[1:],
            )
        )


# ---- checks ---------------------------------------------------------------------------------

_NOT_PHYSICAL_HIT = re.compile(
    r"\b(?:it|that|this|which|reality|realisation|realization|wave|thought|idea|news|then it|"
    r"truth|everything|memory|song|smell|what)\s?$"
)


def _not_it_subject(sentence: str, start: int, end: int) -> bool:
    """ "It hit me that..." is a realisation, not a blow."""
    return not _NOT_PHYSICAL_HIT.search(sentence[max(0, start - 25) : start])


_GENTLE_BODY = re.compile(r"\b(?:hand|hands|face)\b")
_HARD = re.compile(
    r"\b(?:hard|harder|tight|tighter|marks?|bruis\w*|hurt|hurts|hurting|pain|painful|"
    r"so i cant|so i couldnt|wouldnt let|force\w*|angry|shout\w*|yell\w*|scream\w*|"
    r"twist\w*|down|against|white)\b"
)


def _rough_handling(sentence: str, start: int, end: int) -> bool:
    """Holding an arm or a hand can be tender; count it when the sentence says it was rough."""
    word = sentence[start:end]
    if word.startswith("grab") and not _GENTLE_BODY.search(word):
        return True
    return bool(_HARD.search(sentence[start : end + 60]))


_DOC_SHARED = re.compile(
    r"\b(?:we (?:both )?(?:keep|kept|put|store|have)|our (?:shared|joint|fireproof)|"
    r"shared box|fireproof|either of us|both of us|i keep|i kept|i put|i lost|i renewed|"
    r"i need to renew|expired|renewal appointment|photo booth)\b"
)


def _documents_held(sentence: str, start: int, end: int) -> bool:
    return not _DOC_SHARED.search(sentence)


_LEAVE_THREAT = re.compile(
    r"\bthreat\w* (?:to )?(?:leave|break up|divorce|dump|quit|move out|end (?:it|things|the "
    r"relationship)|go home|cancel|call off)\b"
)


_LEGAL_THREAT = re.compile(
    r"\bthreat\w* (?:to )?(?:sue|evict|fire|take (?:legal )?action|take (?:me|us|them) to "
    r"court|send (?:it|me|us) to collections|tow|charge (?:me|us) a|raise the rent|"
    r"call (?:a|my|his|her|their) lawyer)"
)


def _real_threat(sentence: str, start: int, end: int) -> bool:
    return not (_LEAVE_THREAT.match(sentence, start) or _LEGAL_THREAT.match(sentence, start))


_SERIOUS_IF = re.compile(
    r"^(?: if| when)? (?:i|you) (?:ever |even |try to |tried to |dare )?(?:leave|left|"
    r"(?:tell|told|call|called) (?:anyone|anybody|someone|the police|the cops|my family|"
    r"people)|report|reported|divorce|cheat|cheated|move out|moved out|take the kids|took "
    r"the kids|do it again|did it again|go to the police|went to the police)\b"
)


def _kill_threat(sentence: str, start: int, end: int) -> bool:
    """ "He'll kill me" is flagged as it stands or with a serious condition, not for trivia."""
    if re.search(r"(?:ruin|destroy)", sentence[start:end]):
        return True
    rest = sentence[end : end + 40]
    if rest.strip() == "" or re.match(r"^(?:,|:| and\b| one day| someday| too)", rest):
        return True
    return bool(_SERIOUS_IF.match(rest))


_PILL_CONTEXT = re.compile(
    r"\b(?:all (?:of )?(?:them|the|my)|counted|counting|count them|enough|how many|"
    r"stockpil\w*|saved up|saving up|overdose|every one|whole (?:box|bottle|packet)|"
    r"take them all|swallow\w*|only thing that understands)\b"
)


_NEAR_NEGATION = re.compile(r"\b(?:not|not even|never|stopped|didnt|doesnt|wont|isnt|wasnt)\s?$")


def _not_negated_near(sentence: str, start: int, end: int) -> bool:
    """ "Not even reading my messages" is being ignored, not being watched."""
    return not _NEAR_NEGATION.search(sentence[max(0, start - 12) : start])


_VISA_RULE = re.compile(
    r"\b(?:visa|permit|decision|the law|legally|asylum|papers come|until my papers|the rules|"
    r"school|uni|exam|contract|boss|manager|doctor|hospital|ward)\b"
)


def _not_visa_rule(sentence: str, start: int, end: int) -> bool:
    """ "I'm not allowed to work until the decision" is the law talking, not a partner."""
    if "allowed" in sentence[start:end]:
        return not _VISA_RULE.search(sentence)
    return True


def _window_has(rx: re.Pattern[str], before: int, after: int) -> Check:
    def check(sentence: str, start: int, end: int) -> bool:
        return bool(rx.search(sentence[max(0, start - before) : end + after]))

    return check


# ---- partner_violence: physical -------------------------------------------------------------

_HIT_VERB = (
    r"(?:hit|hits|hitting|slapped|slaps|slap|slapping|slaped|punched|punches|punch|punshed|"
    r"beat (?=me (?:up|black|senseless|so|until|till|with))|"
    r"kicked|kicks|kicking|kick|choked|chokes|choking|chocked|strangled|strangles|"
    r"strangling|beats|beating|beaten|bit|bites|smacked|smacks|headbutted|elbowed|"
    r"spat on|spits on|attacked|attacks|assaulted|raped|rapes|"
    r"slammed|slams|strangle|choke|throttled|suffocated|burned|burnt|scratched|"
    r"kneed|stomped on|stamped on|tripped)"
)
_add(
    PV,
    "physical",
    rf"\b{_HIT_VERB} me\b",
    rf"\b{_HIT_VERB} (?:me )?(?:in|on|across) (?:the|my) {_BODY}",
    r"\b(?:shoved|shoves|shove|shoving) me\b",
    r"\b(?:pushed|pushes|push) me (?:against|into (?:the|a|my)|onto|down|over|out of the|"
    r"away|off|to the (?:floor|ground)|across|through|so hard|hard)\b",
    r"\bpushed me\b(?= *(?:[.!,;\n]|$| and\b| so\b| when\b| because\b))",
    r"\b(?:dragged|drags|dragging) me (?:by|across|along the floor|out of (?:bed|the car)|"
    r"down|up the stairs|into the)\b",
    r"\b(?:grabbed|grabs|grab|grabbing|grabed|twist\w*|yank\w*|pulled|pulls|"
    r"pinned|pins|gripped|shook|shakes|shaking|choked|strangled) "
    rf"(?:me (?:by (?:the|my) {_BODY}|down|against|up against|to the (?:floor|bed|wall|"
    rf"ground)|so hard|hard)|my {_BODY})",
    r"\b(?:hands?|fingers|arm) (?:around|round|on|at|across|against) my (?:throat|neck)",
    r"\bby (?:my|the) (?:throat|neck|hair)\b",
    r"\b(?:pinned|pins|pin) me\b",
    r"\bchok(?:ed|es|ing) me\b|\bstrangl(?:ed|es|ing) me\b",
    r"\b(?:raised|raises|raise|lifted|lifts) (?:a|his|her|their) (?:hand|fist) (?:to|at|"
    r"against) me\b",
    r"\b(?:threw|throws|throw|thrown|throwing|hurled|flung|chucked|lobbed) "
    rf"{_GAP5}(?:at|towards?) (?:me|my {_BODY})\b",
    # Thrown or held down: ways of telling it found missing in real posts.
    r"\b(?:threw|throws|throwing|flung|tossed|shoved) me (?:back |down )?(?:onto|on|into|"
    r"against|down|across|to the|out of)\b",
    r"\b(?:assaulting|strangling) me\b",
    r"\b(?:his|her|their) full (?:body )?weight on me\b",
    negatable=True,
    subject="actor",
    check=_not_it_subject,
)
_add(
    PV,
    "physical",
    r"\b(?:held|holds|holding|squeez\w*|gripped|grips|gripping|grabbed|grabs|grab|grabbing) "
    rf"(?:me|my {_BODY})\b",
    negatable=True,
    subject="actor",
    check=_rough_handling,
)
_add(
    PV,
    "physical",
    r"\bbruis\w*",
    r"\b(?:left|leave|leaving|leaves|had|there were) (?:[^\s.!?]{1,25} )?marks\b",
    r"\bmarks (?:on|around) my\b",
    rf"\bmy {_BODY} (?:is|was|were|are|went|turned) (?:all )?(?:purple|blue|black|swollen)",
    r"\bblack eye\b",
    r"\b(?:walked|walk|walking|ran) into (?:a|the) door\b",
    r"\btold (?:[^\s.!?]{1,25} ){0,3}(?:i|id|i had) (?:tripped|fell|fallen|walked into)\b",
    r"\b(?:long sleeves|wore a scarf|concealer) (?:to hide|so (?:no one|nobody))",
)
_add(
    PV,
    "physical",
    r"\bwore long sleeves\b|\bwear long sleeves\b",
    check=_window_has(
        re.compile(r"\b(?:grab\w*|mark\w*|bruis\w*|arm|wrist|hit|hurt|squeez\w*)\b"), 400, 40
    ),
)

# something thrown, hit or broken near the writer: intimidation
_add(
    PV,
    "near",
    r"\b(?:next to|by|beside|near|inches from|past|right by|right next to|just missed) my "
    r"(?:head|face|ear)\b",
    r"\b(?:punch\w*|kick\w*|hit|hits|smash\w*) (?:a |the )?(?:hole in the )?"
    r"(?:wall|walls|door|doors|window|table|mirror)\b",
    r"\b(?:put|puts|putting) (?:his|her|their) (?:fist|hand|foot|head) through\b",
    r"\b(?:throws?|threw|throwing|smash\w*|break\w*|broke) (?:stuff|things|plates|"
    r"everything|furniture|objects|dishes|chairs)\b",
    r"\b(?:throws?|threw|throwing|smashed|smashes) (?:[^\s.!?]{1,25} ){0,4}(?:near|next to|"
    r"beside|by) me\b",
    r"\b(?:threw|throws|smashed|smashes|smash|broke|breaks|destroyed|stamped on) (?:my|the) "
    r"(?:phone|laptop|mobile|glasses)\b",
    r"\b(?:took|takes|grabbed|grabs|snatched|snatches) (?:my|the) (?:phone|mobile) and "
    r"(?:threw|smashed|broke|hid|threw it)\b",
    r"\b(?:threw|smashed|slammed|hurled|throws|smashes) (?:the|a|my|his|her) (?:plate|cup|"
    r"mug|glass|remote|bottle|chair|phone|vase|laptop)s? (?:at|against|on|across|into) "
    r"(?:the|a|my) (?:wall|floor|door|room|kitchen|window)\b",
    r"\bbroke (?:the|a) (?:plate|cup|glass|mug|bottle) in (?:his|her) hand\b",
    r"\b(?:stands?|stood|standing) (?:very |really |so |right |too )(?:close|over me)\b",
    r"\b(?:stands?|stood|standing) (?:over me|in (?:the|my) (?:doorway|way)) (?:so i|and (?:wont|"
    r"wouldnt|didnt) let|until i|to stop me|blocking)\b",
    r"\b(?:put|puts|pushed|pushes|held|holds|shoved|slammed|slams|threw|pinned) me (?:up )?"
    r"against\b",
    r"\bgets? (?:right )?in my face\b",
    r"\bblock\w* (?:the |my )?(?:door|doorway|exit|way out|stairs|car)\b",
    r"\b(?:so i (?:cant|couldnt)|wouldnt let me|wont let me|didnt let me) (?:get past|get "
    r"out|leave the (?:room|house|flat|car)|leave)\b",
    r"\block\w* me (?:in|out)\b|\blocked (?:me|the (?:[^\s.!?]{1,25} )?door and (?:left|kept) me)\b",
    r"\bi slept in the car\b(?=[^.!?\n]{0,60}\b(?:locked|lesson|wouldnt))",
    r"\bleft me (?:outside|on the (?:door)?step|on the doorstep|out in the (?:rain|cold))\b",
    r"\bshouts? until (?:the )?(?:kids|children|i|the baby)\b",
    subject="actor",
)

# ---- partner_violence: threats and weapons --------------------------------------------------

_add(
    PV,
    "threat",
    r"\bthreat(?:en|ened|ens|ening|end|ned|s)?\b",
    r"\bthret\w*\b",
    subject="not_third",
    check=_real_threat,
)
_add(
    PV,
    "threat",
    rf"\b{_HE}{_WILL} (?:kill|murder|hurt|ruin|destroy|end|finish|break) (?:me|you)\b",
    r"\b(?:i|ill|he|she)?(?:ll|will|would) break your (?:neck|legs?|face|arms?|jaw)\b",
    rf"\bmy {_PARTNER_NOUN}{_WILL} (?:kill|murder|hurt|ruin|destroy) me\b",
    jokeable=True,
    check=_kill_threat,
)
_add(
    PV,
    "threat",
    r"\b(?:make|made|making) me regret\b",
    r"\b(?:make|made|making) sure (?:that )?i (?:never|regret|have nothing|had nothing|"
    r"lose|lost|dont|wont|would never|will never|get nothing|end up with nothing)\b",
    rf"\bnever see (?:my|our|the|his|her) (?:[^\s.!?]{{1,25}} )?{_KIDS} again\b",
    r"\bnever see (?:them|him|her) again\b",
    rf"\btake (?:the|my|our) {_KIDS} (?:away|from me)\b",
    r"\b(?:call|ring|phone|tell|told|report [^\s.!?]{1,25} to) (?:[^\s.!?]{1,25} )?(?:immigration|the "
    r"home office|ice|uscis|the embassy)\b",
    r"\b(?:report|reported|reports) me (?:to|for)\b",
    r"\b(?:get|have|had|getting) me deported\b|\bdeport\w* me\b",
    r"\b(?:never get|lose|cancel|withdraw|stop|pull|revoke) (?:[^\s.!?]{1,25} ){0,2}my (?:visa|"
    r"residence|papers|status|sponsorship|green card|permit)\b",
    r"\b(?:marriage|wedding) is (?:a )?fake\b",
    r"\bknows where (?:my|your) (?:[^\s.!?]{1,25} )?(?:lives|live|works|work|school)\b",
    rf"\b{_HE}(?:d|ll| would| will) tell (?:my|the|our|your|everyone|people) ?(?:family|"
    r"kids|children|parents|boss|employer|work|mother|mum|mom|dad|father|church|friends)?",
    r"\b(?:shouldnt|needent|neednt|dont|not to) bother (?:coming|to come) back\b",
    r"\bthink (?:very )?carefully before\b",
    r"\bbefore i (?:made|make) (?:him|her|them) (?:angry|mad)\b",
    r"\b(?:said|says|told me) i (?:wasnt|was not|am not|im not|wasnt ever) going anywhere\b",
    r"\bout me to\b",
    r"\b(?:kill|hurt) (?:himself|herself|themselves) if i\b",
    r"\bit was a lesson\b|\bi (?:must|have to|need to) learn\b|\bteach me a lesson\b",
    subject="not_third",
)
_add(
    PV,
    "weapon",
    r"\b(?:pointed|points|pointing|waved|waves|waving|held|holds|holding|pulled|pulls) "
    r"(?:a |the |his |her |their )?(?:[^\s.!?]{1,25} )?(?:knife|gun|blade|shotgun|rifle|pistol|"
    r"weapon|machete|bat|hammer|scissors)\b",
    r"\bpointed (?:it|[^\s.!?]{1,25}) at me\b",
    r"\b(?:knife|knives|gun|guns|shotgun|rifle|pistol|firearm|weapon|machete|crossbow)\b"
    r"(?<!tape )(?<!glue )(?<!nail )(?<!staple )(?<!water )(?<!nerf )(?<!butter )(?<!bread )"
    r"(?![^.!?\n]{0,20}\bdown\b)"
    r"(?=[^.!?\n]{0,80}\b(?:since|mention\w*|nightstand|bedside|pillow|threat\w*|"
    r"at me|to my|on me|when (?:he|she)|fight|angry)\b)",
    r"\b(?:his|her|their) (?:hunting )?(?:knife|gun|shotgun|rifle|pistol|weapon|machete)\b",
    subject="not_third",
)

# ---- partner_violence: forced or pressured sex ----------------------------------------------

_add(
    PV,
    "sex",
    r"\b(?:a |the )?wife (?:cannot|cant|can not|must not|mustnt|shouldnt|should not|is not "
    r"allowed to|isnt allowed to|has no right to) (?:refuse|say no)\b",
    r"\b(?:say|said|saying|says) no\b[^.!?\n]{0,80}\b(?:doesnt matter|didnt matter|dont "
    r"matter|keeps going|kept going|doesnt stop|didnt stop|wont stop|doesnt speak|didnt "
    r"speak|gets annoyed|gets angry|sulks|until i|anyway|ignores it|ignored it|doesnt "
    r"listen|didnt listen)",
    r"\bif i say no\b",
    r"\b(?:dont|didnt|cant|stopped) (?:say|saying) no (?:anymore|any more)\b",
    r"\b(?:kept|keeps|keep) going (?:anyway|even though|after i|when i)\b",
    r"\b(?:give|gave|giving) in so (?:he|she|they)(?:ll| will| would)? (?:stop|leave me)\b",
    r"\b(?:made|makes|make|forced|forces|force|pressured|pressures|pressure|guilted|"
    r"guilts|coerced) me (?:to )?(?:have sex|sleep with|do it|do things|do stuff|into sex|"
    r"into sleeping|into it|into doing)\b",
    r"\bforced (?:himself|herself|themselves) on me\b",
    r"\b(?:rape|raped|rapes|raping|marital rape|sexual(?:ly)? assault\w*)\b",
    r"\b(?:even though|after|when|though) i (?:said|say|told (?:him|her)) no\b",
    r"\bwhen i said no\b|\bwhen i say no\b",
    r"\b(?:in|at) (?:my|our) sleep (?:he|she) (?:touched|touches|started)\b",
    r"\b(?:wants?|wanted) sex\b[^.!?\n]{0,80}\b(?:no|annoyed|angry|until)\b",
)

# ---- partner_violence: fear of the partner --------------------------------------------------

_add(
    PV,
    "fear",
    rf"\b{_FEAR} of (?:him|her|them|my {_PARTNER_NOUN}|dad|daddy|what (?:he|she|they)"
    r"(?:ll|d| will| would| might| could| may| is going to| was going to) do)\b(?! [^\s.!?]{1,25}ing\b)",
    rf"\b{_FEAR} (?:to go (?:anywhere|out|home)|to go back home|to be (?:home|alone with "
    r"(?:him|her))|(?:of )?(?:going|coming) home|what (?:he|she) "
    r"(?:will|would|might|ll|d) do|for my (?:life|safety)|(?:he|she)(?:ll|d| will| would| might)"
    r" (?:hurt|kill|hit|snap|lose it|explode|do something))\b",
    rf"\b{_FEAR} to (?:turn|switch) (?:it|my location|location|my phone|find my) off\b",
    rf"\b{_FEAR} when (?:he|she|they) (?:drinks|drink|gets|get|is|s|comes|come|starts)\b",
    r"\b(?:scares|scared|frightens|frightened|terrifies|terrified) me\b(?=[^.!?\n]{0,40}"
    r"\b(?:when (?:he|she)|(?:his|her) (?:temper|voice|face|anger|eyes)))",
    r"\b(?:walk\w*|walked|tread\w*) on eggshells\b|\beggshells\b",
    r"\btiptoe\w* (?:around|round)\b|\b(?:like|as if) (?:hes|shes|theyre) a (?:bomb|time bomb)\b",
    r"\b(?:not|what|which|anything|words|that|might|could|would|will|dont|i|me|to|never|"
    r"without) (?:to )?(?:set|sets|setting|trigger\w*) (?:him|her|them) off\b",
    r"\b(?:so|before|or) (?:he|she|they) (?:doesnt|dont|wont|wouldnt|didnt) (?:explode|"
    r"blow up|lose it|snap|get angry|get mad|be mad|be angry|kick off|shout|yell|find out|"
    r"see them|notice)\b",
    r"\b(?:so|or) (?:he|she|they) (?:wouldnt|wont|doesnt) (?:be|get) (?:mad|angry|upset)\b",
    r"\brehears\w* (?:every|each|what|the sentence|my words|conversations?|in my head)\b",
    r"\b(?:read|reading|reads|check|checks|checking) (?:his|her|their) "
    r"(?:face|mood|moods|jaw|eyes)\b",
    r"\b(?:watch|watching) (?:his|her|their) (?:mood|moods|fork|temper)\b",
    r"\b(?:by |from )?(?:the way|how) (?:he|she|they) (?:shuts|closes|slams|puts|opens|"
    r"shut|close|slam|put|open) (?:the|his|her|their) (?:[^\s.!?]{1,25} )?(?:door|keys|fork|bag)\b",
    r"\bread the (?:front |back )?door\b",
    r"\b(?:around|round) (?:his|her|their) (?:mood|moods|temper)\b",
    r"\b(?:in )?one of (?:his|her|their) moods\b",
    r"\bwhich words set\b|\bwhat (?:kind|sort) of (?:night|mood|evening|day)\b",
    r"\b(?:go|goes|went|going) (?:very )?(?:still|quiet|small) and (?:very )?(?:careful|helpful|"
    r"small|quiet)\b",
    r"\b(?:need|needs|have|had|must|got) (?:to )?(?:be )?(?:very,? |really )*"
    r"(?:very |really )?quiet\b(?=[^.!?\n]{0,60}\b(?:he|she|him|her)\b)|"
    r"\bi (?:need|must|have) to be (?:very,? )*(?:very )?quiet\b",
    r"\b(?:keep|kept|keeping) (?:the kids|the children|them|everyone) (?:quiet|upstairs|"
    r"in their room)\b",
    r"\b(?:take|took|taking|put|putting) the (?:kids|children) (?:upstairs|to bed early|to "
    r"the park)\b(?=[^.!?\n]{0,60}\b(?:he|she|calm|mood)\b)",
    r"\bstay\w* out of (?:his|her|their) way\b",
    r"\b(?:give|gave|giving) (?:him|her|them) a reason\b",
    r"\b(?:make|making|made) myself small\b",
    r"\b(?:careful|carefully) (?:not to|what i|how i|around (?:him|her)|since)\b",
    r"\b(?:must|have to|need to|got to) be (?:very |so |really )?careful\b",
    r"\bi (?:must not|mustnt) (?:laugh|be|talk|speak)\b",
    r"\bwhy are you (?:scared|afraid|frightened) of\b",
    r"\bwhen the key turns\b|\bwhen (?:i|we) hear the (?:van|car|truck|key|door)\b",
    r"\b(?:hide|hid|hiding) (?:my |the )?(?:[^\s.!?]{1,25} ){0,3}(?:before|so) (?:he|she|they) "
    r"(?:comes|gets|finds|sees|come|get|doesnt|wont)\b",
    r"\bwait (?:for|until) (?:his|her|their) good moods?\b",
    r"\b(?:his|her|their) temper\b[^.!?\n]{0,40}\b(?:bad|worse|scary|frightening)\b",
    r"\b(?:afraid|scared|frightened|nervous) (?:to|of) (?:say|saying|speak|speaking|ask|"
    r"asking|tell|telling) (?:anything|no)\b",
    r"\bhe was sorry, he cried\b|\bhe cried afterwards\b",
    subject="not_third",
)
# "I'm scared of her": fear of the partner, unless a third party is the subject
_add(
    PV,
    "fear",
    r"\bi(?:m| am| was|ve been| feel| get)? (?:so |really |kind of |kinda |a bit |sometimes |"
    rf"still |also |honestly )?{_FEAR}\b(?=[^.!?\n]{{0,40}}\b(?:him|her|he|she)\b)",
    subject="not_third",
    check=_window_has(
        re.compile(
            r"\b(?:drink\w*|mood|temper|angry|anger|explode|shout\w*|scream\w*|yell\w*|"
            r"hurt|hit|grab\w*|rage|what (?:he|she)(?:ll|d| will| would| might) do|"
            r"to go (?:home|anywhere|out)|to leave|to say no|go anywhere|without telling)"
        ),
        0,
        60,
    ),
)

# ---- partner_violence: money ----------------------------------------------------------------

_add(
    PV,
    "money",
    r"\b(?:takes|took|taken|take|taking|keeps|kept|keep|keeping|has|holds|hid|hides|"
    r"cancell?ed|cut up|confiscat\w*) my (?:bank |credit |debit |bus )?(?:card|cards|salary|"
    r"wages|pay|paycheque|paycheck|paychecks|money|pension|benefits|earnings|income|"
    r"savings|tips|purse|wallet)\b",
    subject="actor",
)
_add(
    PV,
    "money",
    r"\bmy (?:salary|wages|pay|paycheque|paycheck|pension|earnings|income|benefits|money|"
    r"tips) (?:go|goes|went|gets paid|is paid|are paid|has gone|have gone|get paid) "
    r"(?:straight |directly |right )?(?:in)?to (?:his|her|their|[^\s.!?]{1,25}s) (?:[^\s.!?]{1,25} )?"
    r"account\b",
    r"\bmoved (?:all )?my (?:pension|savings|money|salary|inheritance) into (?:his|her|their)\b",
    r"\ballowance\b",
    r"\b(?:show|send|give|wants?|demands?|asks? for|keep\w*|photo of) (?:[^\s.!?]{1,25} ){0,3}"
    r"(?:the )?(?:till )?receipts?\b",
    r"\b(?:ask|asking|beg|begging|text|texting) (?:him|her) (?:for|about) (?:money|"
    r"cash|[^\s.!?]{1,25} money|bus fare|petrol|the money|permission)\b",
    r"\b(?:have|had|must|need) to ask (?:him|her|them) (?:for|first|before)\b",
    r"\b(?:gives|transfers) me (?:[^\s.!?]{1,25} ){0,2}(?:cash|money|allowance|pocket money|"
    r"spending money) (?:each|every|a|per|once)\b",
    r"\b(?:pounds|dollars|euros|quid|bucks|cash|pocket money)(?: a| per| each| every) "
    r"(?:week|month|friday|fortnight)\b",
    r"\b(?:wife|i) gets? (?:cash|money) (?:every|each|a|per)\b",
    r"\b(?:not allowed|isnt allowed|arent allowed) (?:to )?(?:have|know|see|access|open|"
    r"touch|use) (?:my own|our|what he|what she|the|a) (?:[^\s.!?]{1,25} )?(?:card|money|"
    r"account|accounts|savings|earns|salary|bank)",
    r"\b(?:dont|do not|no longer|never) (?:have|had|get) (?:any )?(?:access|the log-?in|"
    r"the password) (?:to|for) (?:our|the|my) (?:[^\s.!?]{1,25} )?(?:accounts?|money|bank|"
    r"finances)\b",
    r"\bhavent had the log-?in\b|\bno access to (?:our|the|my) (?:[^\s.!?]{1,25} )?"
    r"(?:accounts?|money|bank|finances|card)\b",
    r"\b(?:handles|controls|control|controlled|manages|runs) all (?:the|our|my) (?:money|"
    r"finances|accounts|spending)\b",
    r"\btaken over (?:all )?(?:the|our|my) (?:money|finances)\b",
    r"\bcard with a limit\b|\blimit (?:he|she|they) sets?\b",
    r"\b(?:goes|went|go) through (?:the|my|our) (?:bank )?statements?\b",
    r"\bline by line\b",
    r"\b(?:checked|checks|check|had) the (?:bank\w* (?:app|statement|account)|statement)\b",
    r"\b(?:asks?|asked|wants? to know) what (?:i spent|each thing|the last lot|every)\b",
    r"\ba waste of (?:his|her|their) money\b",
    r"\b(?:cant|cannot) (?:even )?buy (?:even )?(?:[^\s.!?]{1,25} ){0,3}without\b",
    r"\banything over (?:[^\s.!?]{1,25} ){1,2}i (?:ask|have to ask|must ask)\b",
    r"\bi (?:must|have to|need to) ask when i\b",
    subject="not_third",
)

# ---- partner_violence: phone and messages ---------------------------------------------------

_add(
    PV,
    "phone",
    r"\b(?:reads?|reading|checks?|checking|checked|goes through|went through|go through|"
    r"going through|gone through|looks? through|looked through|scrolls? through|monitors?|"
    r"monitoring|monitored|snoops? (?:on|through)|spies on|spied on|screenshots?) "
    r"(?:all |every one of |each of )?(?:of )?my (?:phone|phones|messages|texts|whatsapp|"
    r"whatsapps|emails?|dms|chats?|conversations?|call log|calls|browser history|search "
    r"history|social media|instagram|facebook|snapchat|mobile|laptop|bag|things|post|"
    r"mail|diary|whole conversation)\b",
    r"\b(?:want\w*|demand\w*|asks?|asked|asking|insist\w*) (?:to )?(?:see|check|look at|"
    r"read|go through|borrow) my (?:phone|messages|texts|mobile)\b",
    r"\bborrow\W{0,3} my phone\b",
    subject="actor",
    check=_not_negated_near,
)
_add(
    PV,
    "phone",
    r"\b(?:takes|took|taken|take|grabbed|grabs|snatched|snatches|confiscat\w*|hid|hides|"
    r"keeps) my (?:phone|mobile|laptop|sim)\b(?! and (?:his|hers|theirs))",
    r"\b(?:took|takes|take) (?:it|the phone) and (?:read|reads|went through|goes through)\b",
    r"\b(?:has|have|knows|demands?|wants?|changed|changes|set|sets|setting|controls?|took) "
    r"(?:all |both )?(?:of )?(?:my |the |our )?(?:[^\s.!?]{1,25} )?(?:passwords?|passcodes?|pin|"
    r"log-?ins?|logins)\b",
    r"\bthe passwords? for my\b",
    r"\bmy (?:messages|texts|whatsapps?|emails) (?:go|goes|went|get sent|are sent) to "
    r"(?:his|her|their)\b",
    r"\b(?:who|about) every (?:name|message|text|call|number)\b",
    r"\bwho (?:im|i am|i was) allowed to\b",
    r"\b(?:wants?|wanted|asks?|asked|asking|demands?|likes|liked) (?:[^\s.!?]{1,25} ){0,3}"
    r"(?:who (?:i|ive|id) (?:talked|spoke|speak|talk|was with|phoned|called|texted|met|saw|"
    r"been)|who (?:she|he) was)\b",
    r"\bwho were you (?:with|talking to|texting)\b",
    r"\bdelet\w* (?:[^\s.!?]{1,25} ){0,2}(?:number|numbers|contacts?|messages|app|apps|"
    r"membership)\b(?=[^.!?\n]{0,60}\b(?:my phone|so (?:he|she)|wouldnt|mad|told me|while i))",
    r"\b(?:he|she|they) deleted\b",
    r"\bi (?:deleted|delete|started deleting|hide|hid) (?:[^\s.!?]{1,25} ){0,3}so (?:he|she|they) "
    r"(?:wouldnt|wont|doesnt)\b",
    r"\b(?:started|start|been) deleting (?:things|messages|texts)\b",
    r"\bmessages (?:[^\s.!?]{1,25} ){0,4}(?:have |had )?(?:gone missing|disappeared)\b",
    r"\b(?:smashed|smashes|broke|breaks) (?:my|the) phone\b",
    r"\bblows? up my phone\b|\bblew up my phone\b",
    r"\b(?:let|lets) (?:him|her|them) set the (?:passcode|password|pin)\b",
    subject="actor",
)

# ---- partner_violence: location and checking ------------------------------------------------

_add(
    PV,
    "location",
    r"\b(?:makes?|made|making|forces?|forced|insists?|insisted) (?:that )?(?:me |i )?"
    r"(?:to )?(?:share|turn on|keep on|send|have) (?:my )?(?:live )?(?:location|find my|gps)",
    r"\b(?:has|have|got|put|puts|installed|installs|added|tracks?|tracking|tracked|checks?|"
    r"checking|checked|watch\w*|monitor\w*|sees?|knows) (?:my|me on) (?:[^\s.!?]{1,25} ){0,2}"
    r"(?:location|find my|tracker|tracking app|tracking|gps|air ?tag)\b",
    r"\bfind my on my\b|\b(?:checks?|checking|checked|watches|watching) where i am\b|"
    r"\bon the find my\b|\b(?:app|tracker) that shows (?:him|her|them) my\b",
    r"\b(?:tracks?|tracking|tracked) (?:me|my)\b",
    r"\b(?:an |a )?(?:app|tracker) on my (?:phone|car)\b",
    r"\bknows every (?:place|where) i\b|\beverywhere i(?:ve| have)? (?:go|been|went)\b",
    r"\bif i (?:turn|switch) (?:it|my location|location|my phone) off\b",
    r"\b(?:send|sending|sent|text|texting|call|calling|ring|ringing) (?:him|her|them) "
    r"(?:a )?(?:photo|pic|picture|selfie|location|proof)\b",
    r"\b(?:photo|pic|picture|selfie) (?:of where i am|when i (?:get|arrive))\b",
    r"\bwhere i am (?:every|at all times|all the time)\b",
    r"\b(?:likes?|wants?|needs?|has) to know where i (?:am|was|go|went)\b",
    r"\b(?:calls?|called|rings?|rang|texts?|texted|messages?|messaged|phones?|phoned|checks? "
    r"on me|checks? in) (?:[^\s.!?]{1,25} ){0,3}(?:every|each) (?:\d+|five|ten|fifteen|twenty|"
    r"thirty|few|couple of) minutes\b",
    r"\b(?:over and over|again and again|non-?stop|constantly|repeatedly) (?:until|till) i\b",
    r"\b(?:rings?|calls?|texts?|messages?) (?:me )?(?:until|till) i (?:pick up|answer|reply|"
    r"come home)\b",
    r"\b(?:\d+|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred) (?:missed )?"
    r"(?:calls|texts)\b",
    r"\b(?:called|rang|texted|messaged|calls|rings|texts|phoned) (?:me )?(?:\d+|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty|hundred|ten|nine|eight|seven|six) times\b",
    r"\b(?:asked|asks|ask|wants to know) (?:me )?where i (?:was|went|stopped|had been|"
    r"have been)\b",
    r"\b(?:asked|asks|ask|wants to know) (?:me )?why i (?:was|went|stopped) (?:[^\s.!?]{1,25} )"
    r"{0,2}(?:minutes|hours|late|so long|at the|there|out)\b",
    r"\b(?:waits?|waited|waiting) (?:[^\s.!?]{1,25} ){0,4}outside\b",
    r"\b(?:turned|turns|showed|shows) up (?:[^\s.!?]{1,25} ){0,2}(?:outside|at) my\b",
    r"\bchecks? the (?:mileage|time between|odometer)\b",
    r"\b(?:call|text|ring) (?:him|her) (?:[^\s.!?]{1,25} ){0,3}(?:when i arrive|so (?:he|she) "
    r"knows)\b",
    r"\bwho (?:else )?(?:is|was) there\b",
    subject="not_third",
)

# ---- partner_violence: movement -------------------------------------------------------------

_ALLOWED_VERB = (
    r"(?:go|going|see|seeing|visit|visiting|leave|leaving|drive|driving|take|have|having|"
    r"work|working|talk|talking|call|calling|carry|meet|meeting|use|wear|wearing|contact|"
    r"dm|text|phone|get|open|study|join|buy|learn|attend|speak|out|anywhere)"
)
_add(
    PV,
    "movement",
    rf"\b(?:im|i am|i was|i wasnt|were|we are|i have not been) not allowed (?:to )?"
    rf"(?:{_ALLOWED_VERB}|my own|the key|a )",
    rf"\b(?:am not|aint) allowed (?:to )?{_ALLOWED_VERB}\b",
    rf"\b(?:wont|doesnt|didnt|wouldnt|never|wont even|refuses to|(?:he|she|they) dont) let me "
    rf"{_ALLOWED_VERB}\b",
    rf"\b(?:doesnt|does not|didnt) like (?:me|when i|it when i) (?:{_ALLOWED_VERB}|to "
    r"(?:go|see|drive|work))\b",
    r"\b(?:need|needs|needed|have|had|must|ask|asking|asked|without) (?:to )?(?:ask )?(?:for )?"
    r"(?:his|her|their) (?:permission|approval|ok|okay|say-so|blessing)\b",
    r"\b(?:go|going|went) (?:anywhere|out) without (?:asking|telling|checking with)\b",
    r"\b(?:check|checks|checking) (?:the )?time between\b",
    subject="not_third",
    check=_not_visa_rule,
)
_add(
    PV,
    "movement",
    r"\b(?:takes|took|taken|take|hid|hides|hidden|has taken|keeps|kept|keep|confiscat\w*|"
    r"removes|removed) (?:all )?(?:of )?(?:my |the )?(?:car |house |front door )?keys\b",
    r"\b(?:hid|hides|hidden|took|takes) my (?:bus pass|purse|wallet|shoes|coat|bike)\b",
    subject="actor",
)
_add(
    PV,
    "movement",
    r"\b(?:drives|drove|drive|takes|took) me (?:everywhere|wherever|anywhere)\b",
    r"\b(?:only|unless) (?:if )?(?:he|she|they|his [^\s.!?]{1,25}|her [^\s.!?]{1,25}) (?:comes?|drives?|"
    r"takes?|goes?|is) (?:with|me|there)\b",
    r"\bif (?:his|her) [^\s.!?]{1,25} drives me\b",
    r"\b(?:tells?|told|decides?|decided|chooses|picks) (?:me )?(?:who|which|what) "
    r"(?:of my friends |friends )?(?:i can|im allowed|i may|i should)\b",
    r"\bwho i can (?:see|talk|text|still|keep|be friends|meet|call)\b",
    r"\bwhich of my friends\b",
    r"\bas long as im (?:home|back) by\b",
    r"\banywhere (?:he|she|they) (?:hasnt|has not|doesnt|havent) (?:agreed|approved|know|"
    r"allowed)\b",
    r"\b(?:a |like a )?prisoner\b",
    r"\b(?:told|tells) me (?:that )?i(?:m| am|was| was|wasnt)? (?:never|not|forbidden) to\b",
    r"\btold me i wasnt to\b",
    r"\b(?:didnt|doesnt|wont|wouldnt) let me (?:go|back|out)\b",
    r"\b(?:wont|doesnt|didnt|wouldnt) let me keep my\b",
    r"\bsend me back (?:to|home)\b",
    r"\b(?:havent|have not|hardly|never) (?:ever )?seen my (?:friends|family|sister|mum|mom|"
    r"mother|parents) (?:in|for) (?:months|weeks|years|a year|\d+|two|three|four|five|six)\b",
    r"\bmust (?:call|ring|text) (?:him|her)\b",
    r"\b(?:not )?allowed out\b",
    r"\b(?:locked|locks) (?:the )?(?:[^\s.!?]{1,25} )?door and took\b",
    r"\bwhen i go out without (?:him|her)\b|\bgets a certain way\b",
    r"\bevery time i (?:make|have|try to make) plans\b",
    r"\bchanged the wi-?fi password\b",
    subject="not_third",
)

# ---- partner_violence: documents ------------------------------------------------------------

_add(
    PV,
    "documents",
    r"\b(?:keeps?|kept|keeping|took|takes|taken|taking|has|holds?|held|hid|hides|hidden|"
    rf"locked|locks|confiscat\w*|won't give me|wont give me|wouldnt give me) (?:[^\s.!?]{{1,25}} )"
    rf"{{0,3}}{_DOCS}\b",
    subject="actor",
    check=_documents_held,
)
_add(
    PV,
    "documents",
    rf"\b{_DOCS} (?:[^\s.!?]{{1,25}} ){{0,8}}(?:in (?:his|her|their) (?:[^\s.!?]{{1,25}} )?(?:desk|drawer|"
    rf"wallet|bag|safe|office|house|car|room|pocket)|locked|for safekeeping|for safe keeping|"
    rf"safe|so they dont get lost|dont have the key|not allowed)",
    rf"\basked (?:[^\s.!?]{{1,25}} )?for my {_DOCS}",
    r"\b(?:asked|ask|asking) (?:him|her|them) for (?:my|mine|it)\b(?=[^.!?\n]{0,80}"
    r"\b(?:passport|visa|flight|travel|card)\b)",
    subject="not_third",
    check=_documents_held,
)

# ---- partner_violence: friends and family ---------------------------------------------------

_add(PV, "isolation", r"\bbad influences?\b")
_add(
    PV,
    "isolation",
    r"\bisolat\w* me\b|\bcut me off from\b|\bisolated from (?:my|everyone)\b",
    rf"\b(?:stopped|stop|had to stop) (?:seeing|writing to|calling|visiting|texting|going to|"
    rf"talking to) my {_FRIENDS_FAMILY}\b",
    r"\bi (?:just )?stopped (?:talking|writing) to (?:them|my friends)\b",
    r"\b(?:i dont need|you dont need) (?:those|my|these) (?:friends|people)\b",
    rf"\b(?:wont|doesnt|dont|didnt|wouldnt|never) (?:let|allow) me (?:to )?(?:see|visit|"
    rf"call|talk to|meet|have) (?:my )?{_FRIENDS_FAMILY}",
    r"\bnever (?:to )?(?:discuss|talk about|mention) (?:our|my) (?:marriage|relationship)",
    r"\b(?:divorced|single) women give\b|\bput ideas in my head\b",
    r"\bdeleted (?:[^\s.!?]{1,25} ){0,2}number\b",
    r"\bsays? (?:my|that my) (?:friends|family) (?:dont actually|dont really|are using|"
    r"want my|gossip)\b",
    subject="not_third",
)

# ---- partner_violence: abuse named as such ------------------------------------------------

_add(
    PV,
    "physical",
    r"\b(?:domestic|physical|sexual|emotional|verbal|financial|economic|intimate partner) "
    r"(?:violence|abuse|battery|assault)\b",
    r"\babusive (?:ex|relationship|husband|wife|partner|boyfriend|girlfriend|fianc\w*|"
    r"marriage|spouse|bf|gf)\b",
    r"\b(?:he|she|they|my [a-z]{2,12}) (?:is|was|has been|had been|s|got|gets|can be|became) "
    r"(?:[a-z]{2,15} )?(?:abusive|violent)\b",
    r"\b(?:abused|abuses|abusing|assaulted|assaults|stalks|stalked|stalking|attacked) me\b",
    r"\b(?:was|been|being|got|get) (?:physically |sexually )?(?:assaulted|abused|attacked|"
    r"raped|strangled|choked|beaten|hit|stalked|harassed) by (?:my|him|her|them)\b",
    r"\b(?:restraining|protective|protection|no.contact) orders?\b|\border of protection\b",
    r"\b(?:victim|survivor) of (?:domestic|abuse|his|her)\b",
    r"\b(?:fear|fears|feared|fearing|scared|afraid|terrified) for my (?:life|safety)\b",
    r"\b(?:in fear of|fear of) (?:him|her|my (?:husband|wife|partner|ex|boyfriend|"
    r"girlfriend))\b",
    subject="not_third",
)

# abuse named in the writer's own words: "my abuser", "he became emotionally abusive"
_add(
    PV,
    "physical",
    r"\bmy (?:[a-z]{2,12} ?/ ?)?abusers?\b",
    r"\b(?:being|been|become|becoming|became|becomes|got|gets|getting|more|very|so|really|"
    r"extremely|terribly|increasingly) (?:(?:emotionally|physically|verbally|mentally|sexually|"
    r"financially|psychologically) )?abusive\b",
    r"\b(?:emotionally|physically|verbally|mentally|sexually|financially|psychologically) "
    r"abusive\b",
    r"\b(?:ive|i have|i had|i was|im|i am|i got) (?:been |being )?(?:[a-z]{4,12}ly )?"
    r"(?:and [a-z]{4,12}ly )?abused\b",
    r"\b(?:tried|attempted) to (?:kill|strangle|choke|murder|stab|suffocate|smother|drown) me\b",
    r"\b(?:almost|nearly) (?:strangled|choked|drowned|suffocated) me\b",
    r"\bsmother\w* me\b",
    r"\b(?:put|puts|putting|laid|lays|laying|layed) (?:his|her|their) hands? on me\b",
    r"\b(?:use|uses|used|using) me (?:as|like) (?:a|his|her|their) punching bag\b",
    r"\b(?:he|she|hes|shes|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fianc[eé]e?|"
    r"spouse)) (?:is |was |s |has been |had been |became |becomes |got |gets |getting |"
    r"can be |being |been )?(?:so |very |really |extremely |super |too |incredibly |quite |"
    r"more |increasingly )?controlling\b",
    r"\b(?:controls|controlled|control|controlling) (?:everything|every (?:aspect|part|move|"
    r"single thing|thing i do|decision)|what i (?:wear|eat|do|say|spend|buy)|my (?:life|every "
    r"move|whole life|movements?))\b",
    r"\b(?:he|she) (?:has |had |really )?(?:scared|frightened|terrified) me\b(?! (?:when|by|with|"
    r"in a good way))",
    subject="actor",
)
_add(
    PV,
    "fear",
    r"\b(?:live|lived|lives|living) in (?:constant |daily )?fear\b",
    rf"\b{_FEAR} (?:that )?(?:he|she|they)(?:ll|d| will| would| might| was going to| is going "
    r"to) (?:seriously |really |actually )(?:hurt|kill|hit)\b",
    subject="not_third",
)
_add(
    PV,
    "threat",
    rf"\b{_HE}{_WILL} try to kill me\b",
    jokeable=True,
    check=_kill_threat,
)
# Threats said or half-done: "he said I would die if I didn't tell him", "he was going to choke
# the name out of me", "he tried to strangle me".
_add(
    PV,
    "threat",
    rf"\b(?:{_HE}|my {_PARTNER_NOUN}) (?:said|says|told me|swore|screamed|yelled|warned me) "
    r"(?:that )?(?:id|i (?:would|will|was going to|am going to|d|gonna)) "
    r"(?:die|be dead|regret it)\b",
    rf"\b{_HE} (?:was going to|is going to|tried to|tries to|wanted to|was gonna|almost|nearly) "
    r"(?:choke|strangle|kill|suffocate|smother|drown|stab|shoot|hit|punch|throttle)"
    r"(?:d|ed)? (?:[^\s.!?]{1,25} ){0,4}(?:me|out of me)\b(?! up)",
    r"\b(?:choke|strangle|beat)(?:d|s|ed)? (?:[^\s.!?]{1,25} ){1,3}out of me\b",
    jokeable=True,
    subject="not_third",
)

# ---- partner_violence: ways of telling it found missing in real posts ----------------------
# Read in ../shared/corpora (never copied; being thrown or held down is with the other
# physical patterns above): violence named as such, fear of being hurt said as a wish, being
# kept from leaving, constant checking.

_add(
    PV,
    "physical",
    r"\bthe (?:violence|abuse|beatings|hitting) (?:was still|is still|got worse|gets worse|"
    r"started again|has been going on|happened again)\b",
    subject="not_third",
)
_add(
    PV,
    "fear",
    r"\b(?:dont|do not|didnt|did not) want (?:him|her|them) to "
    r"(?:(?!feel|think|believe|know|worry)[^\s.!?]{1,25} ){0,8}?"
    rf"(?:hurt|hurting|kill|killing|hit|hitting|harm|harming) (?:me|us|my {_KIDS}|the {_KIDS})\b"
    r"(?! up)",
    subject="not_third",
)
_add(
    PV,
    "movement",
    r"\b(?:fight|fighting|fought|struggl\w*) (?:against )?(?:his|her|their) (?:hold|grip)\b",
    r"\byou(?:re| are|r) not going anywhere\b(?! until)",
    r"\b(?:forced|forces|forcing|made|makes) me (?:to )?submit\b|\bforced to submit\b",
    subject="not_third",
)
_add(
    PV,
    "location",
    r"\b(?:constantly|always|keeps|kept|non ?stop|all day|every hour|every (?:ten|five|few) "
    r"minutes) (?:texts?|texting|texted|calls?|calling|called|messages?|messaging|messaged) "
    r"(?:me )?(?:and )?(?:to )?(?:asks?|asking|asked|ask|demands?|demanding|check|checking) "
    r"(?:me )?(?:where|who)\b",
    subject="actor",
)

# ---- self_harm: explicit --------------------------------------------------------------------

_add(
    SH,
    "sh_explicit",
    r"\bkill(?:ing|ed)? myself\b",
    r"\bkms\b",
    r"\bsuicid\w*",
    r"\bself[- ]?harm\w*|\bselfharm\w*",
    r"\b(?:end|ending|ended|take|taking) (?:my (?:own )?life|it all|my own life|things for "
    r"good)\b",
    r"\b(?:think|thinking|thought|thoughts|considering|considered|about|want|wanted|going|"
    r"gonna|wanna|should|could|tempted) (?:[^\s.!?]{1,25} ){0,2}(?:ending|to end|end) it\b"
    r"(?! (?:with|between|for (?:us|good between)|off))",
    r"\b(?:want|wanted|wanna|wish|wished) (?:to |i could )?(?:just )?die\b",
    r"\bwish (?:i|id) (?:was|were|had) (?:dead|died|never been born)\b",
    r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|punish|punishing|starve|"
    r"starving) myself\b(?! (?:at|playing|lifting|in the|on the|doing|while|badly at|"
    r"running|cooking))",
    r"\b(?:scratch\w*|cut|cuts|cutting|burn\w*|carv\w*|hit\w*) my (?:arms?|wrists?|legs?|"
    r"thighs?|skin|stomach)\b(?! on)",
    r"\b(?:until|till) it bled\b",
    r"\bcutting (?:again|myself)\b|\b(?:urge|want|wanted|about|of) (?:to )?cut(?:ting)? again\b",
    r"\b(?:got|get|took|take|getting) (?:the|a|my) (?:blade|razor) out\b",
    r"\b(?:looked|look|looking|stared|staring|stare) at (?:the|a|my) (?:[^\s.!?]{1,25} ){0,3}"
    r"(?:razor|blade|pills|tablets|rope|bridge|tracks|rails|railing|edge|knife|knives|"
    r"prescription|bottle)\b",
    r"\bdark thoughts\b|\bintrusive thoughts\b",
    r"\boverdos\w*|\bod on\b",
    r"\b(?:goodbye|suicide|farewell|last) (?:letter|note|message|text)s?\b",
    r"\b(?:plan|planned|planning|plans) (?:what (?:i|id) (?:would )?(?:write|say) in the "
    r"(?:letter|note)|my death|how (?:i|to) (?:would )?(?:do it|die|end))\b",
    r"\b(?:sleeping pills|sleeping tablets)\b",
    r"\bhow many (?:of )?(?:my |the |these )?(?:[^\s.!?]{1,25} )?(?:pills|tablets|meds|"
    r"painkillers|paracetamol)\b",
    r"\b(?:taking|take|took|swallow\w*) (?:all|every one) (?:of )?(?:them|the|my)\b",
    r"\bnot (?:being|to be) alive\b|\bbetter (?:to )?not (?:to )?exist\b|\bto not exist\b",
    r"\b(?:dont|didnt) want to (?:be alive|exist|wake up|live\b(?! (?:in|with|at|near|there|"
    r"here|together|apart|abroad|so far|far|next|on|under|close|by|like that|somewhere|"
    r"anywhere|where)\b))\b",
    subject="self",
)
_add(
    SH,
    "sh_explicit",
    r"\b(?:pills|tablets|meds|painkillers|paracetamol|medication|morphine)\b",
    subject="self",
    check=_window_has(_PILL_CONTEXT, 120, 120),
)

# ---- self_harm: methods and places ----------------------------------------------------------

_add(
    SH,
    "sh_method",
    r"\b(?:jump|jumping|jumped|throw myself|throwing myself|step|stepping|stepped|fall|falling|"
    r"let go and fall) (?:off|from|in front of|under|into the (?:river|sea|water|traffic)|out "
    r"in front of)\b",
    r"\b(?:walk|walking|walked) (?:in front of|into the (?:river|sea|water|traffic)|out in "
    r"front of)\b",
    r"\b(?:jump\w*|step\w*|walk\w*|throw\w* myself|fall\w*|lie down|lying down|lay down) "
    r"(?:[^\s.!?]{1,25} ){0,3}(?:in front of|under) (?:a|the|one of the|one of these) "
    r"(?:[^\s.!?]{1,25} )?(?:bus|buses|train|trains|tram|trams|car|cars|truck|lorry|traffic)\b",
    r"\b(?:fantasi[sz]\w*|think\w* about|thought about|imagin\w*|dream\w* about) "
    r"(?:[^\s.!?]{1,25} ){0,2}(?:crashing|driving off|driving into|jumping|dying|not waking|"
    r"ending it|being dead|my funeral)\b",
    r"\b(?:think|thinking|thought) about (?:the|my|those|all the|all my) (?:[^\s.!?]{1,25} )?"
    r"(?:pills|tablets|meds|painkillers)\b",
    r"\bif (?:the|a|one of the) (?:[^\s.!?]{1,25} )?(?:tram|bus|train|car|truck|lorry) (?:hit|hits|"
    r"ran over|runs over)\b",
    r"\b(?:edge|side) of the (?:platform|bridge|roof|cliff|balcony|building|tracks)\b",
    r"\b(?:close|closer|near|right) to the (?:edge|railing|tracks|rails)\b",
    r"\b(?:at|to|near|over) the (?:edge|railing)\b",
    r"\bhow easy (?:it would be|it is|itd be)\b",
    r"\bdriv\w* (?:[^\s.!?]{1,25} ){0,2}(?:in)?to (?:the|a) (?:[^\s.!?]{1,25} )?(?:bridge|pillar|"
    r"wall|tree|river|quarry|cliff|oncoming|lorry|truck|barrier|concrete|lake|sea)\b",
    r"\bturn(?:ing)? the wheel\b|\bnot (?:take|taking|make|making) the (?:bend|corner|turn)\b",
    r"\blet(?:ting)? go of the wheel\b",
    r"\bthink\w* about walking (?:in|into|out into)\b",
    r"\b(?:walks?|drives?|journeys?) (?:just )?(?:didnt|did not|wouldnt|never) end\b",
    r"\b(?:plane|flight) would (?:just )?(?:not land|never land|crash|go down)\b",
    r"\blook like an accident\b",
    r"\b(?:life )?insurance (?:would|could|will|might) (?:cover|clear|pay)\b",
    r"\b(?:think|thinking|thought|better off)\b[^.!?\n]{0,60}\blife insurance\b",
    r"\binsurance is good\b",
    r"\bnot being careful\b(?=[^.!?\n]{0,80})",
    r"\b(?:hang|hanging|hanged) myself\b|\bnoose\b|\brope\b(?=[^.!?\n]{0,40}\b(?:neck|"
    r"beam|myself)\b)",
    r"\b(?:pull|pulled|pulling) (?:over|in) (?:at|by) the (?:bridge|cliff|lookout)\b",
    r"\bat the lookout\b",
    subject="self",
)

# ---- self_harm: passive wishes --------------------------------------------------------------

_add(
    SH,
    "sh_passive",
    r"\bbetter off (?:without me|with me gone|if i|with the (?:life )?insurance|dead|"
    r"without us)\b",
    r"\bbetter off (?:[^\s.!?]{1,25} ){0,5}than with me\b",
    r"\b(?:would|could|d|all|everyone|everybody|they|theyd) (?:[^\s.!?]{1,25} ){0,3}(?:be|manage|"
    r"do|cope|go on|carry on|live|get on|get by) (?:[^\s.!?]{1,25} ){0,3}(?:without me|with me "
    r"gone)\b",
    r"\b(?:would|could|d|all|everyone|everybody|they|theyd) (?:[^\s.!?]{1,25} ){0,3}(?:fine|okay|"
    r"ok|happier|easier|lighter|better|less stressed|simpler|freer|alright) (?:[^\s.!?]{1,25} )"
    r"{0,3}(?:without me|with me gone|if i (?:was|were)nt (?:here|around))\b",
    r"\bwithout me in it\b|\bwith me gone\b",
    r"\b(?:a |such a |the |an )?(?:burden|weight|stone|drain|millstone|problem for [^\s.!?]{1,25}) "
    r"(?:on|for|to|round|around) (?:every|all|my|them|him|her|the|you|[^\s.!?]{1,25}s neck)",
    r"\b(?:im|i am|i feel like|(?<!her )(?<!him )(?<!them )feel like|being) (?:such )?"
    r"(?:a |the )?(?:burden|weight|"
    r"bother)\b(?! (?:when|whenever|every time|if) (?:i (?:ask|need|have to ask|want)|"
    r"(?:he|she|they)(?:s| is| are| goes| go)))",
    r"\bapologi[sz]\w* for (?:existing|being alive|taking up space|being here)\b",
    r"\btaking up space\b",
    r"\b(?:sleep|asleep) (?:[^\s.!?]{1,25} ){0,6}and (?:just )?(?:not|never|didnt|dont|wont) "
    r"(?:to )?wake\b",
    r"\b(?:wish|wished|wishing|want|wanted|hope|hoped|pray|prayed|if|would|could|think|"
    r"thought|thinking) (?:[^\s.!?]{1,25} ){0,4}(?:not|never|didnt|dont|wouldnt) (?:to )?wake up"
    r"\b(?! (?:on time|in time|early|until|till|before|when|at|for (?!good)))",
    r"\b(?:disappoint\w*|sad|sorry) (?:that|when) i (?:did|woke|wake)\b",
    r"\b(?:wish|wished|want|wanted|think|thought|just|could) (?:[^\s.!?]{1,25} ){0,3}"
    r"(?:not exist|stop existing|stopped existing|didnt exist|didnt exist anymore|wasnt here|"
    r"werent here|was dead|were dead|wasnt alive|to disappear forever|disappear forever|"
    r"vanish forever)\b",
    r"\bi dont exist (?:anywhere|anymore|to anyone)\b",
    r"\bstop existing\b|\bstop being alive\b",
    r"\b(?<!you )(?:dont|didnt) want to be (?:here|around|alive)(?: anymore| any more)?\b",
    r"\b(?:want|wanted|wish) to (?:just )?not be (?:here|around|alive)\b",
    r"\btired of (?:being alive|living|life|this life|existing|being here)\b",
    r"\b(?:no|isnt much|not much|whats the|what the|isnt any|any) point (?:in |of )?"
    r"(?:me )?(?:going on|carrying on|living|being alive|being here|keeping going|going on "
    r"is|of going on|anything)\b",
    r"\bpoint (?:in |of )(?:me )?(?:carrying|going|keeping) on\b",
    r"\b(?:disappear|vanish)\w*,? (?:forever|permanently|for good)\b",
    r"\b(?:disappear|vanish)\w*\b(?=[^\n]{0,80}\b(?:i mean|just|and never|never) (?:come "
    r"back|forever|for good|permanently)\b)",
    r"\bif i (?:just )?(?:disappear|disappeared|vanish|vanished|was gone|were gone|am gone|"
    r"im gone|died|was dead|wasnt (?:here|around)|werent (?:here|around)|didnt exist|"
    r"didnt wake|wasnt alive)\b(?! into)",
    r"\b(?:wasnt|werent) (?:here|around|alive) (?:anymore|any more)\b",
    r"\b(?:just )?(?:wasnt|werent) around\b",
    r"\b(?:think|thinking|thought|thoughts) (?:about|of) (?:not being alive|dying|death|"
    r"being dead|not being here|not existing|the railing|the bridge|the edge|(?:just )?not "
    r"being (?:around|here|alive))\b",
    r"\b(?:youd|you would|youll|they?d|everyone would) be better off if (?:i|the|it|this)\b",
    r"\b(?:easier|simpler|better|kinder|lighter|quieter) for (?:everyone|everybody|all of "
    r"them|them all|them|him|her|the kids) if (?:i|one)\b",
    r"\b(?:okay|ok|fine|a relief|easier|better) to (?:just )?stop\b(?=\s*(?:[.!?,\n]|$))",
    r"\bwould be (?:a kind of |a |some )rest\b",
    r"\bone less (?:thing|person|mouth|problem)\b",
    r"\b(?:stop|stopped) being a (?:cost|burden|problem|weight)\b",
    r"\bwhat (?:would|will) happen if i (?:died|was gone|wasnt here)\b",
    r"\b(?:nobody|no one|noone) would (?:notice|care|miss me)\b",
    r"\b(?:not|never) (?:be|being) here (?:anymore|any more|tomorrow)\b",
    r"\bgo to be with\b",
    r"\b(?:have|having) done with it\b",
    r"\brelief to (?:step|die|go|not)\b",
    r"\b(?:a|an easy|the easy|the only|an|easy) way (?:to end it|out)\b",
    r"\b(?:will|gonna|going to|about to) (?:take|swallow|down) (?:the|all the|all my|these|"
    r"those|whatever) (?:[^\s.!?]{1,25} )?(?:pills|tablets)\b",
    r"\bdowning (?:[^\s.!?]{1,25} ){0,5}(?:pills|tablets)\b",
    r"\b(?:whats|what is) the point (?:anymore|any more|of (?:living|life|anything|it all|"
    r"going on|being alive|me))\b",
    r"\b(?:theres|there is|is) no point (?:anymore|any more|in (?:living|life|anything|"
    r"going on|trying anymore))\b",
    r"\b(?:hope|wish|pray) (?:i|that i) (?:[^\s.!?]{1,25} ){0,4}(?:die|died|dont wake)\b",
    r"\bif (?:i|id|i had) died\b",
    r"\bset (?:myself|my body) on fire\b|\bdouse (?:myself|my body)\b",
    r"\bslit\w* (?:my )?(?:wrists?|throat)\b",
    r"\b(?:will|would|could|can|does|do|is) (?:[^\s.!?]{1,25} ){1,4}kill me\?",
    r"\bhow (?:many|much) (?:[^\s.!?]{1,25} ){0,4}(?:to|would|will) kill (?:me|a person|someone)\b",
    r"\b(?:doubts about|not sure i|dont know if i) (?:[^\s.!?]{1,25} ){0,2}(?:want|wanting) to "
    r"(?:keep going|go on|carry on|live|be alive)\b",
    r"\b(?:not|isnt|arent) worth living\b|\blife (?:isnt|is not|aint) worth\b",
    r"\b(?:wrote|written|writing|write|gave|left) (?:my|a) (?:suicide |goodbye |farewell )?"
    r"note (?:to|for) (?:my|everyone|them|him|her)\b|\bgave my note\b",
    r"\b(?:want|wanna|wish|need) (?:it|this|everything|it all|this all|the pain|my life) "
    r"(?:all )?to (?:[^\s.!?]{1,25} )?(?:end|be over)\b",
    r"\bcant it (?:just )?be over\b",
    r"\bwish (?:i|id) (?:wasnt|was never|had never been|never was|werent|was not) born\b",
    r"\bwant to (?:just )?(?:disappear|vanish)\b(?! (?:into|for (?:a|the|one|an)|to|from|under|behind|"
    r"with|somewhere|on))",
    r"\b(?:rather|better) (?:be )?dead\b",
    r"\b(?:dont want to|not|dont wanna) die exactly\b",
    r"\bwish i could (?:just )?sleep (?:through|for|forever|and)\b",
    r"\b(?:cant|couldnt|cannot) (?:face|do|survive|take) another day\b",
    r"\bnote to (?:[^\s.!?]{1,25} ){1,2}in my head\b",
    r"\bbetter off with someone (?:else|who|less)\b|\bdisappearing would be\b",
    r"\b(?:dont|doesnt|cant) see the point\b(?! (?:of|in)\b)",
    r"\bstop being in the way\b|\b(?:im|i am) (?:only|just) in the way\b",
    r"\b(?:would|d) be (?:fine|better|happier|better off) with just (?:her|him|them)\b",
    r"\btonights the night\b",
    r"\bgoodbye(?: everyone| all| world| guys)?\s*[.!]?\s*$",
    subject="self",
)
# more ways of saying it, in the writer's own voice
_add(
    SH,
    "sh_explicit",
    r"\bsu(?:cid|icd|isid|ecid)\w*|\bsewer ?slide\b",
    r"\bkill(?:ing|ed)? (?:my self|myslef|myslf|meself)\b",
    r"\b(?:way|ways|how|method|methods) (?:[^\s.!?]{1,25} ){0,2}(?:to )?kill (?:yourself|urself)\b",
    r"\bwhy (?:havent|dont|didnt) you (?:just )?kill(?:ed)? yourself\b",
    r"\b(?:painless|easiest|quickest|least painful|most painless|fastest|surest) "
    r"(?:way|method)s? (?:to (?:go|die|do it|end (?:it|my life))|of dying)\b",
    r"\bpainless (?:way|method|death)\b|\bhow painful is (?:hanging|drowning|dying|death)\b",
    r"\bhow (?:easy|hard|painful) (?:is it|would it be) to (?:actually )?(?:die|kill)\b",
    r"\bgun (?:in my mouth|to my head)\b",
    r"\bplann?(?:ed|ing)? on dying\b|\battempts? on my life\b|\battempt failed\b|"
    r"\b(?:ive|i have|i had) attempted\b",
    r"\b(?:ready|decided|time|going|gonna) to (?:just )?end it(?: all)?\b"
    r"(?! (?:with|between|for us|off))",
    subject="self",
)
_add(
    SH,
    "sh_passive",
    r"\b(?:want|wanna|wish|rather) (?:to )?(?:be|was|were|being) dead\b",
    r"\b(?:wanting|wanted) to die\b",
    r"\bif i (?:werent|wasnt) in it\b",
    r"\bdriv\w* (?:[^\s.!?]{1,25} ){0,2}off (?:the|a) (?:bridge|cliff|pier|overpass)\b",
    r"\b(?:i should|i should just|ill end up) (?:be )?dead\b|\bgive up and die\b",
    r"\b(?:id|i would|i had) rather (?:just )?die\b",
    r"\b(?:deserve|deserves) (?:to die|death|to be dead)\b",
    r"\b(?:dont|do not) (?:feel like i |think i )?deserve to (?:be alive|live|exist)\b",
    r"\b(?:crave|craving|fantasi[sz]e\w* about|thoughts of|think about|thinking about) death\b",
    r"\b(?:want|wanting|wanted|wish|ready) to be gone\b",
    r"\b(?:tonight|today|tomorrow) is the (?:night|day)\b(?! (?:of|before|after|when|we|i "
    r"(?:get|got|start|finally)))",
    r"\b(?:this (?:is|might be|could be|will be)|tomorrow is|today is|tonight is) my last "
    r"(?:day|night|sunrise|sunset)\b|\bmy last (?:sunrise|sunset)\b",
    r"\bsaid (?:my|our) goodbyes\b|\bsaying goodbye to (?:everyone|people)\b",
    r"\b(?:its|it is) my time to go\b|\bgoing to go tonight\b",
    r"\b(?:id|i would) rather (?:never|not) wake up\b",
    r"\bno reasons? (?:left )?to (?:live|stay alive|keep living|go on|be alive)\b",
    r"\bonly reason (?:im|i am) (?:still )?(?:alive|not dead|here)\b|\bstay alive for\b",
    # Only about life itself: "I can't do this anymore" is everyday venting about a fight.
    r"\b(?:cant|cannot|can not) (?:handle|stand|take|bear|do) (?:my life|this life|life|living)"
    r" (?:anymore|any more)\b",
    r"\bi (?:just |really |honestly )?(?:cant|cannot|can not|dont want to|do not want to) "
    r"(?:go on|carry on|keep living|keep going) (?:anymore|any more|living)\b",
    r"\bnot sure (?:if )?i can (?:go on|carry on|keep going)\b",
    subject="self",
)
# passive wishes spoken in the partner's mouth ("when I'm gone") are not the writer's


# Death talk in someone's mouth that the labelled data counts as a signal all the same
_add(
    SH,
    "sh_explicit",
    r"\b(?:take|took|taken|taking) (?:his|her|their) own life\b",
    r"\bi(?:ll| will) just die then\b",
    r"\b(?:he|she|they) (?:[^\s.!?]{1,25} ){0,2}(?:want|wants|wanted) to die\b",
    r"\b(?:kill|killing|killed) (?:himself|herself|themself|themselves)\b",
    r"\b(?:youd|you would) be better off if\b",
    r"\b(?:doesnt|does not|wouldnt|would not|dont think it) matters? if (?:im|i am|i was|i) "
    r"(?:here|alive|gone|around|not)\b",
)

# ---- subtle control, intimidation and passive wishes, in everyday words ---------------------

_BOSS_OR_RULES = re.compile(
    r"\b(?:boss|manager|work|school|uni|college|teacher|landlord|council|hoa|lease|"
    r"planning|copyright|court|judge|bank|visa|government|office|shift|hospital|nurses?|"
    r"ward|staff|class|parents|mum|mom|dad|toilets?)\b"
)


def _not_at_work(sentence: str, start: int, end: int) -> bool:
    """ "I need permission to leave early" from a manager is not a partner's control."""
    return not _BOSS_OR_RULES.search(sentence)


_LATE_REACTION = re.compile(
    r"\b(?:he|she|they|him|her|them)\b[^.!?\n]{0,60}\b(?:calls?|calling|rings?|ringing|"
    r"texts?|texting|shouts?|yells?|screams?|accus\w*|interrogat\w*|questions?|sulks?|"
    r"punish\w*|kicks? off|goes mad|loses it|explodes?|angry|furious|mad|blows up)\b|"
    r"\b(?:calls?|rings?|texts?|shouts?|yells?|accus\w*|interrogat\w*|sulks?|punish\w*|"
    r"kicks? off|goes mad|loses it|explodes?|blows up)\b[^.!?\n]{0,40}\bif i\b"
)


def _late_reaction(sentence: str, start: int, end: int) -> bool:
    return bool(_LATE_REACTION.search(sentence))


# money kept out of the writer's hands
_add(
    PV,
    "money",
    r"\b(?:put|puts|putting|moved|moves|transferred|transfers|registered|changed) "
    r"(?:[^\s.!?]{1,25} ){0,6}(?:in|into|to|under) (?:his|her|their) (?:own )?name"
    r"\b(?=[^.!?\n]{0,80}\b(?:permission|allowed|ask|asking|cant|cannot|no access|without|"
    r"nothing|my name)\b)",
    r"\b(?:everything|all the money|all our money|the accounts|all the accounts|every account|"
    r"the house and the car|the car and the house) (?:is|are|was|were) (?:all )?in (?:his|her|"
    r"their) name\b(?=[^.!?\n]{0,80}\b(?:permission|allowed|ask|asking|cant|cannot|no access|"
    r"without|nothing)\b)",
    r"\b(?:ask|asking|beg|begging|plead|get|getting) (?:[^\s.!?]{1,25} ){0,2}(?:for|back) my "
    r"own (?:money|bank card|card|wages|salary|pay|savings|cash|account)\b",
    r"\b(?:gives|gave|hands|lets) me (?:back )?my own (?:money|bank card|card|wages|salary|pay|"
    r"savings)\b",
    subject="not_third",
)
_add(
    PV,
    "money",
    r"\b(?:need|needs|have to get|had to get|must get|must ask for|have to ask for|had to ask "
    r"for|ask for|asking for|without) permission (?:to|before|for|if) (?:i )?(?:buy|buying|"
    r"spend|spending|go|going|see|seeing|visit|visiting|use|using|get|getting|leave the house|"
    r"go out|take money|withdraw|wear|eat|have)\b",
    subject="not_third",
    check=_not_at_work,
)

_add(
    PV,
    "money",
    r"\b(?:keeps? track of|tracks|counts|questions|audits|interrogates me about|checks|"
    r"writes down|records|wants to see|asks about) (?:every|each|all of my|every single) "
    r"(?:penny|pound|cent|dollar|euro|rupee|purchase|receipt|transaction|coffee|thing i "
    r"(?:buy|bought|spend|spent)|single thing i (?:buy|bought|spend|spent))\b",
    subject="actor",
)

# phone, calls, cameras and checking up
_add(
    PV,
    "phone",
    r"\b(?:listens?|listened|listening) (?:in )?(?:to|on) (?:all )?(?:of )?my (?:phone )?"
    r"(?:calls|conversations|voice notes|voicemails?|phone calls)\b",
    r"\b(?:monitors?|monitoring|monitored|tracks?|tracking|tracked|limits?|limited|controls?) "
    r"(?:all )?my (?:data|internet|browsing|screen time|calls|phone use|online|social media|"
    r"spending|emails|every click)\b",
    r"\b(?:made|makes|make|forced|forces|force) me (?:to )?(?:unlock|hand over|give (?:him|her|"
    r"them)|show (?:him|her|them)|read out|translate) (?:[^\s.!?]{1,25} ){0,2}(?:phone|messages|"
    r"texts|chats|passcode|password|pin|everything|the messages|calls|emails)\b",
    r"\b(?:made|makes|make) me (?:to )?translate (?:every|each|all|what)\b",
    subject="actor",
    check=_not_negated_near,
)
_add(
    PV,
    "location",
    r"\b(?:watches|watched|watching|checks|checked|checking|spies on|spying on|keeps an eye on) "
    r"me (?:[^\s.!?]{1,25} ){0,2}(?:through|on|with|via|from) (?:the |a |his |her |their )?"
    r"(?:(?:doorbell|ring|nest|security|home|baby|hidden|living room|front door) )?"
    r"(?:cameras?|cams?|monitor|app|cctv)\b",
    r"\b(?:cameras?|cams?) (?:in|around|all over) (?:the|our|my) (?:house|flat|home|bedroom|"
    r"apartment|kitchen|living room)\b(?=[^.!?\n]{0,60}\b(?:watch|see|check|know|spy|me)\b)",
    r"\b(?:counts|counted|checks|checked|writes down|notes) (?:the )?(?:miles|mileage|"
    r"kilometres|kilometers|kms?|odometer|petrol|fuel)\b",
    r"\b(?:calls?|called|rings?|rang|texts?|texted) (?:[^\s.!?]{1,25} ){0,3}if i(?:m| am| was)? "
    r"(?:even |just |only |ever )?(?:\d+|one|two|three|five|ten|fifteen|twenty|a few|a couple of) "
    r"(?:minutes?|mins?) late\b",
    subject="not_third",
    check=_not_negated_near,
)
_add(
    PV,
    "location",
    r"\bif i(?:m| am| was| get home| come home| get back| got home)? (?:even |just |only |ever )?"
    r"(?:\d+|one|two|three|five|ten|fifteen|twenty|a few|a couple of) (?:minutes?|mins?) late\b",
    subject="not_third",
    check=_late_reaction,
)

# movement: who decides where the writer goes and whom they see
_add(
    PV,
    "movement",
    rf"\b(?:he|she|they|my {_PARTNER_NOUN}) "
    r"(?:decides|decide|decided|chooses|choose|chose|gets to decide|controls) (?:when|if|whether|where|how "
    r"often|how long|who|what) i (?:can |may |get to |am allowed to |m allowed to )?(?:go|see|"
    r"leave|visit|meet|call|talk|speak|wear|eat|spend|buy|work|drive|have|do)\b",
    r"\b(?:he|she|they|hes|shes|theyve|hed|shed) (?:has |had |have |always |just |even |keeps |"
    r"kept )?(?:stopped|stops|stopping|stop) (?:letting )?me (?:from )?(?:going|seeing|visiting|"
    r"leaving|meeting|calling|talking to|driving|working|having|using)\b",
    r"\b(?:stopped|stops) letting me\b",
    subject="not_third",
    check=_not_visa_rule,
)

# friends and family: being made to drop people
_add(
    PV,
    "isolation",
    r"\b(?:made|makes|make|forced|forces|force|got|pressured|pressures|pushed) me (?:to )?"
    r"(?:drop|cut off|cut ties with|stop seeing|give up|unfriend|unfollow|block|ditch|delete|"
    r"choose between (?:him|her|them) and|lose touch with|stop talking to|stop calling) "
    rf"(?:all |most |some |half |many |a lot )?(?:of )?(?:my|our) (?:[^\s.!?]{{1,25}} )?"
    rf"{_FRIENDS_FAMILY}",
    rf"\b(?:gets|got|goes|went) (?:really |so |very )?(?:angry|mad|furious|nasty|violent|"
    rf"scary) (?:when|if|whenever|every time) i (?:see|visit|talk to|call|text|go out with|meet"
    rf"|phone|speak to) (?:my )?{_FRIENDS_FAMILY}",
    rf"\b(?:not allowed|isnt allowed|arent allowed|cant|cannot) (?:to )?(?:have|invite) "
    rf"(?:my )?{_FRIENDS_FAMILY} (?:over|round|around|to the house|home)\b",
    subject="not_third",
)

# fear of moods: the household going quiet
_add(
    PV,
    "fear",
    r"\bwhen (?:i|we) hear (?:his|her|their) (?:car|van|truck|key|keys|footsteps|steps|bike|"
    r"voice)\b",
    r"\b(?:go|goes|went|going|fall|falls|fell) (?:very |really |so |all )?(?:quiet|silent|still)"
    r" (?:the )?(?:moment|when|as soon as|the second|whenever) (?:he|she|they) (?:comes|come|came|"
    r"walks|walked|gets|got|pulls|pulled|opens|opened)\b",
    r"\b(?:hold|holding|held) (?:my|our) breath (?:when|until|whenever|every time|as soon as) "
    r"(?:he|she|they)\b",
    rf"\b{_FEAR} of (?:his|her|their) (?:temper|moods?|anger|rage|outbursts?|fists?|hands)\b",
    r"\bflinch\w* (?:when|whenever|if|every time) (?:he|she|they)\b",
    r"\b(?:lock|locks|locked|locking) (?:myself|me and the kids|us|the kids and me) in (?:the|"
    r"my|our|a) (?:bathroom|bedroom|room|car|toilet)\b(?=[^.!?\n]{0,60}\b(?:until (?:he|she|"
    r"they)|when (?:he|she|they)|so (?:he|she|they)|from (?:him|her|them)|away from|scared|"
    r"afraid|safe|calm\w* down)\b)",
    r"\bbarricad\w* (?:myself|me|us|the door|the kids|the bedroom|the room)\b",
    r"\bwhich (?:version|side) of (?:him|her|them) (?:is|will|well|ill|walks|comes|is going|"
    r"im going)\b",
    subject="not_third",
)

# intimidation and harm described sideways
_add(
    PV,
    "physical",
    r"\b(?:gets|got|get|getting|was|is|can be) (?:really |very |a bit |so )?rough (?:with me|"
    r"when (?:he|she|they) (?:drinks|drink|drank|is drunk|gets drunk|is angry|gets angry))",
    r"\b(?:dug|digs|dig) (?:his|her|their) (?:nails|fingernails|fingers|thumbs?) into (?:me|my)\b",
    r"\b(?:spat|spits|spit) (?:at|in) (?:me|my face)\b",
    r"\b(?:pulled|pulls|pull|yanked|yanks) (?:me by )?(?:my|the) hair\b",
    r"\b(?:swung|swings|took a swing|takes a swing|lunged|lunges) at me\b",
    subject="actor",
    check=_not_it_subject,
)
_add(
    PV,
    "intimidation",
    r"\b(?:raised|raises|raising|lifted|lifts|clenched|clenches|shook|shakes) (?:his|her|their) "
    r"fists?\b",
    r"\b(?:raised|raises|raising|lifted|lifts) (?:his|her|their) hand (?:as if|like|at me|over "
    r"me|to (?:hit|slap|strike) me)\b",
    r"\b(?:pretends?|pretended|pretending|fake|faked|faking) to (?:hit|punch|slap|strike|hurt) "
    r"me\b|\bfake (?:punch|punches|punched) (?:me|at me)\b",
    r"\b(?:drives?|drove|driving) (?:really |so |way too |too )?(?:fast|recklessly|like a "
    r"maniac) (?:[^\s.!?]{1,25} ){0,4}(?:when|because|if|after|on purpose|until i)\b"
    r"(?=[^.!?\n]{0,60}\b(?:angry|mad|scared|scream\w*|cry\w*|me)\b)",
    r"\b(?:bashed|banged|rammed|kicked|pounded|hammered|rushed) (?:at |on |into )?(?:the|my) "
    r"(?:bedroom |bathroom )?door\b(?=[^.!?\n]{0,60}\b(?:i|me|locked|until)\b)",
    subject="actor",
)
_add(
    PV,
    "intimidation",
    r"\b(?:kicked|kicks|kick|hit|hits|hurt|hurts|threw|throws|choked|strangled) (?:the|our|my) "
    r"(?:dog|cat|puppy|kitten|pet)\b",
    subject="actor",
    negatable=True,
    check=_not_it_subject,
)
_add(
    PV,
    "intimidation",
    r"\b(?:on purpose|deliberately|just|trying|tries|tried|does it|did it|does that|did that|"
    r"likes|enjoys|wants|loves|only) to (?:scare|frighten|intimidate|terrify) me\b",
    subject="actor",
    jokeable=True,
)
_add(
    PV,
    "threat",
    r"\b(?:said|says|told me|warned me|warns me|keeps saying|texted) (?:that )?(?:id|ill|youd|youll|"
    r"you will|you would|i would|i will|i was going to|im going to) (?:regret it|regret this|"
    r"regret that|regret ever|be sorry|pay for (?:it|this|that))\b"
    r"(?=[^.!?\n]{0,30}\b(?:if|when|unless|ever)\b)",
    r"\bi (?:would|will|was going to|am going to|m going to) (?:be|get) (?:stabbed|shot|killed|"
    r"beaten|hurt|strangled|buried)\b",
    r"\b(?:put|threw|throws|chucked|dumped) (?:all )?my (?:things|stuff|clothes|bags|suitcase) "
    r"(?:out )?(?:on|in|into|onto) the (?:street|road|garden|lawn|driveway|doorstep|bins?|"
    r"pavement|hallway)\b",
    subject="not_third",
)
_add(
    PV,
    "threat",
    rf"\b{_HE}{_WILL} (?:kill|murder|hurt|end|finish) me\b[^\n]{{0,120}}\b(?:didnt|did not|"
    r"wasnt|was not|werent|isnt) (?:smile|smiling|laugh|laughing|joking|kidding|a joke)\b",
    r"\b(?:as a joke|only joking|just joking|just kidding)\b[^\n]{0,40}\b(?:he|she|they) "
    r"(?:wasnt|was not|werent|didnt|did not) (?:laughing|smiling|smile|laugh)\b",
)
_add(
    PV,
    "putdown",
    r"\b(?:says|said|tells me|told me|keeps telling me|keeps saying|reminds me) (?:that )?"
    r"(?:no one|nobody|noone|no other (?:man|woman|guy|girl|person)) (?:else )?(?:would|will|"
    r"could) (?:ever )?(?:want|love|have|put up with|take|marry|believe|look at) (?:me|you|"
    r"someone like (?:me|you))\b",
    r"\b(?:says|said|tells me|told me|keeps telling me|keeps saying|calls me|called me) (?:that )?"
    r"(?:im|i am|i was|youre|you are) (?:crazy|insane|mental|imagining (?:it|things)|"
    r"worthless|useless|nothing without (?:him|her|them))\b"
    r"(?=[^.!?\n]{0,80}\b(?:believ\w*|started|every|always|whenever|when i|again|all the time|"
    r"anymore|nobody|no one)\b)",
    subject="not_third",
)

# sex as a "duty", or pressure until the writer gives in
_add(
    PV,
    "sex",
    r"\b(?:says|said|tells me|told me|reminds me|insists|insisted) (?:that )?(?:its|it is|it was|"
    r"sex is|sleeping with (?:him|her) is) (?:my|a wifes|a husbands|a womans) (?:wifely |marital "
    r")?(?:duty|job|obligation)\b(?! to (?!sleep|have sex|give (?:him|her)|please (?:him|her)))",
    r"\b(?:wifely|marital|conjugal) (?:duty|duties|obligation|obligations|rights)\b",
    r"\b(?:pressures|pressured|pressuring|pushes|pushed|pushing|nags|nagged|nagging|badgers|"
    r"badgered|badgering|guilts|guilted|guilting|begs|begged|begging) me (?:for|about) (?:sex|it)\b(?=[^.!?\n]{0,80}\b(?:no|not in the "
    r"mood|tired|dont want|didnt want|until|give in|gave in)\b)",
    r"\b(?:touches|touched|starts|started|wakes me|woke me) (?:[^\s.!?]{1,25} ){0,2}(?:while|when|"
    r"whilst) (?:im|i am|i was|i m) (?:still )?(?:asleep|sleeping)\b",
    subject="not_third",
)

# passive wishes and not wanting to be here, in plainer and texting words
_add(
    SH,
    "sh_passive",
    r"\b(?:dont|do not|didnt|did not|no) (?:want|wanna|want to) (?:be|to be|being|stay|"
    r"staying) (?:alive|living)\b",
    r"\b(?:dont|do not|didnt|did not) (?:want|wanna) (?:be|to be) (?:here|around) (?:no more|"
    r"anymore|any more)\b",
    r"\b(?:dont|do not|didnt|did not) (?:wanna|want) (?:to )?(?:exist|live\b(?! (?:in|with|"
    r"at|near|there|here|like|together|apart|abroad|so|far|next|on|under|close|by|for)\b)|"
    r"wake up\b(?! (?:early|before|until|till|at|for (?!good)|so)\b))",
    r"\b(?:want|wanna|wish) (?:to )?(?:live|be alive|exist) (?:no more|no longer)\b",
    r"\bwanna (?:just )?(?:disappear|vanish|not exist|stop existing|not be here)\b"
    r"(?! (?:into|for (?:a|the|one|an)|to|from|under|behind|with|somewhere|on))",
    r"\b(?:wont|will not|wont even|might not|may not) be (?:here|around|alive) (?:for )?(?:much|"
    r"very|a lot|that|too) longer\b",
    r"\b(?:cant|cannot|dont|do not|can not) see myself (?:making it|being (?:here|alive|around)|"
    r"living|still (?:here|alive|around)|surviving) (?:to|past|until|till|through|another|much|"
    r"for|in)\b",
    r"\b(?:everyone|everybody|they|the house|the kids|my family|hed|shed|theyd|theyre|(?:he|she|"
    r"it|everyone|everybody)(?:s| is| would be| will be)|would be|is) (?:so |all |much |a lot "
    r")?(?:happier|calmer|better|better off|easier|lighter|quieter|relieved) (?:when|once|if) i"
    r"(?:m| am| was| were)? (?:just )?(?:gone|not here|not around|out of the way|out(?! (?:of|"
    r"with|at|for|to|on|and))|away for good|dead|no longer here|not alive)\b",
    r"\b(?:burden|weight) (?:on|to|for) (?:society|people|others|anyone|everyone|everybody|the "
    r"world|my family|this family|the family|those around me)\b",
    r"\b(?:wishing|hoping|praying) (?:that )?(?:i|id) (?:[^\s.!?]{1,25} ){0,4}(?:die|died|"
    r"dont wake|didnt wake|wouldnt wake|never wake|never woke)\b",
    r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:a|the|some) (?:[^\s.!?]{1,25} )?"
    r"(?:car|bus|truck|lorry|train|tram|plane|drunk driver) (?:hits|would hit|will hit|hit|runs "
    r"over|would run over|crashes|would crash|goes down) ?(?:me)?\b",
    r"\b(?:dont|do not|didnt|wouldnt|would not|honestly dont) (?:care|mind) (?:if|whether) i "
    r"(?:live|lived|die|died|wake up|woke up|make it|made it|am alive|was alive|survive|"
    r"survived|dont wake|didnt wake|never wake|was gone|were gone|wasnt here)\b",
    r"\b(?:wouldnt|would not) mind (?:dying|being dead|not being here|not existing|if i "
    r"(?:died|was gone|were gone|didnt wake|never woke))\b",
    r"\b(?:sick|exhausted|done|finished) (?:of|with) (?:being alive|living|life|this life|"
    r"existing|being here)\b",
    r"\bgiv\w* up on (?:life|living|being alive|staying alive)\b",
    r"\b(?:want|wanna|wish i could|just want to) (?:just )?(?:sleep|close my eyes) (?:forever|"
    r"and never (?:wake|open)|for good)\b",
    r"\b(?:nobody|no one|noone) would (?:even|really|actually) (?:notice|care|miss me)\b",
    r"\bwhat(?:s| is)? the point (?:in|of) (?:me|my (?:life|existence)|me being (?:here|alive|"
    r"around)|being me)\b",
    r"\b(?:care|want it) enough to (?:live|stay alive|keep going|keep living)\b",
    subject="self",
)
_add(
    SH,
    "sh_passive",
    r"\bhow many (?:of )?(?:his|her|their) (?:[^\s.!?]{1,25} )?(?:pills|tablets|meds) "
    r"(?:it )?(?:would|will|it would)\b",
)

# ---- a partner's own words about not wanting to be here, as the writer reports them ---------
_TOLD = r"(?:said|says|told me|tells me|keeps saying|kept saying|texted|wrote|admitted|whispered)"
_THEY = r"(?:he|she|they)"
_add(
    SH,
    "sh_partner",
    # "she told me she 'doesn't see the point'." (said with nothing after it: about living)
    rf"\b{_TOLD} (?:that )?{_THEY} (?:doesnt|does not|dont|cant|cannot|couldnt|didnt) see "
    r"(?:the|any) point(?: (?:anymore|any more|now))?\s*(?:[.!?\"\n]|$)",
    rf"\b{_THEY} (?:doesnt|does not|dont|cant|cannot|couldnt|didnt) see (?:the|any) point "
    r"(?:of|in) (?:living|going on|life|being alive|being here|carrying on|anything anymore)\b",
    rf"\b{_THEY} (?:wishes|wished|keeps wishing) {_THEY} (?:was|were|had been) "
    r"(?:dead|never born|gone for good)\b",
    rf"\b(?:{_THEY}|my {_PARTNER_NOUN}) {_TOLD} (?:that )?(?:we|everyone|you|i|the kids)"
    r"(?:d| would)(?: all)? be "
    r"(?:better off|happier|fine) without (?:him|her|them)\b",
)


_RULES_T = tuple(_RULES)
# Families whose words report the partner's danger rather than the writer's.
_ABOUT_PARTNER = frozenset({"sh_partner"})


# --------------------------------------------------------------------------------------------
# Running the rules
# --------------------------------------------------------------------------------------------

_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;]*")


def _sentences(text: str) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    for m in _SENTENCE.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def _in_partner_quote(sentence: str, start: int) -> bool:
    """True when the words sit inside double quotes someone else is saying."""
    before = sentence[:start]
    if before.count('"') % 2 == 0:
        return False
    opened = before.rfind('"')
    lead = before[max(0, opened - 30) : opened]
    return bool(re.search(r"\b(?:he|she|they|hed|shed|hell|shell)\b", lead))


_EVERY_NEEDLE = tuple(sorted({n for rule in _RULES_T for n in rule.needles or ()}))


def find_safety(text: str) -> list[SafetyHit]:
    """Find safety signals in ``text``; hits come back in text order, one per span and type."""
    if not text:
        return []
    nt = _normal_text(text)
    norm: _Normal | None = None
    s_starts, s_ends = _sentences(nt)
    fear_in_text = bool(_FEAR_ANYWHERE.search(nt))
    found: dict[tuple[str, int, int], SafetyHit] = {}
    # Many rules share needles: test each distinct one once, then each rule against the set.
    present = frozenset(filter(nt.__contains__, _EVERY_NEEDLE))
    for rule in _RULES_T:
        if rule.needles is not None and (
            present.isdisjoint(rule.needles) or not holds_all(nt, rule.more_needles)
        ):
            continue
        for m in rule.pattern.finditer(nt):
            if m.end() <= m.start():
                continue
            k = bisect.bisect_right(s_starts, m.start()) - 1
            if k < 0:
                k = 0
            # the clause model looks a few hundred characters around the words at most
            s0 = max(s_starts[k], m.start() - 400)
            s1 = min(max(s_ends[k], m.end()), m.end() + 400)
            sentence = nt[s0:s1]
            a, b = m.start() - s0, m.end() - s0
            if not _keep(rule, sentence, a, b, fear_in_text):
                continue
            if norm is None:
                norm = _normalise(text)
            start = norm.index[m.start()]
            end = norm.index[m.end() - 1] + 1
            key = (rule.type, start, end)
            if key not in found:
                about = "partner" if rule.name.partition("#")[0] in _ABOUT_PARTNER else "self"
                found[key] = SafetyHit(rule.type, start, end, text[start:end], rule.why, about)
    return _dedupe(sorted(found.values(), key=lambda h: (h.start, h.end, h.type)))


def _keep(rule: _Rule, sentence: str, a: int, b: int, fear_in_text: bool) -> bool:
    prefix = sentence[:a]
    if rule.check is not None and not rule.check(sentence, a, b):
        return False
    if rule.jokeable and _JOKE.search(sentence):
        return False
    if rule.negatable and _NEGATION.search(prefix[-60:]):
        tail = sentence[b : b + 20]
        if not (fear_in_text or _STILL_IMPLIES.search(tail)):
            return False
    if rule.subject in ("not_third", "actor"):
        who = _last_subject(prefix)
        if who == "third" or (who == "partner" and _OTHER_COUPLE.search(prefix)):
            return False
        if rule.subject == "actor" and who == "first" and _last_subject(prefix[-25:]) == "first":
            # "I check my phone", "we keep our passports": the writer's own doing
            return False
    elif rule.subject == "self":
        who = _last_subject(prefix)
        if who in ("third", "partner") and not re.search(r"\b(?:me|myself|i)\b", sentence[a:b]):
            return False
        if _in_partner_quote(sentence, a):
            return False
    return True


def _dedupe(hits: list[SafetyHit]) -> list[SafetyHit]:
    """Drop a hit wholly inside another hit of the same type: one span says it once."""
    kept: list[SafetyHit] = []
    for h in hits:
        if any(k.type == h.type and k.start <= h.start and h.end <= k.end for k in kept[-8:]):
            continue
        kept = [k for k in kept if not (k.type == h.type and h.start <= k.start and k.end <= h.end)]
        kept.append(h)
    return kept
