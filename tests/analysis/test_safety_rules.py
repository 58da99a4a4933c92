"""Tables for the standalone safety detector: what it must catch and what it must leave alone."""

from __future__ import annotations

import dataclasses
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconnect.analysis.safety_rules import SAFETY_HIT_TYPES, SafetyHit, find_safety

PV = "partner_violence"
SH = "self_harm"

FILLER = (
    "We went to the market on Saturday and bought far too many tomatoes. The kids had swimming "
    "and then we watched a film together, which was nice. "
)


def types_of(text: str) -> set[str]:
    return {h.type for h in find_safety(text)}


MUST_CATCH: list[tuple[str, str]] = [
    # ways of telling it that real posts use (written fresh here)
    ("He was going to beat the truth out of me.", PV),
    ("She said I would die if I ever left.", PV),
    ("he tried to strangle me in the car", PV),
    ("When he drinks he throws objects around the room.", PV),
    ("He threw me back onto the sofa and held me there.", PV),
    ("He was strangling me and I could not breathe.", PV),
    ("The abuse was still happening, even after the baby came.", PV),
    ("He told me I'd die if I ever left.", PV),
    ("My husband swore I would die if I left.", PV),
    ("I don't want him to find out and end up hurting me or the kids.", PV),
    ("I tried fighting his hold and he said you're not going anywhere.", PV),
    ("he constantly texts and asks where I am if I'm out", PV),
    # physical harm
    ("He hit me last night.", PV),
    ("she slapped me across the face", PV),
    ("when i tried to walk past him he shoved me into the door frame", PV),
    ("He pushed me against the wall.", PV),
    ("He grabbed my wrist so hard it left marks.", PV),
    ("Last week he grabbed my arm and wouldn't let go.", PV),
    ("he choked me until i saw spots", PV),
    ("He had his hand on my throat.", PV),
    ("He held me against the wall by my throat.", PV),
    ("He threw the remote at my head again.", PV),
    ("When he gets mad he punches the wall right next to my head.", PV),
    ("he kicked me in the leg", PV),
    ("My shoulder is purple today.", PV),
    ("I had bruises on my arm for a week.", PV),
    ("He locked me out of the house overnight.", PV),
    ("He just blocks the door until I agree.", PV),
    ("she pinned me down on the bed", PV),
    ("He squeezes my knee under the table until it hurts.", PV),
    ("hes never hit me but im scared of him when he drinks", PV),
    # threats and weapons
    ("He threatened to kill me if I leave.", PV),
    ("she said she'd ruin me", PV),
    ("He threatened to take the kids.", PV),
    ("He said if I complain he will call immigration and report my visa.", PV),
    ("If I leave he'll make sure I never see my son again.", PV),
    ("He keeps the hunting knife on the nightstand since the fight.", PV),
    ("He picked up the knife and pointed it at me.", PV),
    ("He keeps his shotgun in the hall cupboard and keeps mentioning it.", PV),
    ("i'll break your neck, he said, and put his hand on my neck", PV),
    # forced or pressured sex
    ("He says a wife cannot refuse her husband.", PV),
    ("Sometimes I say no and it doesn't matter.", PV),
    ("He made me have sex when I said no.", PV),
    ("if i say no he keeps going until i give in so he'll stop", PV),
    # fear of the partner
    ("I'm scared of my husband.", PV),
    ("honestly im terrified of her", PV),
    ("I'm afraid of what he'll do if I say yes.", PV),
    ("I walk on eggshells all evening.", PV),
    ("I plan my whole day around not setting him off.", PV),
    ("I rehearse what I say so he doesn't explode.", PV),
    ("I check his mood by how he closes the car door.", PV),
    ("I tiptoe around her like she's a bomb.", PV),
    # money
    ("He takes my salary and gives me an allowance.", PV),
    ("My wages go straight into his account.", PV),
    ("I have to show him the receipts for everything.", PV),
    ("he took my bank card so i have to ask him for bus fare", PV),
    ("I get thirty pounds a week for housekeeping.", PV),
    # phone
    ("He reads all my messages at night.", PV),
    ("she went through my phone again while i was in the shower", PV),
    ("He demands my passwords.", PV),
    ("He tracks my location all the time.", PV),
    ("he makes me share my location 24/7", PV),
    ("He installed an app on my phone, now he knows every place I go.", PV),
    # movement and documents
    ("I'm not allowed out without telling him.", PV),
    ("I have to ask his permission to visit my mother.", PV),
    ("He took the car keys so I can't get to church.", PV),
    ("He keeps my passport in his desk drawer.", PV),
    ("His mother took my passport 'for safekeeping'.", PV),
    ("Aziz keeps my residence card in his wallet.", PV),
    ("He took my ID and won't give it back.", PV),
    # friends and family
    ("He won't let me see my friends.", PV),
    ("She says my friends are a bad influence, so I stopped going out.", PV),
    ("I'm not allowed to call my mother.", PV),
    ("He has isolated me from everyone.", PV),
    # self harm, explicit
    ("I want to kill myself.", SH),
    ("some nights i think about ending it", SH),
    ("I've been having thoughts of suicide.", SH),
    ("I cut myself again last night.", SH),
    ("I've been hurting myself to make it stop.", SH),
    ("I counted my sleeping pills and thought about taking all of them.", SH),
    ("I looked up how many of my pills would be enough.", SH),
    ("I keep thinking about jumping off the bridge.", SH),
    ("I stood right at the edge of the platform when the train came in.", SH),
    ("Some days I plan what I'd write in the letter.", SH),
    ("I started writing a goodbye letter.", SH),
    ("thinking about an overdose", SH),
    # self harm, passive
    ("They'd all be better off without me.", SH),
    ("I feel like a burden on everyone.", SH),
    ("I am a weight for everyone.", SH),
    ("I wish I could sleep and not wake up.", SH),
    ("Sometimes I wish I wasn't here.", SH),
    ("I wish I didn't exist.", SH),
    ("I don't want to be here anymore.", SH),
    ("There's no point going on.", SH),
    ("I want to disappear forever.", SH),
    ("If the tram hit me it would be a kind of rest.", SH),
    ("I keep thinking the life insurance would cover it.", SH),
    ("i keep thinking everyone would be less stressed if i just wasnt around", SH),
    # abuse named in the writer's own words
    ("My abuser still messages my sister to ask where I live.", PV),
    ("my ex/abuser turned up at the school gates", PV),
    ("Over the last year my partner has become emotionally abusive.", PV),
    ("She gets verbally abusive whenever she has had a drink.", PV),
    ("I've been financially abused for most of the marriage.", PV),
    ("Last spring he tried to strangle me in the kitchen.", PV),
    ("He has put his hands on me twice now.", PV),
    ("I have lived in constant fear for three years.", PV),
    ("My husband is so controlling.", PV),
    ("He controls everything, even what I wear to work.", PV),
    ("I was scared he would seriously hurt me this time.", PV),
    ("Honestly I think he'll try to kill me one day.", PV),
    # self harm, more ways of saying it
    ("i want to be dead", SH),
    ("I keep wanting to die and nobody notices.", SH),
    ("thinking about sucide again", SH),
    ("whats the most painless way to go", SH),
    ("I'm ready to just end it.", SH),
    ("I deserve to die.", SH),
    ("I don't feel like I deserve to be alive.", SH),
    ("I have said my goodbyes.", SH),
    ("My dog is the only reason I'm still here.", SH),
    ("I can't take this life anymore.", SH),
    ("I really don't want to go on anymore.", SH),
    ("I see no reason to live.", SH),
    ("I'd rather die than wake up to another Monday like this.", SH),
    ("Some nights I think about driving off the bridge.", SH),
    ("The house would be calmer if I weren't in it.", SH),
    # subtle control: money
    ("He hands me forty quid on Mondays and wants every till receipt back.", PV),
    ("Every card is in her name now, and I need permission to buy a pair of shoes.", PV),
    ("I have to beg him for my own bank card when I want to go to the shops.", PV),
    ("She keeps track of every penny I spend.", PV),
    # subtle control: phone, cameras and checking up
    ("He goes through my phone every single night before bed.", PV),
    ("She made me turn on location sharing and rings if I'm ten minutes late.", PV),
    ("If I'm five minutes late he calls over and over and accuses me of lying.", PV),
    ("He listens in on my phone calls with my mother.", PV),
    ("She watches me through the doorbell camera while she's at work.", PV),
    ("He counts the miles on the car when I get back from the shops.", PV),
    # subtle control: movement, papers, friends and family
    ("he decides when i can see my mum and for how long", PV),
    ("She stopped letting me use the car after I visited my brother.", PV),
    ("He stopped me going to my best friend's hen do.", PV),
    ("He keeps my passport locked in his safe.", PV),
    ("She has my residence card and says I'll be deported if I go.", PV),
    ("He made me drop all my friends from uni.", PV),
    ("I'm not allowed to phone my sister anymore.", PV),
    ("He gets furious if I meet my cousins without him.", PV),
    # fear of moods
    ("My kids and I all go silent the moment he walks in.", PV),
    ("We hold our breath when he comes through the door.", PV),
    ("the kids and i go quiet when we hear his van on the drive", PV),
    ("I'm frightened of his temper.", PV),
    ("I flinch whenever he lifts his arm.", PV),
    ("I locked myself in the bathroom until he calmed down.", PV),
    # intimidation and harm said sideways
    ("He raised his fist at me over the washing up.", PV),
    ("She pretends to punch me just to watch me jump.", PV),
    ("He drives really fast when he's angry, just to scare me.", PV),
    ("He kicked our dog when I wouldn't answer.", PV),
    ("he gets rough with me when he's had a few", PV),
    ("She spat in my face in the car park.", PV),
    ("He pulled my hair on the stairs.", PV),
    ("He told me I'd regret it if I went to my mum's.", PV),
    ("He threw my clothes out onto the lawn.", PV),
    ("He said he'd kill me if I showed him up again. He wasn't smiling.", PV),
    ("She keeps telling me nobody else would ever put up with me.", PV),
    # sex as a duty, pressure until giving in
    ("He tells me it's my duty as his wife, even when I'm exhausted.", PV),
    ("He keeps pushing me for sex until I give in.", PV),
    # passive wishes in plain words
    ("I won't be around much longer anyway.", SH),
    ("I can't see myself making it to next summer.", SH),
    ("Everyone is calmer when I'm not around.", SH),
    ("The house would be happier once I'm gone.", SH),
    ("I'm just a burden to the people around me.", SH),
    ("Some nights I catch myself hoping a lorry hits me on the way home.", SH),
    ("I honestly don't care if I wake up tomorrow.", SH),
    ("I'm done with life.", SH),
    ("what's the point of me even being here", SH),
    ("nobody would even notice if i was gone", SH),
    ("I keep wishing I'd fall asleep and never wake.", SH),
    ("I just want to sleep forever.", SH),
    ("She said she'd looked up how many of her tablets it would take.", SH),
]


