from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from reconnect.analysis.detectors import Detector, Registry, pattern
from reconnect.analysis.engine import DEFAULT_THRESHOLDS, Engine, _from_the_couple, analyze
from reconnect.analysis.findings import EXIT_TYPES, TOPICS, Analysis
from reconnect.analysis.rules import default_registry, is_figure_of_speech
from reconnect.analysis.text import prepare

RULES_ONLY = Engine(default_registry(), None, dict(DEFAULT_THRESHOLDS))

# Rule detectors, as tables: text -> (type, actor, evidence inside the span).
EXIT_RULE_TABLE = [
    (
        "He grabbed his phone the second I mentioned my mother.",
        "distraction",
        "partner",
        "grabbed his phone",
    ),
    (
        "she answered with one word and turned the TV up",
        "distraction",
        "partner",
        "turned the TV up",
    ),
    (
        "I went quiet and left the room when she raised the rent.",
        "shutting_down",
        "self",
        "went quiet",
    ),
    (
        "He gave me the silent treatment for two days.",
        "shutting_down",
        "partner",
        "silent treatment",
    ),
    (
        "She said 'nice of you to join us' when I finally came to bed.",
        "fighting_blaming",
        "partner",
        "nice of you to join us",
    ),
    (
        "I stayed at the office until ten so I wouldn't have to talk about the baby.",
        "overworking",
        "self",
        "office until ten",
    ),
    (
        "she booked every weekend with her college friends",
        "focusing_on_others",
        "partner",
        "booked every weekend",
    ),
    ("We both went quiet after the call.", "shutting_down", "both", "went quiet"),
    # Everyday ways of saying it that the first patterns missed.
    ("Whenever I cry he grabs the remote.", "distraction", "partner", "grabs the remote"),
    ("She browses Pinterest while I talk.", "distraction", "partner", "browses Pinterest"),
    ("Ngl i just went on netflix and ignored him", "distraction", "self", "went on netflix"),
    ("Dan zones out every weekend.", "distraction", "partner", "zones out"),
    ("Mike has been frosty with me since Friday.", "shutting_down", "partner", "frosty"),
    ("I am not talking to my husband since Sunday.", "shutting_down", "self", "not talking to"),
    ("He acts like he couldn't care less.", "shutting_down", "partner", "couldn't care less"),
    ("Kemi refuses to talk for days.", "shutting_down", "partner", "refuses to talk"),
    ("Whenever Grace gets upset I disappear inside myself.", "shutting_down", "self", "disappear"),
    ("We quarrel over every little thing.", "fighting_blaming", "both", "quarrel"),
    ("I went on the attack the moment she walked in.", "fighting_blaming", "self", "on the attack"),
    ("He keeps throwing my past in my face.", "fighting_blaming", "partner", "throwing my past"),
    ("She told me I'm just like my father.", "fighting_blaming", "partner", "just like my father"),
    ("Liam picks holes in every meal I cook.", "fighting_blaming", "partner", "picks holes"),
    ("He buries himself in his thesis.", "overworking", "partner", "buries himself in"),
    ("Ryan dotes on the dog.", "focusing_on_others", "partner", "dotes on"),
    (
        "We made the grandkids our whole life.",
        "focusing_on_others",
        "both",
        "made the grandkids our whole life",
    ),
]


@pytest.mark.parametrize(("text", "type_", "actor", "evidence"), EXIT_RULE_TABLE)
def test_exit_rules_find_the_behaviour_with_its_words_and_actor(
    text: str, type_: str, actor: str, evidence: str
) -> None:
    found = [c for c in RULES_ONLY.candidates(prepare(text)) if c.type == type_]
    assert found, f"no {type_} candidate"
    best = max(found, key=lambda c: c.score)
    assert (
        evidence.lower() in text[best.start : best.end].lower()
        or text[best.start : best.end].lower() in evidence.lower()
    )
    assert best.actor == actor


