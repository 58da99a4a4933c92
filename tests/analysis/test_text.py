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
        # A habit that has stopped is not happening now; one that goes on still is.
        ("She used to stonewall me but she hasn't in months.", "stonewall", True),
        ("I used to retreat to the spare room, not any more.", "retreat", True),
        ("He used to go quiet for days.", "quiet", False),
        ("We used to talk for hours, now he goes silent and won't talk anymore.", "silent", False),
        # A question about what might happen, not a complaint about what did.
        ("Would it count as avoiding if I went to the gym?", "gym", True),
        ("How could she ignore me all night?", "ignore", False),
        ("Why would he go silent for three days?", "silent", False),
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
        # Names with a hyphen or an apostrophe are names too.
        ("Last night Min-jun watched cricket after I told him the news.", "watched", "partner"),
        ("Jean-Luc watched cricket after I told him the news.", "watched", "partner"),
        ("Min-jun watched cricket after I told him the news.", "watched", "partner"),
        ("Self-care went out of the window after I told him the news.", "went", "self"),
        ("Ex-wife texted again, so I went quiet.", "texted", "self"),
        # Reported speech: its "I" is the speaker's, and the sentence stays about them.
        (
            'Kai keeps saying "I\'m fine" and then spends the evening soldering.',
            "spends",
            "partner",
        ),
        (
            "My husband said \u2018I\u2019m not arguing\u2019 and put his headphones on.",
            "put",
            "partner",
        ),
        ('I said "my mother is lonely". When she came out, she went to sleep.', "went", "partner"),
        ("The kids' room was a mess and I cried.", "cried", "self"),
        ("He said, 'I'm done', and I cried.", "cried", "self"),
        ("He said, 'I'm done', and I cried.", "done", "partner"),
        # Marks that are not quotations, and a quotation ends with its sentence.
        ("He is 6'2\" and I felt small.", "felt", "self"),
        ("He slammed the door 'cause I was late, and I cried.", "cried", "self"),
        ('She said "fine. I went to bed.', "went", "self"),
        # Sentence openings that are not names.
        ("It's been hard since I lost my job.", "been", "self"),
        ("Today's been awful.", "awful", "self"),
        ("Mum's been poorly and I stayed over.", "been", "other"),
        ("Ice-cold drinks helped me.", "helped", "self"),
        ("Me and my mum went shopping.", "went", "self"),
        ("She ignored me and Tom laughed about it.", "laughed", "partner"),
        ("Mel's at the cattle sales three days a week.", "cattle", "partner"),
        # A thing owned stands for its owner.
        ("Her answer was to start hoovering the stairs.", "hoovering", "partner"),
        ('My partner\'s "deep focus" headphones go on when I talk.', "headphones", "partner"),
        ("My sister came round. Her kids ran riot.", "riot", "other"),
        ("My phone buzzed and I ignored it.", "buzzed", "self"),
        ("Both of us spent the anniversary dinner on the kids.", "spent", "both"),
        ("The two of us sat in silence.", "sat", "both"),
        ("Eleven hours in the truck and neither one said a word.", "said", "both"),
        ("Last week O'Neill said no to the trip.", "said", "partner"),
        # "Name's" followed by a verb is "Name has" or "Name is", not a possessive.
        ("Malcolm's taken up fishing again.", "taken", "partner"),
        ("Omar's fussing over his niece's exams.", "fussing", "partner"),
        ("Sam's wedding was lovely and I cried.", "wedding", "self"),
        ("Paul and I raced to see who could be busier.", "raced", "both"),
        ("Me and Carl did the jigsaw.", "jigsaw", "both"),
        ("Rahel hasn't looked me in the eye since Monday.", "looked", "partner"),
        ("The wife's been doing online courses every night.", "doing", "partner"),
        ("My husband's mum has been doing his washing.", "doing", "other"),
        # A time clause that runs into the main clause without a comma.
        ("When she asked what was wrong I said nothing and went to bed.", "said", "self"),
        ("When she asked what was wrong I said nothing and went to bed.", "asked", "partner"),
        ("Every time he raises his voice I freeze.", "freeze", "self"),
        ("The moment I mention money he goes to the shed.", "goes", "partner"),
        ("Anytime I cry he leaves.", "leaves", "partner"),
        ("Whenever I cry he grabs the remote.", "grabs", "partner"),
        # ... but a pronoun after "told me" or "said" starts reported words, not the main clause.
        ("When he told me I was cold I cried.", "cold", "partner"),
        ("When he told me I was cold I cried.", "cried", "self"),
        # One person does it, and the next clause says the other did the same.
        ("Tom sulked, and so did I.", "sulked", "both"),
        ("She never said a word, neither did I.", "said", "both"),
        ("He scrolled all night and I did the same.", "scrolled", "both"),
        ("I went quiet and he did too.", "quiet", "both"),
        ("I went quiet and so did my sister.", "quiet", "self"),
        # An opening phrase before the subject; people in a story; family called by title.
        ("On the way home he went quiet.", "quiet", "partner"),
        ("At my sister's party he was on his phone.", "phone", "partner"),
        ("In the film, the wife keeps cleaning.", "cleaning", "other"),
        ("In the film we watched, I cried.", "cried", "self"),
        ("Grandpa used to hide in his shed whenever Gran wanted to talk.", "talk", "other"),
        ("My best mate's girlfriend sulks.", "sulks", "other"),
        # After a review: the people inside an opening phrase are not its subject ...
        ("In front of my parents he went silent.", "silent", "partner"),
        ("At dinner with his brother he was glued to his phone.", "glued", "partner"),
        ("Since my dad died she has buried herself in work.", "buried", "partner"),
        # ... a scene word that is not a story is not one ...
        ("In the play area he sat on his phone.", "sat", "partner"),
        ("On a movie date he spent the whole time on his phone.", "spent", "partner"),
        # ... "to him he goes" starts the main clause, "told him he was" does not ...
        ("When I try to talk to him he goes on his phone.", "goes", "partner"),
        ("When I went to hug her she pulled away.", "pulled", "partner"),
        ("When I told him he was late he sulked.", "late", "self"),
        # ... and "so did I" answers the main clause, past a time clause.
        ("He went quiet when I cried, and so did I.", "quiet", "both"),
    ],
)
def test_clause_subject_tells_writer_partner_both_and_others_apart(
    text: str, word: str, subject: str
) -> None:
    prepared = prepare(text)
    assert prepared.subject_at(prepared.lower.index(word)) == subject