@pytest.mark.parametrize(("text", "kind"), MUST_CATCH)
def test_it_catches_the_signal(text: str, kind: str) -> None:
    assert kind in types_of(text)


@pytest.mark.parametrize(("text", "kind"), MUST_CATCH[::4])
def test_it_catches_the_signal_buried_in_long_ordinary_text(text: str, kind: str) -> None:
    long_text = FILLER * 20 + text + " " + FILLER * 20
    hits = [h for h in find_safety(long_text) if h.type == kind]
    assert hits
    start = len(FILLER) * 20
    assert any(start <= h.start < start + len(text) for h in hits)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("he grabed my wrist n it left marks", PV),
        ("im so scarred of him when hes drunk", PV),
        ("He HIT me.", PV),
        ("he\u2019s always checking my phone, he reads my messages", PV),
        ("he  pushed   me\nagainst the wall", PV),
        ("I want to kill myself", SH),
        ("i wanna die tbh", SH),
        ("My husband keep my passport, I am not allowed to have it.", PV),
        ("ngl i feel like a burden on every1, they'd be better off without me", SH),
        ("i dont want be alive no more", SH),
        ("dont wanna live anymore tbh", SH),
        ("wanna disappear forever tbh", SH),
        ("he make me give him my phone passcode, every night he read my chats", PV),
        ("my husband decide when i can go see my mother", PV),
    ],
)
def test_it_reads_texting_style_typos_and_non_native_english(text: str, kind: str) -> None:
    assert kind in types_of(text)