@pytest.mark.parametrize(
    "text",
    [
        "This time I left the TV off and we talked.",
        "I'm afraid I'll freeze him out again.",
        "My brother's girlfriend games all night.",
        "We binged our show with takeout, a lovely night.",
        "If he starts gaming tonight I'll scream.",
        "I didn't reach for my phone once.",
        # Turned down, stopped oneself, a question about what might happen.
        "I turned down the overtime so we could talk on Friday.",
        "I stopped myself from going on the defensive and listened.",
        "Am I the type who would go cold if she hurt me?",
        "He wasn't sarcastic at all, which made it easier.",
        # A story, another couple, a job or a settled habit, a thing going quiet.
        "In the film, the wife keeps cleaning so she doesn't have to talk to him.",
        "My best mate's girlfriend gives him the silent treatment.",
        "I'm on my phone a lot because I manage social media for a living.",
        "I call my sister every Wednesday, it's been our thing since uni.",
        "The laptop fan kept going quiet and then roaring.",
        "He blamed the weather for the burnt barbecue and we both laughed.",
        # After a review: everyday words that are not exits.
        "She always puts my needs first.",
        "I was frosting the cake for her birthday.",
        "I'm having a go at baking bread this weekend.",
        "We started a row of tomatoes in the garden.",
        "He raised his brows and smiled.",
    ],
)
def test_exit_rules_stay_quiet_on_negation_hypotheticals_others_and_healthy_time(
    text: str,
) -> None:
    assert [c for c in RULES_ONLY.candidates(prepare(text)) if c.kind == "exit"] == []


@pytest.mark.parametrize(
    "text",
    [
        "My colleague says her partner picks fights every time his family visits.",
        "A client of mine works 80-hour weeks to avoid his marriage, it's sad to watch.",
        "My parents used to blame each other for everything.",
    ],
)
def test_no_exit_when_only_other_peoples_words_point_to_one(text: str) -> None:
    # Whatever the model makes of these words, none of it is about the two of you.
    assert analyze(text).exits == ()


def test_from_the_couple_asks_for_a_clause_of_theirs_that_pushed() -> None:
    prepared = prepare("My sister sulks. I cried.")
    assert [c.subject for c in prepared.clauses] == ["other", "self"]
    assert not _from_the_couple(prepared, np.array([1.0, -0.5]))
    assert _from_the_couple(prepared, np.array([1.0, 0.2]))


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        (
            "he reads all my messages and I'm not allowed out without telling him",
            "partner_violence",
        ),
        ("I'm scared of his moods, I walk on eggshells every evening.", "partner_violence"),
        ("He keeps my passport and gives me twenty pounds a week for food.", "partner_violence"),
        ("Last night he pushed me into the door.", "partner_violence"),
        ("I feel like a weight on everyone.", "self_harm"),
        ("Some nights I think they'd all be better off without me.", "self_harm"),
        ("I wish I could just not wake up.", "self_harm"),
        ("I thought about taking all the pills in the cupboard.", "self_harm"),
    ],
)
def test_safety_is_caught_explicit_or_subtle(text: str, type_: str) -> None:
    assert type_ in analyze(text).types("safety")


def test_safety_is_caught_inside_long_ordinary_text() -> None:
    ordinary = "We went to the market and bought apples, then I cooked soup for the kids. " * 12
    text = ordinary + "He checks my phone every night and I'm not allowed out alone. " + ordinary
    assert "partner_violence" in analyze(text).types("safety")


@pytest.mark.parametrize(
    "text",
    [
        "This heat is killing me.",
        "I'll kill him if he spoils the book haha",
        "The meeting was a bloodbath.",
        "I'm dying to see her this weekend.",
        "Tom's going to kill me when he sees the dent in the car. Ha!",
    ],
)
def test_violent_figures_of_speech_are_not_flagged(text: str) -> None:
    assert analyze(text).safety == ()


@pytest.mark.parametrize(
    "text",
    [
        "I can't do this anymore. We fight every single night about the dishes.",
        "We can't keep going like this, so we booked a counsellor.",
    ],
)
def test_everyday_venting_about_a_fight_is_not_read_as_self_harm(text: str) -> None:
    assert "self_harm" not in analyze(text).types("safety")


def test_figure_of_speech_check_tells_jokes_from_threats() -> None:
    assert is_figure_of_speech("this heat is killing me")
    assert not is_figure_of_speech("he said he would kill me if i left")