MUST_NOT_FIRE: list[str] = [
    "The abuse was in the news again tonight.",
    "The abuse kept coming on Twitter after my post.",
    "He talked about his abuse as a child.",
    "He always texts me asking what I want from the shop.",
    "The cat sat on me all night.",
    "His comment threw me off completely.",
    "He wanted to beat me at Mario Kart.",
    "I don't want him to hit me up every five minutes.",
    "I don't want her to feel like she's hurting me.",
    "You're not going anywhere until you finish your veg, I told my son.",
    "I threw myself onto the bed and cried.",
    "My mum constantly texts me to ask where I am lol",
    "I said I would die if I had to sit through another meeting.",
    "This heat is killing me.",
    "I'll kill him if he spoils the book haha",
    "The meeting was a bloodbath.",
    "Dying to see her next week!",
    "She's killing it at work.",
    "The visa paperwork is murdering me.",
    "I could murder a curry right now.",
    "My feet are killing me after the wedding.",
    "gonna strangle my bf lol he ate my cake",
    "Lol my husband is going to kill me, I bought another suitcase of sweets.",
    "Sana said she'd kill me if I told her mum about the engagement before Saturday.",
    "My sister's husband hits her and I don't know how to help.",
    "My friend is scared of her boyfriend.",
    "We both share locations and either of us can switch it off.",
    "We keep both our passports in a shared box in the hall.",
    "He has never once raised a hand to me.",
    "She's never hit me, she just goes quiet.",
    "He said 'I suppose you'll want the good chair when I'm gone.'",
    "He pushed me to apply for the job and I got it!",
    "It hit me that we hadn't talked in weeks.",
    "He held my hand the whole way home.",
    "She squeezed my hand under the table.",
    "I beat him at chess again and he sulked.",
    "He beat me at chess again.",
    "I checked my phone during dinner and she looked hurt.",
    "I'm scared we don't have enough for the deposit.",
    "I'm afraid to tell her I failed the test.",
    "I was scared of losing him, so I told him.",
    "I disappear into my phone when we argue.",
    "I threw myself into work after the argument.",
    "He slammed the door and went to the gym.",
    "Jet lag is killing me.",
    "Kenji's jokes are killing me. Dying. Dead.",
    "We sat down together and talked about money, it went well.",
    "I hurt myself at the gym yesterday.",
    "I cut my finger chopping onions.",
    "She put the knife down and sat with me.",
    "I put the tape gun down and said I'm on your side.",
    "I forgot to take my pills this morning.",
    "I'm not allowed to work until the visa decision.",
    "He waited for me at the station with two coffees.",
    "I want to end it with him, I think it's over.",
    "What if the app says something wrong about us?",
    "Would the app tell my partner if I wrote about leaving?",
    "My wife nearly killed me with laughter at the wedding speech.",
    "She said I was being controlling about the holiday plans, and she had a point.",
    "Tonight is the night we finally try the new curry place.",
    "We can't go on like this, so we booked a counsellor.",
    "I can't do this anymore. We fight every single night about the dishes.",
    "We share our locations so each of us knows the other got home safe.",
    "We agreed I handle the budget because I like spreadsheets.",
    "She asked me to text her when I land in Lisbon.",
    "He doesn't check my phone, we trust each other.",
    "He never listens to my calls, he's not like that.",
    "I'm so tired of this fight about the holidays.",
    "I can't do this anymore, this argument about the bins is endless.",
    "I feel like a burden when I ask for help with the dishes.",
    "My boss will murder me if this report is late.",
    "It was a bloodbath at work today.",
    "My sister's husband reads all her messages.",
    "She raised her hand to ask a question at the parents' evening.",
    "He hadn't wanted to frighten me, so he kept the test results to himself.",
    "We put the house in her name because her credit score is better.",
    "I need permission from my manager to leave early on Friday.",
    "I locked myself in the bathroom to cry after the argument.",
    "If I'm ten minutes late to the school gate the teacher gives me a look.",
    "He counts every calorie since the doctor's visit.",
    "I keep track of every penny we spend in a shared spreadsheet.",
    "We hold our breath when the baby finally falls asleep.",
    "He said I'd regret skipping the concert, and he was right.",
    "He told me I was too sensitive about the joke, and we talked it through.",
    "I'm frightened of spiders.",
    "The kids go quiet when he reads them a story.",
    "I don't want to live in the city anymore, I miss the hills.",
    "She doesn't want to live with her parents after the wedding.",
    "I'm done with this job.",
    "He stopped me from making a fool of myself at the party.",
    "My mum decides when I can visit because she works shifts.",
    "Everyone's happier when I'm out of the kitchen while they cook.",
]