def test_empty_and_blank_text_give_empty_results() -> None:
    for text in ("", "   \n"):
        result = analyze(text)
        assert result.findings == () and result.topics == ()
        assert result.to_dict() == {
            "exits": [],
            "effects": [],
            "steps": [],
            "safety": [],
            "topics": [],
        }


def test_findings_are_frozen_values_with_spans_that_match_the_text() -> None:
    text = "He grabbed his phone the second I mentioned my mother, and I felt invisible."
    result = analyze(text)
    assert result.exits
    for finding in result.findings:
        assert text[finding.start : finding.end] == finding.evidence
        assert 0.0 <= finding.confidence <= 1.0
        with pytest.raises(dataclasses.FrozenInstanceError):
            finding.type = "x"  # type: ignore[misc]
    assert isinstance(result.exits, tuple)


def test_exit_explanations_quote_the_words_and_say_why() -> None:
    finding = analyze("He grabbed his phone the second I mentioned my mother.").exits[0]
    assert finding.evidence in finding.explanation
    assert "\u2014" in finding.explanation
    assert finding.actor in ("self", "partner", "both")


def test_json_shape_follows_the_command_line_contract() -> None:
    data = analyze("She scrolled TikTok through my whole story about the rent.").to_dict()
    assert set(data) == {"exits", "effects", "steps", "safety", "topics"}
    for exit_ in data["exits"]:
        assert set(exit_) == {
            "type",
            "actor",
            "confidence",
            "start",
            "end",
            "evidence",
            "explanation",
        }
        assert exit_["type"] in EXIT_TYPES
    for key in ("effects", "steps", "safety"):
        for item in data[key]:
            assert set(item) == {"type", "confidence", "start", "end", "evidence"}
    assert set(data["topics"]) <= set(TOPICS)
    assert "money" in data["topics"]


def test_one_exit_per_type_with_both_when_writer_and_partner_each_take_it() -> None:
    result = RULES_ONLY.analyze("I went quiet. Then he went quiet too.")
    quiet = [f for f in result.exits if f.type == "shutting_down"]
    assert len(quiet) == 1 and quiet[0].actor == "both"


@pytest.mark.parametrize(
    "text",
    [
        "He scrolled on his phone all night and I did the same.",
        "Tom sulked all evening, and so did I.",
    ],
)
def test_the_other_person_doing_the_same_makes_it_both(text: str) -> None:
    exits = analyze(text).exits
    assert exits and all(f.actor == "both" for f in exits)


def test_registry_is_immutable_and_new_detectors_run() -> None:
    registry = Registry(())
    detector = Detector(
        "ping",
        "exit",
        "distraction",
        (pattern("ping", r"\b(?P<ev>pinball)\b", "playing pinball", 0.9),),
    )
    bigger = registry.with_detector(detector)
    assert registry.detectors == () and bigger.names() == ("ping",)
    engine = Engine(bigger, None, dict(DEFAULT_THRESHOLDS))
    result = engine.analyze("He played pinball all evening.")
    assert [f.type for f in result.exits] == ["distraction"]
    assert result.exits[0].explanation.endswith("playing pinball")


def test_analysis_without_a_model_still_works_from_rules() -> None:
    result = RULES_ONLY.analyze("He gave me the silent treatment for two days.")
    assert isinstance(result, Analysis)
    assert result.types("exit") == ("shutting_down",)


@pytest.mark.parametrize(
    ("text", "kind", "type_"),
    [
        ("He scrolled all through dinner and I felt invisible, like furniture.", "effect", "hurt"),
        ("We live like roommates now; I have never felt so alone.", "effect", "loneliness"),
        ("I caught myself reaching for my phone again and put it face down.", "step", "notice"),
        (
            "We put our phones in a drawer and went for a long walk together.",
            "step",
            "time_together",
        ),
    ],
)
def test_effects_and_steps_are_found_with_evidence(text: str, kind: str, type_: str) -> None:
    result = analyze(text)
    found = [f for f in result.findings if f.kind == kind and f.type == type_]
    assert found, result.to_dict()
    assert text[found[0].start : found[0].end] == found[0].evidence