# Everyday sentences, none of them a signal, to bury one signal sentence in the middle.
EVERYDAY = [
    "Tuesday started with a flat tyre and a very patient man from the garage.",
    "The twins wanted pancakes, so we made a mess of the kitchen before school.",
    "My partner found a recipe for lentil soup and we tried it on Wednesday.",
    "At work the printer jammed twice and the new intern fixed it with a paper clip.",
    "We walked the long way home past the allotments, where the beans are coming up.",
    "My mother phoned about the birthday lunch and we settled on the Italian place.",
    "The cat has taken to sleeping in the laundry basket, which nobody minds.",
    "On Thursday we watched half a documentary about whales and fell asleep.",
    "I have been trying to read more, a chapter a night, with mixed success.",
    "The neighbours lent us their ladder so we could finally clear the gutters.",
    "Friday was payday, so we bought proper coffee and a bunch of tulips.",
    "Our eldest has a spelling test next week and keeps asking us to quiz her.",
    "The weather turned cold and we dug out the winter duvet from the loft.",
    "We are thinking about a weekend by the sea once the school term ends.",
]


def buried(signal: str) -> str:
    half = len(EVERYDAY) // 2
    return " ".join([*EVERYDAY[:half], signal, *EVERYDAY[half:]])


def test_the_everyday_filler_is_quiet_on_its_own() -> None:
    assert find_safety(buried("")) == []
    assert 150 <= len(buried("").split()) <= 250


@pytest.mark.parametrize(
    ("signal", "kind"),
    [
        ("He gives me a weekly allowance and checks the receipts when I get in.", PV),
        ("She goes through my phone every night while I run the bath.", PV),
        ("I'm not allowed out on my own unless I tell him where first.", PV),
        ("He keeps my passport in a locked drawer at his office.", PV),
        ("Since the wedding he's made me drop most of my old friends.", PV),
        ("I check his face when he comes in to know what sort of night it will be.", PV),
        ("Last month he punched the wall right beside my head.", PV),
        ("He blocked the doorway so I couldn't get out of the room.", PV),
        ("He says sex is my duty, even when I tell him no.", PV),
        ("Honestly I feel like a weight on everyone in this house.", SH),
        ("Some nights I think about just not being here at all.", SH),
        ("I wish I could go to sleep one night and not wake up.", SH),
        ("i dont want be alive no more, everyone be better without me", SH),
    ],
)
def test_one_signal_sentence_in_a_long_everyday_text_is_found(signal: str, kind: str) -> None:
    text = buried(signal)
    start = text.index(signal)
    hits = [h for h in find_safety(text) if h.type == kind]
    assert any(start <= h.start < start + len(signal) for h in hits), hits


@pytest.mark.parametrize(
    "quiet",
    [
        "We share our locations so we both know the other got home safe.",
        "He has never once raised a hand to me, he's the gentlest man I know.",
        "I'll kill him if he tells me the ending of the book haha.",
        "I'm so tired of this fight about whose turn it is to cook.",
        "We agreed that I look after the budget and he does the meal plan.",
    ],
)
def test_ordinary_sentences_in_a_long_everyday_text_stay_quiet(quiet: str) -> None:
    assert find_safety(buried(quiet)) == []


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_it_stays_quiet_on_ordinary_writing(text: str) -> None:
    assert find_safety(text) == [], [h.evidence for h in find_safety(text)]


@pytest.mark.parametrize(
    "text",
    [
        "He has never once raised a hand to me, but I'm terrified of him.",
        "He doesn't hit me any more, not since the heart attack.",
    ],
)
def test_the_negation_guard_gives_way_when_fear_or_past_harm_is_spoken_of(text: str) -> None:
    assert PV in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "He reads my messages, he never hits me.",
        "I'm not scared of him, but he takes my salary.",
    ],
)
def test_negation_never_cancels_control(text: str) -> None:
    assert PV in types_of(text)


def test_a_hit_is_a_frozen_value_whose_evidence_is_its_span() -> None:
    text = "Long week.\nHe grabbed my wrist so hard it left marks, and I'm scared of him."
    hits = find_safety(text)
    assert hits
    for h in hits:
        assert isinstance(h, SafetyHit)
        assert h.type in SAFETY_HIT_TYPES
        assert text[h.start : h.end] == h.evidence
        assert h.explanation and h.explanation[0].isupper()
        with pytest.raises(dataclasses.FrozenInstanceError):
            h.start = 0  # type: ignore[misc]


def test_hits_come_in_text_order_without_duplicates() -> None:
    text = "I'm scared of him. He reads my messages. I wish I could sleep and not wake up."
    hits = find_safety(text)
    keys = [(h.start, h.end, h.type) for h in hits]
    assert keys == sorted(keys)
    assert len(keys) == len(set(keys))
    assert {h.type for h in hits} == {PV, SH}