def test_words_of_a_safety_signal_are_not_also_read_as_an_exit() -> None:
    result = analyze("I'm scared of his moods. He checks my phone every night.")
    assert "partner_violence" in result.types("safety")
    spans = [(f.start, f.end) for f in result.safety]
    for exit_ in result.exits:
        assert all(exit_.end <= start or end <= exit_.start for start, end in spans)


@pytest.mark.parametrize(
    "text",
    [
        "He grabbed his phone and scrolled the second I mentioned the rent. I felt so alone.",
        "i go quiet, she goes 2 her friends lol!!",
        "",
        "?!",
        "Überstunden again. Ngl I'm ignorning her texts.",
    ],
)
def test_the_fast_feature_path_matches_the_plain_one(text: str) -> None:
    """The engine looks words' n-grams up through a cache; it must see what training saw."""
    from reconnect.analysis.engine import _Features, default_engine, rule_terms
    from reconnect.analysis.learn import char_terms, positioned_terms

    engine = default_engine()
    if engine.model is None:
        pytest.skip("no committed model")
    prepared = prepare(text)
    positioned = positioned_terms(prepared)
    terms = [t for t, _ in positioned] + rule_terms(engine.candidates(prepared))
    features = _Features.of(engine.model, prepared, positioned, terms)
    plain = positioned + char_terms(prepared)
    indices, values = engine.model.featurizer.sparse(terms + [t for t, _ in char_terms(prepared)])
    assert features.indices.tolist() == indices.tolist()
    assert features.values.tolist() == pytest.approx(values.tolist())
    assert (
        features.columns.tolist() == engine.model.featurizer.columns([t for t, _ in plain]).tolist()
    )
    assert features.positions.tolist() == [i for _, i in plain]


def test_model_evidence_can_be_drawn_from_one_person_s_clauses() -> None:
    """When the model alone finds an exit, the quoted words come from a clause of whoever took
    it, if any such clause pushed that way; otherwise there is nothing of theirs to quote."""
    from reconnect.analysis.engine import _Features, _strongest, default_engine, rule_terms
    from reconnect.analysis.learn import positioned_terms

    engine = default_engine()
    if engine.model is None:
        pytest.skip("no committed model")
    text = "I told him my contract wasn't renewed, and Min-jun watched cricket for three hours."
    prepared = prepare(text)
    positioned = positioned_terms(prepared)
    terms = [t for t, _ in positioned] + rule_terms(engine.candidates(prepared))
    features = _Features.of(engine.model, prepared, positioned, terms)
    pushes = engine._pushes(prepared, "exit:distraction", features)
    assert len(pushes) == len(prepared.clauses)
    for subject in ("self", "partner"):
        span = _strongest(prepared, pushes, subject)
        if span is not None:
            assert prepared.subject_at(span[0]) == subject
    partner = _strongest(prepared, pushes, "partner")
    assert partner is not None and "watched cricket" in text[partner[0] : partner[1]]
    assert _strongest(prepared, pushes, "both") is None


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Sam stopped eating and told me he doesn't see the point. I'm scared for him.", True),
        ("My sister told me she doesn't see the point.", True),
        (
            "She told me she doesn't see the point. Honestly I don't see the point of living "
            "either.",
            False,
        ),
        ("She told me she doesn't see the point. I know what I'd write in the letter.", False),
        ("He told me he doesn't see the point. Me too.", False),
        ("She told me she doesn't see the point. I can't do this anymore, I want out.", False),
        ("I want to die.", False),
        ("We had a lovely walk.", False),
    ],
)
def test_self_harm_is_reported_only_when_none_of_it_is_the_writer_s(
    text: str, reported: bool
) -> None:
    from reconnect.analysis.engine import self_harm_is_reported

    assert self_harm_is_reported(text) is reported


def test_reason_is_the_explanation_without_its_quote() -> None:
    finding = analyze("He grabbed his phone when I brought up the bills.").exits[0]
    assert finding.explanation == f"\u2018{finding.evidence}\u2019 \u2014 {finding.reason}"
    assert finding.reason and finding.evidence not in finding.reason