def test_evidence_maps_back_through_curly_quotes_and_odd_whitespace() -> None:
    text = "Honestly\u2026 he\u2019s   taken my  passport \u201cfor safekeeping\u201d."
    hits = find_safety(text)
    assert hits
    assert all(text[h.start : h.end] == h.evidence for h in hits)


def test_empty_and_blank_text_give_nothing() -> None:
    assert find_safety("") == []
    assert find_safety("   \n\t ") == []


@pytest.mark.parametrize(
    "text",
    [
        "a" * 100_000,
        " " * 100_000,
        "." * 100_000,
        "he " * 33_000,
        "my husband " * 9_000,
        "i " * 50_000,
        ("He reads my messages and I'm scared of him. " * 2300)[:100_000],
    ],
)
def test_pathological_100kb_inputs_return_quickly(text: str) -> None:
    t0 = time.perf_counter()
    find_safety(text)
    assert time.perf_counter() - t0 < 5.0


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                *"abehilmorstuy '.!?\n\u2019\"",
                *("he ", "me ", "my ", "scared of ", "hit ", "kill myself ", "haha ", "never "),
            ]
        ),
        max_size=400,
    ).map(lambda parts: ("".join(parts) * (1 + 100_000 // max(1, len("".join(parts)))))[:100_000])
)
def test_any_text_up_to_100kb_returns_quickly_and_consistently(text: str) -> None:
    t0 = time.perf_counter()
    hits = find_safety(text)
    assert time.perf_counter() - t0 < 5.0
    for h in hits:
        assert 0 <= h.start < h.end <= len(text)
        assert text[h.start : h.end] == h.evidence


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    for h in find_safety(text):
        assert text[h.start : h.end] == h.evidence


def test_the_substring_gate_never_changes_what_is_found() -> None:
    # The gate only skips rules whose required words are absent; on real writing (our own
    # corpus, safety cases included) the hits must be exactly those of running every rule.
    import dataclasses

    from reconnect.analysis import corpus, safety_rules

    texts = [item["text"] for item in corpus.load("moments") if item["safety"]][:150]
    texts += [item["text"] for item in corpus.load("moments")][:250]
    gated = safety_rules._RULES_T
    assert all(rule.needles for rule in gated)
    with_gate = [find_safety(text) for text in texts]
    ungated = tuple(dataclasses.replace(rule, needles=None) for rule in gated)
    try:
        safety_rules._RULES_T = ungated
        without_gate = [find_safety(text) for text in texts]
    finally:
        safety_rules._RULES_T = gated
    assert with_gate == without_gate
    assert sum(bool(hits) for hits in with_gate) >= 100


@given(
    st.text(
        alphabet="aB z'`\"\n\r\t\x0b\x0c\x1c\x85.!?-\u2019\u00e9\u2028",
        max_size=80,
    )
)
def test_the_fast_normal_text_is_the_careful_one(text: str) -> None:
    from reconnect.analysis.safety_rules import _normal_text, _normalise

    assert _normal_text(text) == _normalise(text).text


@pytest.mark.parametrize(
    "text",
    [
        "She keeps saying she wishes she was dead.",
        "My husband keeps saying the kids would be better off without him.",
        "He texted that he can't see the point anymore.",
        "She stopped eating and told me she doesn't see the point. I'm scared.",
        "He doesn't see the point of going on since the redundancy.",
    ],
)
def test_a_partner_s_own_words_about_not_being_here_are_caught(text: str) -> None:
    hits = find_safety(text)
    assert [h.type for h in hits] == ["self_harm"]
    assert "your partner" in hits[0].explanation
    assert hits[0].about == "partner"


def test_the_writer_s_own_words_are_about_the_writer() -> None:
    hits = find_safety("Sometimes I think everyone would be better off without me.")
    assert [(h.type, h.about) for h in hits] == [("self_harm", "self")]


@pytest.mark.parametrize(
    "text",
    [
        "He doesn't see the point of the wedding.",
        "She said she doesn't see the point in arguing about the bins.",
        "He said he doesn't see the point, so we skipped the party.",
        "My mum says I would be better off without him.",
    ],
)
def test_a_partner_seeing_no_point_in_a_plan_is_not_a_signal(text: str) -> None:
    assert find_safety(text) == []
