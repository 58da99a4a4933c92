"""The rule detectors for exits, effects, steps and safety, and the topic words.

Patterns describe behaviour, not labels: "turned the TV up", "picked up an extra shift". Gaps
between words are bounded (``_GAP``) so that no pattern can backtrack badly. Each ``why``
completes "'<the words>' — ..." in a warm, plain voice that does not take sides.
"""

from __future__ import annotations

import re

from reconnect.analysis.detectors import Detector, Pattern, Registry, pattern

# One to three words in between ("his phone", "her stupid phone").
_GAP = r"(?:\W+[\w']+){0,3}?\W+"
_POSS = r"(?:my|his|her|their|our|the|a)"
_SCREEN = (
    r"(?:phones?|screens?|tiktok|instagram|insta|reddit|youtube|netflix|tv|telly|television"
    r"|laptop|ipad|tablet|computer|pc|video ?games?|games?|gaming|xbox|playstation|ps[45]"
    r"|switch|console|headphones|airpods|earbuds|headset|podcasts?|news|feed|emails?"
    r"|socials|social media|twitter|facebook|discord|twitch|f1|football|football match"
    r"|pinterest|snapchat|whatsapp|the remote|remote|channels"
    r"|the match|the game|sports|fantasy)"
)
_SCROLL = r"(?:scroll\w*|swip\w*|doomscroll\w*|refresh\w*|browsing|browses|browsed|flick\w* through|flipp\w* through)"
_PERSON = (
    r"(?:mom|mum|mother|dad|father|sister|brother|parents|friends?|mates|buddies|the kids"
    r"|kids|son|daughter|family|cousin|best friend|bestie|sister-in-law|in-laws|aunt|uncle"
    r"|grandma|grandpa|coworker|colleague|neighbou?r|the dog|dog|the cat|cat|puppy|church)"
)
_FLEE = r"(?:went|goes|going|go|headed|heads|disappeared|escaped|retreated|vanished|stormed)"


def _exit(
    name: str,
    patterns: list[Pattern],
    context: tuple[str, ...] = (),
    blockers: tuple[str, ...] = (),
) -> Detector:
    return Detector(
        f"{name}_detector", "exit", name, tuple(patterns), context, (*blockers, *_ROUTINE)
    )


# Said of a job or a settled habit, the same words are no exit: "I'm on my phone a lot because I
# manage social media for a living", "I call my sister every Wednesday, it's our thing".
_ROUTINE = ("for a living", "our thing", "our ritual", "my routine", "his routine", "her routine")


_HEALTHY = (
    "together",
    "lovely",
    "cozy",
    "cosy",
    "fun",
    "best date",
    "date night",
    "laughed",
    "we agreed",
    "agreed",
    "both loved",
    "snuggled",
    "cuddled",
)
_AVOID_CONTEXT = (
    "instead",
    "talk",
    "talking",
    "conversation",
    "brought up",
    "bring up",
    "when i",
    "fight",
    "argument",
    "avoid",
    "avoiding",
    "again",
    "ignored",
    "ignoring",
    "whole time",
)

DISTRACTION = _exit(
    "distraction",
    [
        pattern(
            "scrolling",
            rf"\b(?P<ev>{_SCROLL}(?:\W+[\w']+){{0,4}}?\W+{_SCREEN}"
            rf"|{_SCROLL}\b(?:\W+(?:through|on|past))?)",
            "scrolling a screen instead of meeting each other",
            0.6,
        ),
        pattern(
            "reach_screen",
            rf"\b(?P<ev>(?:grab\w*|reach\w* for|pick\w* up|pull\w* out"
            rf"|took out|whipped out|check\w*|unlock\w*|stared at|staring at|stare at|press\w*"
            rf"|went on|goes on|go on|got on|gets on"
            rf"|look\w* at|buried{_GAP}(?:face|nose|head) in|went back to|back to)"
            rf"\W+{_POSS}?\W*{_SCREEN})",
            "reaching for a screen when the talk got hard",
            0.55,
        ),
        pattern(
            "on_screen",
            r"\b(?P<ev>(?:on|glued to|into|in)\W+(?:his|her|my|their)\W+"
            r"(?:phones?|laptop|ipad|games?|switch|xbox|console|screen))",
            "attention going to a screen rather than to each other",
            0.5,
        ),
        pattern(
            "turn_up",
            r"\b(?P<ev>turn\w*\W+(?:the\W+)?(?:tv|telly|volume|music|game|it)"
            r"\W+up|put\w*\W+(?:his|her|my|their)\W+(?:headphones|airpods|earbuds|headset)"
            r"(?:\W+(?:back\W+)?in|\W+on)?)",
            "tuning the other person out with sound",
            0.65,
        ),
        pattern(
            "gaming",
            r"\b(?P<ev>(?:play\w*|gam\w*|grind\w*|queued?)\b(?:\W+[\w']+){0,4}?"
            r"\W+(?:till|until|all night|for hours|all evening|all weekend|at \d|\d ?am)\b"
            r"|(?:one more|another|a quick)\W+(?:\"|')?(?:game|match|round|episode|level))",
            "disappearing into a game when things felt heavy",
            0.6,
        ),
        pattern(
            "binge",
            r"\b(?P<ev>binge\w*|(?:another|next) episode|episode after episode"
            r"|autoplay)",
            "letting the next episode fill the space between you",
            0.45,
        ),
        pattern(
            "gym",
            r"\b(?P<ev>(?:went|go|goes|going|headed|ran|run|runs|left)\W+(?:to\W+)?"
            r"(?:the\W+)?(?:gym|garage|shed|workshop|pub|bar|golf|driving range|for a run"
            r"|for a drive|on a run|on a ride|for a ride|fishing|out with)"
            r"|(?:extra|second|another|two)\W+(?:gym|workout|training)\W+\w+"
            r"|(?:tinker\w*|fiddl\w*|fix\w*|tuning|rebuild\w*)\W+(?:with\W+)?"
            r"(?:the|his|her|my)?\W*(?:router|bike|car|guitar|drone|engine|model|synth"
            r"|printer|pc|computer|wifi))",
            "filling the time with an activity instead of each other",
            0.5,
        ),
        pattern(
            "quote_fixing",
            r"(?P<ev>['\"\u2018\u201c](?:fix\w*|check\w*|research\w*|"
            r"organi[sz]\w*|updat\w*|work\w*|catch\w* up|quick)[^'\"\u2019\u201d]{0,40}"
            r"['\"\u2019\u201d])",
            "a task that seems to be there to fill the silence",
            0.45,
        ),
        pattern(
            "tuned_out",
            r"\b(?P<ev>(?:half|barely|not really)\W+(?:listen\w*|look\w* up)"
            r"|zon\w* out|without looking up|didn'?t (?:even )?look up|never looks? up|eyes on (?:the|"
            r"his|her|my) (?:screen|phone|game|tv)|mhm|uh-huh)",
            "listening with half an ear while a screen had the rest",
            0.5,
            negated_ok=True,
        ),
        pattern(
            "watching",
            r"\b(?P<ev>(?:watch\w*|had|has|put|with)\W+(?:\w+\W+){0,2}?"
            r"(?:show|highlights|match|rugby|cricket|football|golf|snooker|darts|news|"
            r"videos?|youtube|tiktoks?|reels|shorts|quiz shows?|westerns|film|movie)\b"
            r"(?:\W+(?:on|up))?|(?:the )?(?:rugby|cricket|football|golf|snooker|match|news|"
            r"telly|tv|radio) (?:on|up|louder)|sound (?:back )?up|"
            r"(?:he|she|they|i) games|"
            r"metal detector|fantasy (?:league|team)|audiobook|kindle|crossword|jigsaw|"
            r"sudoku|solitaire|patience|candy crush|wordle|model (?:trains?|aeroplanes?|"
            r"railway)|allotment|paper up|behind (?:the|his|her|my) (?:paper|newspaper|"
            r"ipad|tablet|laptop|book))",
            "attention going to a screen or a pastime while the moment passed",
            0.5,
        ),
        pattern(
            "hobby",
            rf"\b(?P<ev>(?:on|at) (?:the )?(?:playstation|xbox|switch|ps5|computer|"
            rf"pc|gym|golf course|range|lake|allotment|pub)\b|{_SCREEN}\W+(?:until|till|"
            rf"all (?:night|day|evening|weekend))|(?:laugh\w*|giggl\w*|smil\w*) at (?:\w+ )?"
            rf"(?:tiktoks?|videos?|reels|memes|youtube|(?:his|her|my) phone|(?:his|her|my) "
            rf"screen)|\w+ channel|(?:has|had|with|keeps?|already has) (?:his|her|my) "
            rf"(?:earbuds|airpods|headphones|earphones|headset) (?:in|on)|"
            rf"(?:taken|took|takes|taking) up (?:\w+ )?(?:fishing|golf|running|cycling|"
            rf"climbing|painting|woodwork|chess|poker|darts|bowls)|fishing|quiz night|"
            rf"poker night|five-a-side|5-a-side|band practice|mid[- ](?:match|game|round|"
            rf"raid)|gym (?:then|and then|again|twice)|(?:the|a) gym)\b",
            "an activity that filled the space where a conversation could have been",
            0.45,
        ),
    ],
    context=_AVOID_CONTEXT,
    blockers=_HEALTHY,
)

SHUTTING_DOWN = _exit(
    "shutting_down",
    [
        pattern(
            "quiet",
            r"\b(?P<ev>(?:went|go|goes|going|fell|stayed|was|been|gone|turned)"
            r"\W+(?:very\W+|completely\W+|totally\W+|really\W+|dead\W+|super\W+)?"
            r"(?:quiet|silent|mute|cold|blank|numb|still|distant|flat|grey|dark)"
            r"|silent treatment|stonewall\w*|clam\w* up|frosty|frostily|keep\w* quiet|kept quiet|keeping mum|kept mum|shut\w*\W+(?:down|off|me out|him out"
            r"|her out|the door|herself|himself|myself)|froze\w*\W+(?:\w+\W+)?out|freez\w*"
            r"\W+(?:\w+\W+)?out|cold shoulder|iced? (?:me|him|her) out)",
            "going quiet and closing off instead of staying in the talk",
            0.75,
        ),
        pattern(
            "one_word",
            r"(?P<ev>\b(?:one[- ]word|monosyllab\w*|single[- ]word)\W+"
            r"(?:answers?|replies|reply|texts?|responses?)|['\"\u2018\u201c]\s*(?:fine|ok|"
            r"okay|k|whatever|sure|nothing|i'?m fine|it'?s fine|do what you want|"
            r"forget it|never ?mind)[.!]*\s*['\"\u2019\u201d]|\bthumbs up\b|\bleft (?:me|"
            r"him|her) on (?:read|seen)|\bseen[- ]zoned?)",
            "a short answer that closes the door on the conversation",
            0.65,
            negated_ok=True,
        ),
        pattern(
            "no_words",
            r"\b(?P<ev>(?:didn'?t|did not|wouldn'?t|would not|won'?t|doesn'?t"
            r"|hasn'?t|haven'?t|hadn'?t|has not|have not"
            r"|never|barely|hardly|refus\w* to|wouldnt|didnt|wont|doesnt)\W+"
            r"(?:even\W+)?(?:say|said|speak|talk|answer|reply|respond|look at|meet my"
            r"|make eye|text back|call back|engage|open up|ask)\w*(?:\W+(?:a word|me|"
            r"back|anything|to me|at me|eyes?))?|without (?:a|one) word|not (?:a|one) "
            r"(?:single )?word|no reply|no answer|no response|ghost\w*|ignor\w*)",
            "going silent when something needed to be said",
            0.65,
            negated_ok=True,
        ),
        pattern(
            "left_room",
            rf"\b(?P<ev>(?:walk\w*|stormed|got up and (?:left|walked)|left)"
            rf"\W+(?:out(?:\W+of\W+the\W+(?:room|kitchen|house|conversation|call))?|off"
            rf"|away|the room|the table|the kitchen|the house)|{_FLEE}\W+(?:upstairs|"
            r"to bed (?:without|early without|before (?:i|he|she) could)|"
            r"to (?:the|our|his|her|my) (?:room|bedroom|office|study|car)|"
            r"to the spare room|for a drive)|hung up|hangs up|slammed the door|door shut"
            r"|locked (?:himself|herself|myself) in|pretend\w* to (?:be asleep|sleep))",
            "leaving the room or the talk when it got hard",
            0.6,
        ),
        pattern(
            "not_care",
            r"\b(?P<ev>shrug\w*|whatever|couldn'?t care less|act\w* like (?:i|he|she|they) "
            r"(?:don'?t|didn'?t|doesn'?t) care|doesn'?t "
            r"care|didn'?t care|pretend\w* (?:not to care|it didn'?t matter|to be fine|"
            r"everything was fine|i was fine|(?:he|she) was fine)|acted like (?:nothing|it "
            r"didn'?t)|said (?:it was|i was|(?:he|she) was) fine|changed the subject|"
            r"avoid\w* (?:eye contact|looking at|me|him|her|the topic|the subject|talking))",
            "acting as if it did not matter, which keeps the real feeling out of reach",
            0.55,
            negated_ok=True,
        ),
        pattern(
            "withdraw",
            r"\b(?P<ev>withdr[ae]w\w*|pulled away|pull\w* back|checked out|"
            r"retreat\w*|disappear\w* (?:inside|into) (?:myself|himself|herself)|shut\w* (?:me|him|her) out|turned (?:his|her|my) back|"
            r"rolled over|faced the wall|closed off|wall(?:s|ed)? up|in (?:his|her|my) "
            r"shell|sulk\w*|(?:in )?silence for (?:hours|days|the rest)|sleep(?:s|ing)? on "
            r"the couch|slept on the couch|(?:sleep\w*|slept|mov\w*) (?:in|into|to) the "
            r"spare room|separate rooms)",
            "pulling away into silence",
            0.55,
        ),
        pattern(
            "avoid_topic",
            r"\b(?P<ev>don'?t start|not now|drop it|i'?m done talking|end of "
            r"(?:discussion|story)|discussion is (?:closed|over)|(?:not|never) (?:arguing|"
            r"discussing|talking) about (?:this|it|that)|not (?:talking|speaking) to (?:him|her|me|"
            r"each other|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|hubby|fianc\w+))|(?:nobody|no one|neither "
            r"of us) (?:mentions?|mentioned|said|says|brought|brings)|not (?:discussing|"
            r"talking about|mentioning)|(?:talk|talked|talking) (?:only )?about (?:the bins|"
            r"groceries|the weather|logistics|the kids' schedule|nothing)|pass each other|"
            r"went (?:for|on) a ['\u2018\"](?:walk|drive)|at the word|"
            r"(?:went|go|goes) to (?:our|separate|different) (?:corners|rooms)|"
            r"to (?:his|her|my|our) corners?|said (?:he|she|they)'?d rather not|"
            r"pretend\w* (?:to be asleep|not to hear|i didn'?t hear|(?:he|she) didn'?t hear))",
            "steering around the hard subject so it never gets said",
            0.55,
            negated_ok=True,
        ),
    ],
    context=(*_AVOID_CONTEXT, "days", "all night", "all evening", "for hours"),
    blockers=(
        "we agreed",
        "came back",
        "back by",
        "twenty minutes",
        "20 minutes",
        "as agreed",
        "timed break",
        "then came back",
        # Things and places go quiet or shut down too.
        "library",
        "the fan",
        "laptop",
        "shop",
        "store",
        "factory",
        "the rule",
        "wifi",
        "engine",
    ),
)

FIGHTING_BLAMING = _exit(
    "fighting_blaming",
    [
        pattern(
            "blame",
            r"\b(?P<ev>blam\w*|criticis\w*|criticiz\w*|nitpick\w*|nit-pick\w*|"
            r"pick\w* (?:a |another )?fight|pick\w* at|snap\w*|snipe\w*|sniping|snark\w*|"
            r"sarcas\w*|dig (?:at|about)|digs? at|jab\w*|a crack about|snide|"
            r"yell\w*|shout\w*|scream\w*|raised (?:his|her|my) voice|lash\w* out|"
            r"went off|blew up|blow up|exploded|bit (?:his|her|my) head off|"
            r"attack\w*|accus\w*|throw\w* (?:it|that) (?:back|in)|threw (?:it|that) "
            r"(?:back|in)|brought up (?:every|the time|all|old)|dredg\w* up|"
            r"mock\w*|belittl\w*|insult\w*|call\w* (?:me|him|her) (?:a |an )?\w+|"
            r"scoff\w*|muttered|rolled (?:his|her|my) eyes|eye-?roll\w*|argu\w* about|"
            r"fought about|bicker\w*|turned it (?:around|back) on|made it about|quarrel\w*|"
            r"point\w* (?:the )?fingers?|finger-pointing|pick\w* holes|drag\w* up|grudges?|"
            r"start\w* (?:an? )?(?:argument|row|fight)s?(?! of)|(?:have|has|having) a go at "
            r"(?:me|him|her|them|us|each other)|"
            r"on the (?:attack|defensive)|(?:got|gets|get|getting) defensive|"
            r"(?:throw\w*|threw) (?:\w+ ){0,2}in (?:my|his|her) face|"
            r"(?:just|exactly) like (?:your|his|her|my) (?:father|mother|dad|mum|mom))",
            "going on the attack instead of saying the feeling underneath",
            0.6,
        ),
        pattern(
            "always_never",
            r"(?P<ev>\byou (?:always|never|are always|'re always|re always"
            r"|are so|'re so|re so|can'?t even|don'?t even)\b[^.!?\n]{0,40})",
            "an 'always/never' charge that makes the other person defend instead of listen",
            0.55,
            negated_ok=True,
            hypothetical_ok=True,
        ),
        pattern(
            "sarcasm",
            r"(?P<ev>['\"\u2018\u201c](?:nice of you|thanks for|must be nice|"
            r"wow|good for you|oh great|how nice|so glad|glad you could|lovely of you|"
            r"congrat\w*|well done|real mature)[^'\"\u2019\u201d]{0,60}['\"\u2019\u201d])",
            "a sharp remark that carries the hurt without naming it",
            0.65,
            negated_ok=True,
        ),
        pattern(
            # Named rather than quoted, so "he wasn't sarcastic at all" is not one.
            "sarcasm_named",
            r"\b(?P<ev>sarcastic\w*|passive[- ]aggressive\w*|eye[- ]roll\w*)\b",
            "a sharp remark that carries the hurt without naming it",
            0.65,
        ),
        pattern(
            "scorekeeping",
            r"\b(?P<ev>(?:listed|list\w*|counted|reminded (?:him|her|me)"
            r" of|brought up)\W+(?:every|all the|each)\W+\w+|keeping score|scorecard|"
            r"whose fault|your fault|(?:his|her|my) fault|turned (?:it|this) into a fight)",
            "keeping score instead of sharing what hurts",
            0.55,
            negated_ok=True,
        ),
        pattern(
            "jab",
            r"(?P<ev>\b(?:i|he|she|they) (?:said|told (?:him|her|me)|snapped|muttered|"
            r"replied|answered|shot back)\W+['\"\u2018\u201c]?(?:maybe you|you should|at "
            r"least|must be|oh look|what'?s the point|why don'?t you|typical|of course you|"
            r"your (?:\w+ ){0,2}(?:is|are|was|were|never|always)|you'?re (?:just|so|such|"
            r"always|never|the)|you (?:never|always|only|can'?t|don'?t))|"
            r"\blaughed (?:at|and said)|\blisted (?:every|all)|\bmade fun of|\bmaking fun of|"
            r"\bpoke?d? fun|\bcalled (?:my|his|her|our) \w+ ['\"\u2018\u201c]|more important to (?:him|her|"
            r"you) than me|\bin front of everyone|\bhad words|\bwent at it|\bwent for "
            r"(?:him|her|me)|\btore into|\bhad a go at|\bhad a dig)",
            "a jab that lands where a feeling could have been said",
            0.55,
            negated_ok=True,
        ),
    ],
    context=(*_AVOID_CONTEXT, "instead of saying", "real", "underneath", "actually"),
    blockers=("haha jokingly", "play fight", "pillow fight", "we both laughed", "we laughed"),
)

OVERWORKING = _exit(
    "overworking",
    [
        pattern(
            "late_work",
            r"\b(?P<ev>(?:work\w*|stay\w*|stayed|in the office|at the office|"
            r"at work)\W+(?:late|till|until|past|through)\b(?:\W+\w+){0,2}|late (?:nights?|"
            r"shifts?|meetings?) at (?:the office|work)|(?:extra|double|more|another|every"
            r"|overtime|weekend|night) (?:shifts?|hours|overtime|projects?|clients?|"
            r"contracts?|gigs?)|picked up\W+(?:\w+\W+){0,2}shifts?|overtime|"
            r"volunteer\w* for|took on (?:\w+\W+){0,2}(?:project|work|shift|clients?)|"
            r"brought (?:his|her|my) laptop|laptop (?:open|out)|answering emails|work "
            r"(?:emails?|calls?|texts?)|on (?:a |another )?(?:work )?call|(?:his|her|my) "
            r"(?:office|study|desk)|back to (?:work|the office|his desk|her desk|my desk)|"
            r"deadline\w*|(?:the )?(?:report|spreadsheet|presentation|inbox|invoices?)|"
            r"bur\w* (?:himself|herself|myself|themselves|ourselves) in|one more email)",
            "keeping busy with work when there was something to talk about",
            0.55,
        ),
        pattern(
            "chores",
            r"\b(?P<ev>(?:start\w*|began|suddenly|decided to|had to|needed to|"
            r"went to|kept|just)\W+(?:\w+\W+){0,2}?(?:clean\w*|scrub\w*|vacuum\w*|hoover\w*|"
            r"laundry|dishes|mow\w*|weed\w*|organi[sz]\w*|tidy\w*|declutter\w*|iron\w*|"
            r"paint\w*|fold\w*|reorgani[sz]\w*|wash\w*|sweep\w*|dust\w*|gutters?|garden\w*|"
            r"errands?|groceries|shopping|meal prep\w*|repaint\w*|the budget|taxes|paperwork)"
            r"|(?:deep[- ]clean\w*|re-?organi[sz]\w*|alphabeti[sz]\w*|scrubb\w*)"
            r"|(?:at|around) (?:midnight|\d+ ?(?:pm|am))|doing it all|do it all|"
            r"(?:busy|busier|swamped|slammed)|to-?do list|one more thing|errands?)",
            "staying busy with jobs so the hard talk never quite starts",
            0.45,
        ),
        pattern(
            "jobs",
            r"\b(?P<ev>split\w* (?:the )?(?:wood|logs)|chopp\w* (?:wood|logs)|"
            r"redecorat\w*|regrout\w*|repaint\w*|clearing out|clear\w* out (?:the|her|his)|"
            r"(?:she|he|i) cleans|building (?:a|her|him|them|the) \w+|(?:in|out in|out to) the "
            r"(?:garden|garage|shed|workshop|yard) (?:from|until|till|all|every|again)|"
            r"gutters|the hedge|the shed|fix\w* (?:the )?(?:fence|roof|boiler|tap|car)|"
            r"cooking and hosting|hosting)\b",
            "a job that needs doing just then, which keeps the talk waiting",
            0.45,
        ),
        pattern(
            "projects",
            r"\b(?P<ev>(?:bak\w*|cook\w*|host\w*|runn\w*|organi[sz]\w*|"
            r"plann\w*|coordinat\w*|volunteer\w*|took on|taken on|taking on)\W+(?:\w+\W+){0,2}?"
            r"(?:cakes?|the whole|every|all the|whole|committee|fundraiser|fete|sale|"
            r"wedding|rota|board|campaign|appeal|picnic|event|newsletter|accounts)|"
            r"treasurer|on the board|committee|(?:answer\w*|took|taking|takes) (?:\w+ )?"
            r"(?:work )?calls|laptop all day|(?:works?|working) (?:all|every) (?:day|night|"
            r"weekend|evening)|most productive|stay\w* late|(?:early|first) (?:in|to arrive)|"
            r"(?:leaves?|left|come[s]? (?:back|home)) (?:at|after) (?:ten|eleven|midnight|"
            r"\d+ ?(?:pm|am)?))",
            "filling every hour with a project so there is no room to talk",
            0.45,
        ),
    ],
    context=(*_AVOID_CONTEXT, "midnight", "every night", "every weekend", "again", "suddenly"),
    blockers=("we agreed", "agreed", "until the launch", "for now, together", "both agreed"),
)

FOCUSING_ON_OTHERS = _exit(
    "focusing_on_others",
    [
        pattern(
            "others_time",
            rf"\b(?P<ev>(?:call\w*|ring\w*|phon\w*|text\w*|facetim\w*|visit\w*"
            rf"|help\w*|drove|drive\w*|fly\w*|flew|spent|spend\w*|stay\w*|hang\w* out|"
            rf"lunch|dinner|brunch|coffee|drinks|sleepover|booked|plans?|with|over at|"
            rf"round at|at)\W+(?:\w+\W+){{0,2}}?(?:his|her|my|their|our|the)\W+{_PERSON})",
            "giving the energy to other people instead of to each other",
            0.4,
        ),
        pattern(
            "booked",
            rf"\b(?P<ev>(?:booked|filled|packed|planned)\W+(?:up\W+)?(?:every|each|"
            rf"all (?:the|our)|our)\W+(?:weekend|evening|night|saturday|sunday|free)\w*"
            rf"|every (?:weekend|evening|night|saturday|sunday) (?:with|at)\W+(?:\w+\W+)?"
            rf"{_PERSON}|(?:'|\")?girls'? night|boys'? night|lads|book club|choir|"
            r"(?:walk\w*|took|takes|taking)\W+(?:the\W+)?(?:dog|puppy)\W+(?:out\W+)?(?:for "
            r"(?:hours|ages|two hours|an hour|a long)|again)|walks? (?:the|our) dog)",
            "filling the calendar so there is little room left for the two of you",
            0.5,
        ),
        pattern(
            "kids_first",
            r"\b(?P<ev>(?:the\W+kids?|the\W+baby|our\W+(?:son|daughter|kids?|"
            r"baby)|homework|bedtime|bath ?time|soccer practice|swim lessons|"
            r"(?:his|her|my) (?:mom|mum|mother|dad|father|sister|brother|friend|best "
            r"friend|parents|family|ex)'?s? (?:problems?|drama|crisis|divorce|breakup|"
            r"needs?|moving|wedding|issues?))|(?:fell asleep|falls asleep|sleep\w*)\W+"
            r"(?:in|with)\W+(?:the\W+)?(?:kids?|baby|son|daughter)'?s?\W*(?:room|bed)?)",
            "pouring care into someone else while the two of you drift",
            0.45,
        ),
        pattern(
            "rescuer",
            r"\b(?P<ev>(?:everyone|everybody) else|other people'?s (?:problems|"
            r"drama)|(?:his|her|my) phone (?:for|with) (?:his|her|my) (?:mom|mum|mother|sister"
            r"|friend|brother)|on the phone with (?:his|her|my|their) \w+|the dog gets|"
            r"more time (?:with|for) (?:the|his|her|my) \w+)",
            "looking after everyone else first",
            0.5,
        ),
        pattern(
            "pouring",
            r"\b(?P<ev>pour\w* (?:everything|myself|himself|herself|it all|all "
            r"(?:my|his|her) \w+) into|(?:my|his|her) (?:students|patients|clients|"
            r"congregation|parish|team|mates|lads|guys|girls|community)|with the \w+ "
            r"(?:guys|lads|girls|mates|crowd)|(?:second|another) (?:mother|mum|dad|father) "
            r"to|(?:his|her|my) (?:mate|friend|brother|sister|mother|mum|dad|son|daughter)"
            r"(?: \w+)? (?:asked|needed|needs|wanted) (?:him|her|me) to help|"
            r"(?:whole|entire) (?:life|world|evening|weekend) (?:is|was) (?:the|her|his) "
            r"\w+|everything (?:was|is) about the (?:kids|boys|girls|baby|children)|dot\w* on|"
            r"(?:made|make|makes|making) (?:\w+\W+){1,3}?(?:my|his|her|our|their) (?:whole|"
            rf"entire) (?:life|world)|put\w* (?:the |my |his |her |our )?(?:\w+'s )?(?:{_PERSON}|work|"
            r"job|career|football|team|hobby) (?:first|before (?:me|him|her|us|date)))",
            "pouring care into someone else while the two of you drift",
            0.5,
        ),
        pattern(
            "their_needs",
            r"\b(?P<ev>(?:his|her|my|our|the) (?:son|daughter|kids|children|"
            r"boys|girls|brother|sister|mum|mom|dad|father|mother|friend|friends|family|"
            r"cousin|niece|nephew)(?:'s|s')? (?:\w+ ){0,2}?(?:problems?|crisis|business|plans?|"
            r"shopping|homework|bedtime|wedding|move|resume|needs|kids|shifts?|drama|"
            r"appointments?|paperwork|house|garden|party|birthday)|(?:friend|friends|mates) "
            r"group|group ?chat|helping (?:people|everyone|other people|out)|"
            r"teach\w* (?:our|my|his|her|the) (?:son|daughter|kids|boys|girls)|"
            r"solv\w* (?:it|everything|their|his|her) (?:myself|himself|herself|problems?)?"
            r"|everything (?:was|is) about)",
            "other people's needs coming first, again",
            0.45,
        ),
    ],
    context=(*_AVOID_CONTEXT, "every", "hours", "again", "whenever", "suddenly", "always"),
    blockers=("we both", "together", "we all"),
)


def _simple(
    kind: str, type_: str, patterns: list[Pattern], blockers: tuple[str, ...] = ()
) -> Detector:
    return Detector(f"{type_}_detector", kind, type_, tuple(patterns), (), blockers)


HURT = _simple(
    "effect",
    "hurt",
    [
        pattern(
            "hurt",
            r"\b(?P<ev>hurt\w*|stung|sting|rejected|unwanted|invisible|uncared|"
            r"(?:didn'?t|don'?t|doesn'?t) (?:matter|count)|not (?:important|a priority)|"
            r"unimportant|last on (?:the|his|her) list|afterthought|like furniture|"
            r"like (?:a|an) (?:ghost|stranger|roommate|option)|cried|crying|in tears|tears|"
            r"gutted|crushed|heartbroken|broke my heart|felt small|dismissed|brushed off|"
            r"second place|second best|forgotten|ignored|unloved|uncared for|wounded|"
            r"like i (?:don'?t|didn'?t) (?:matter|exist)|doesn'?t (?:see|notice) me)",
            "",
            0.55,
            negated_ok=True,
        ),
    ],
)
LONELINESS = _simple(
    "effect",
    "loneliness",
    [
        pattern(
            "alone",
            r"\b(?P<ev>lonel\w*|alone|on my own|by myself|isolat\w*|disconnect\w*|"
            r"roommates|flatmates|housemates|strangers|two ships|ships passing|miles apart|"
            r"far away from each other|distant|distance between us|drift\w* apart|"
            r"drifting|in the same room|same house|same bed|parallel lives|miss (?:him|her|us)"
            r"|missed (?:him|her|us)|empty|like a single (?:mom|mum|dad|parent)|"
            r"married single|solo|co-?workers|business partners|colleagues)",
            "",
            0.5,
            negated_ok=True,
        ),
    ],
)
MISUNDERSTANDING = _simple(
    "effect",
    "misunderstanding",
    [
        pattern(
            "assume",
            r"\b(?P<ev>assum\w*|convinced|misread\w*|misunderst\w*|got it wrong|"
            r"took it (?:the wrong way|personally|as)|thought (?:he|she|they|i) (?:was|were|"
            r"had|didn'?t|wanted|must)|must (?:be|have)|no idea (?:what|why|if)|"
            r"(?:don'?t|didn'?t) know (?:what|why|if|whether)|confus\w*|mixed signals|"
            r"read (?:it|that) as|sure (?:he|she) was|guess\w* (?:what|why)|jump\w* to|"
            r"wrong idea|wondered if|wondering if|made up a story|spiral\w*|"
            r"(?:he|she|they) thinks? i|thought i (?:was|didn'?t)|meant)",
            "",
            0.45,
            negated_ok=True,
        ),
    ],
)

NOTICE = _simple(
    "step",
    "notice",
    [
        pattern(
            "notice",
            r"\b(?P<ev>(?:i |we )?(?:notic\w*|realis\w*|realiz\w*|caught myself|"
            r"catch myself|spotted|named|recogni[sz]\w*|saw (?:the|my|our) pattern|"
            r"see (?:the|my|our) pattern|(?:my|our|the) pattern|i know i|i do this|"
            r"my (?:go-to|habit|thing)|i(?: a|')m working on it|aware)\b)",
            "",
            0.5,
            negated_ok=False,
        ),
    ],
)
STAY_PRESENT = _simple(
    "step",
    "stay_present",
    [
        pattern(
            "stay",
            r"\b(?P<ev>(?:stayed|stay|sat back down|sat with|stayed put|didn'?t leave|"
            r"took a (?:deep )?breath|breath\w*|count\w* to|put (?:my|the) (?:phone|"
            r"laptop) down|stayed in the room|came back|turned back|remained|"
            r"stayed (?:at|on|in)))",
            "",
            0.45,
            negated_ok=True,
        ),
    ],
)
TALK_OPENLY = _simple(
    "step",
    "talk_openly",
    [
        pattern(
            "talk",
            r"\b(?P<ev>(?:told (?:him|her|them) (?:how|that i|i felt|i was)|i felt|"
            r"i said i (?:felt|was|missed)|we talked|talked (?:it )?(?:through|about|for|"
            r"properly|honestly|openly)|opened up|shared (?:how|what)|asked (?:him|her|them) "
            r"(?:how|what|if)|we (?:had|finally had) (?:a|the) (?:talk|conversation)|"
            r"(?:i|we) (?:finally )?(?:said|admitted|explained|asked)|gently|softly|"
            r"i feel|sat down (?:and|to) talk))",
            "",
            0.4,
        ),
    ],
)
TIME_TOGETHER = _simple(
    "step",
    "time_together",
    [
        pattern(
            "together",
            r"\b(?P<ev>(?:(?:went|go|going) (?:for|on) a (?:walk|hike|date|drive)|"
            r"date night|phones? (?:away|off|down|in a drawer|in the drawer)|no phones|"
            r"cooked (?:together|dinner together)|dinner together|walk together|together|"
            r"just the two of us|the two of us|picnic|weekend away|board game|sat on the "
            r"(?:porch|balcony|couch) (?:and|together)|coffee together))",
            "",
            0.45,
            negated_ok=False,
        ),
    ],
)
HONEST_KIND = _simple(
    "step",
    "honest_kind",
    [
        pattern(
            "kind",
            r"\b(?P<ev>listen\w*|without (?:fixing|trying to fix|interrupting|advice)|"
            r"didn'?t (?:try to )?fix|let (?:him|her|them) (?:talk|finish|vent)|apologi[sz]\w*|"
            r"said sorry|made (?:him|her|them) (?:tea|coffee|breakfast|dinner)|hug\w*|"
            r"thank\w* (?:him|her|them)|kindly|honestly but|left (?:a|him a|her a) note|"
            r"brought (?:him|her) (?:flowers|coffee|tea))",
            "",
            0.4,
            negated_ok=True,
        ),
    ],
)

_FIGURE = re.compile(
    r"\b(?:killing (?:me|it|my)|kill (?:for|it)|killed it|dying (?:to|for|of laughter|laughing)"
    r"|(?:i'?m|im) dead|(?:i'?ll|ill|gonna|going to) (?:kill|murder|strangle) (?:him|her|them)"
    r"\b[^.!?\n]{0,60}(?:haha|lol|lmao|jk|joking|\U0001f602|\U0001f923|spoil\w*|finale|book|"
    r"episode|if (?:he|she) )|bloodbath|slaughter\w* (?:it|us|them)|murder(?:ed)? (?:it|that)|"
    r"could kill for|drop dead gorgeous|dead tired|dead on my feet|hit the (?:gym|road|sack|"
    r"hay|shops|books)|hit it off|knock\w* (?:it|'em) out|punch\w* line|suicide (?:squad|"
    r"sprints|doors|run)|the (?:heat|traffic|commute|job|work|kids|wait) is killing)"
)


def _safety(
    name: str,
    regex: str,
    why: str,
    score: float,
    *,
    negated_ok: bool = True,
    other_ok: bool = False,
    not_self: bool = False,
) -> Pattern:
    # Fear and threats are signals as they stand: safety patterns ignore hypothetical scope,
    # and mostly negation ("I didn't take them" after counting pills is still a signal).
    return pattern(
        name,
        regex,
        why,
        score,
        negated_ok=negated_ok,
        hypothetical_ok=True,
        other_ok=other_ok,
        not_self=not_self,
    )


_HIM = r"(?:him|her|them)"
_HE = r"(?:he|she|they)"
_HIS = r"(?:his|her|their)"
_MONEY = (
    r"(?:money|salary|wages|pay|paycheque|paycheck|pension|benefits|card|bank card|"
    r"debit card|credit card|account|bank account|allowance|receipts?|statements?|"
    r"till receipts|spending|budget app|banking app)"
)
_DOCS = r"(?:passport|visa|documents?|papers|id|residence card|green card|birth certificate)"
_HURT_VERB = (
    r"(?<!it )(?<!that )(?<!tram )(?<!train )(?<!car )(?<!bus )(?:hit|hits|hitting|slapp?\w*|punch\w*|kick\w*|shov\w*|"
    r"chok\w*|strangl\w*|throttl\w*|beaten|smack\w*|bit|bites|twist\w*|burn\w*|"
    r"pinned|grabb?\w*|spat)"
)
_PILLS = r"(?:pills|tablets|meds|medication|sleeping pills|prescription|morphine|bottle)"
# Strong signals stand alone (score >= 0.7); weak ones need the learned model to agree.
_STRONG, _WEAK = 0.8, 0.5

PARTNER_VIOLENCE = Detector(
    "partner_violence_detector",
    "safety",
    "partner_violence",
    (
        _safety(
            "physical",
            rf"\b(?P<ev>{_HURT_VERB} (?:me|my (?:arm|wrist|neck|hair|throat|"
            rf"face|head|shoulder|knee|leg|hand))\b(?! (?:at|to|in) )|black eye|"
            rf"(?:hands?|fingers) (?:around|round|on) my (?:neck|throat)|"
            rf"threw (?:\w+\W+){{0,3}}?(?:at me|at my (?:head|face)|against the wall|"
            rf"across the room)|thrown (?:\w+\W+){{0,2}}?at me|"
            rf"(?:caught|hit) my (?:shoulder|head|face|arm|cheek)|fist through|beat me up|"
            rf"push\w* me (?:down|over|into|against|out of|off)|punch\w* (?:the|a) wall|"
            rf"put (?:his|her) fist|punched (?:the|a) (?:wall|door)|"
            rf"(?:smash\w*|broke|threw|hurled) my (?:phone|laptop|glasses|things)|"
            rf"held me (?:against|by|down)|by my (?:throat|neck|hair)|until it hurts|"
            rf"(?:doesn'?t|don'?t|hasn'?t|didn'?t) (?:hit|hurt) me any ?more)\b",
            "physical force from a partner",
            _STRONG,
            negated_ok=False,
        ),
        _safety(
            "threat",
            rf"\b(?P<ev>threaten\w* (?:me|to)|"
            rf"{_HE}(?:'ll| will| would|'d) (?:make sure i|take the kids|take my|call "
            rf"immigration|report me|have me deported|leave me with nothing)|"
            rf"make sure i (?:never|had nothing|have nothing|don'?t get|lose|regret)|"
            rf"(?:call|tell) (?:the )?(?:immigration|police|home office) (?:on me|and tell)|"
            rf"never see (?:my|the) (?:son|daughter|kids|children|baby) again|"
            rf"(?:a|the|his|her) knife (?:at|to|on|near) (?:me|my)|(?:held|pulled|grabbed|"
            rf"picked up|waved) a knife|(?:keeps?|kept|has|sleeps with|mentions?|mentioning) "
            rf"(?:a|the|his|her) (?:\w+ )?(?:knife|gun)|(?:a|his|her|the) gun|shotgun|rifle|weapon|"
            rf"(?:blocks?|blocked|blocking|stands? in) (?:the )?(?:door|doorway|way out)|"
            rf"stands? very close|loom\w* over me|"
            rf"raised (?:his|her) (?:fist|hand) (?:to|at)|"
            rf"forced (?:me|himself|herself)|force me|made me have sex|"
            rf"(?:didn'?t|doesn'?t|wouldn'?t|won'?t) stop when i (?:said|say) no|"
            rf"cannot refuse|can'?t refuse|(?:say|said) no (?:in bed|to sex)|"
            rf"don'?t say no any ?more|"
            rf"lock\w* (?:me|the door)(?: \w+){{0,2}} (?:in|out|on the step|outside)|"
            rf"left me (?:on the step|outside|locked out)|"
            rf"(?:shouldn'?t|needn'?t|don'?t) bother coming back|"
            rf"if i say no,? (?:he|she|they) (?:gets?|keeps?|doesn'?t|won'?t|just)|"
            rf"careful what i say when|(?:right |just )?(?:by|next to|past|beside) my head|"
            rf"pointed (?:it|a knife|the knife|a gun|the gun) at me|"
            rf"(?:words|things|what) (?:that )?sets? (?:him|her) off|"
            rf"(?:kept|keeps|kept on) going (?:when|after|even)|"
            rf"(?:said|say) i'?m too tired or i don'?t want to|i don'?t want to,? (?:he|she) )\b",
            "a threat, force or being trapped, which is never okay",
            _STRONG,
        ),
        _safety(
            "named_abuse",
            r"\b(?P<ev>(?:domestic|physical|sexual|emotional|financial)"
            r" (?:violence|abuse)|abus(?:ive|er|ed me|es me|ing me)|(?:he|she|they) "
            r"abused|assault\w*|batter\w*|raped? me|rape|sexually assaulted|"
            r"(?:restraining|protective|protection|no[- ]contact) order|"
            r"(?:police|cops) (?:were|was) called|called the (?:police|cops)|"
            r"(?:women'?s|dv|domestic violence) (?:shelter|refuge|hotline))\b",
            "words that name abuse or violence",
            _STRONG,
            negated_ok=False,
        ),
        _safety(
            "threat_weak",
            rf"\b(?P<ev>{_HE}(?:'ll| will| would|'d) (?:kill|hurt) me|"
            rf"threat\w*)\b",
            "words that sound like a threat",
            _WEAK,
        ),
        _safety(
            "fear",
            rf"\b(?P<ev>(?:walk\w* on |on )eggshells|brac\w* myself|"
            rf"(?:{_HIS}) (?:temper|rage|moods?|anger)(?: \w+){{0,2}} (?:scares?|"
            rf"frightens?|terrif\w*)|that'?s what scared me|"
            rf"(?:scared|afraid|terrified|frightened) (?:for my (?:life|safety)|to go "
            rf"(?:home|anywhere))|hide from (?:him|her)|hid from (?:him|her)|"
            rf"hide (?:\w+\W+){{0,4}}?before {_HE} (?:comes|gets) home|"
            rf"(?:read|check)\w* (?:his|her) (?:face|mood|jaw)|"
            rf"(?:by|from) how (?:he|she) (?:closes|shuts|slams|puts)|"
            rf"(?:the way|how) (?:he|she) (?:shuts|closes|slams|puts|sets|drops)(?: \w+){{0,2}}|"
            rf"(?:if|when) (?:it'?s|the door is|the jaw is|he puts|she puts) (?:\w+ )?hard|"
            rf"(?:so|until) (?:he|she) (?:doesn'?t|won'?t) (?:explode|blow up|kick off)|"
            rf"(?:i|we) (?:must|have to|had to) be quiet|"
            rf"keep the kids (?:quiet|in their room)|scared of (?:dad|mum|mom|daddy|mummy)|"
            rf"(?:around|by|on) (?:his|her) moods?|(?:if|when) the (?:car |front |back )?door "
            rf"slams|take the kids (?:upstairs|out) (?:if|when|until|till|before))\b",
            "being afraid of a partner's reactions",
            0.75,
        ),
        _safety(
            "fear_named",
            r"\b(?P<ev>(?:scared|afraid|terrified|frightened) of my "
            r"(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc\w*)|"
            r"(?:not|don'?t feel) safe (?:at home|with (?:him|her))|"
            r"(?:he|she) controls (?:everything|what i|where i|who i|my)|"
            r"(?:tells?|told) me what (?:to wear|i can)|"
            r"(?:is|was|are) not letting me|(?:he|she) (?:don'?t|do not) let me|"
            r"i must ask (?:him|her)|(?:he|she) takes? (?:all )?my (?:money|salary|wages|"
            r"passport|phone|card))\b",
            "fear or control named plainly",
            0.75,
        ),
        _safety(
            "fear_weak",
            r"\b(?P<ev>(?:scared|afraid|terrified|frightened|petrified) "
            r"(?:of (?:him|her|his|what (?:he|she))|(?:to|when) (?:tell|say|disagree|"
            r"speak|ask|answer)|(?:he|she)(?:'ll| will| might| would))|flinch\w*)\b",
            "fear around a partner",
            _WEAK,
        ),
        _safety(
            "control_watch",
            r"\b(?P<ev>(?:reads?|check\w*|goes through|went through|"
            r"look\w* through|monitor\w*|track\w*|demands? to see|wants? to see|wanting to "
            r"see|installed\w*(?: \w+){0,2} on)\W+(?:\w+\W+){0,2}?(?:my|all my) "
            r"(?:phone|messages|texts|emails?|location|dms|chats|browser|calls|"
            r"statements?|bank|receipts?|history)|"
            r"(?:share|sharing|shares) my location|my location (?:on|24/7)|"
            r"tracks? (?:me|where)|knows? (?:every|where) (?:place )?i go|"
            r"(?:know|asks?|ask\w*) who i(?:'ve)? (?:talk|text|see|message|phone|call)\w*|"
            r"who i'?ve (?:phoned|called|texted|seen)|(?:tells?|told|decides?) me who i|"
            r"(?:texted|called|rang) me (?:\w+ )?(?:\d+|eleven|twelve|twenty|thirty|forty|"
            r"fifty|a hundred) times|blows? up my phone|checks? the mileage|"
            r"messages go to (?:his|her)|why i was (?:\w+ ){0,3}(?:minutes|long) at|"
            r"shows? (?:him|her) my (?:phone|location|messages)|"
            r"(?:likes?|wants?|needs?) to know where i am|"
            r"answers? (?:all )?(?:the )?(?:\w+ )?questions for me)\b",
            "being watched: phone, messages or whereabouts",
            _STRONG,
            not_self=True,
        ),
        _safety(
            "control_money",
            rf"\b(?P<ev>(?:take|took|takes|taking|keeps?|keeping|kept|"
            rf"hold\w*|has|"
            rf"control\w*|moved|cancel\w*|goes into|go into|went into|paid into|hid|hides|"
            rf"hidden|taken)\W+(?:\w+\W+){{0,2}}?(?:my|all my) (?:{_MONEY}|{_DOCS}|car keys|"
            rf"keys|phone|bus pass|purse|wallet)|"
            rf"my (?:{_MONEY}) (?:goes|go|went|is paid) (?:into|to) (?:his|her|their)|"
            rf"(?:ask|beg|text|call|ring) (?:him|her|them)(?: \w+){{0,2}} for (?:\w+ )?money|"
            rf"(?:have|had|has|need) to (?:ask|show|send|beg)(?: \w+){{0,4}} "
            rf"(?:money|receipts?|permission|a photo of the receipt)|"
            rf"show (?:him|her) (?:the |every |each )?(?:till )?receipts?|"
            rf"photo of the receipt|(?:every|each) (?:penny|receipt|purchase)|asks? what each|"
            rf"(?:gives?|gave) me (?:an )?(?:allowance|pocket money|\d+ (?:a|per) week)|"
            rf"(?:pounds|dollars|euros?) a week for|card with a limit|"
            rf"(?:handles|handled|took over) all the (?:money|finances)|"
            rf"(?:{_DOCS}) ['\u2018]?(?:safe|for safekeeping)|"
            rf"don'?t need my own (?:phone|money|account|card|bank)|"
            rf"changed (?:the|my) password|borrow\W*my phone|(?:kept|keeps|took|takes|holds) "
            rf"both our (?:passports|documents|papers)|deleted (?:\w+ ){{0,3}}(?:off|from) my phone|"
            rf"(?:must|have to|had to) ask (?:\w+ ){{0,2}}(?:when|for|before|if)|"
            rf"(?:he|she) decides how much|(?:has|knows|keeps) (?:all )?(?:the |my )?passwords|"
            rf"my location shared|wants? (?:the )?receipts|not allowed to know|"
            rf"(?:transfers?|gives?) me (?:\W*my )?\W*allowance)\b",
            "control over money, documents, keys or phone",
            _STRONG,
            other_ok=True,
        ),
        _safety(
            "control_movement",
            r"\b(?P<ev>(?:won'?t|doesn'?t|didn'?t|wouldn'?t) let me|"
            r"(?:doesn'?t|don'?t|won'?t) (?:like|want) me (?:going|to go|driving|to drive|"
            r"seeing|to see|working|to work|having)|"
            r"can only (?:see|go|visit|leave)|only (?:if|when) (?:he|she) comes with me|"
            r"(?:have|has|had|need|must) to (?:ask|tell|check in|report|get permission)"
            r"\W+(?:\w+\W+){0,3}?(?:before|where|when|every|whenever|first)|"
            r"(?:ask|asking|asked|need|needs|get) (?:his|her) permission|"
            r"permission from (?:him|her)|without telling (?:him|her) first|"
            r"cut me off from|isolat\w* me|bad influence|give bad ideas|"
            r"(?:if|hope|whether) (?:he|she) lets me|"
            r"(?:say|says|said) i'?m too emotional to|"
            r"i (?:must|must not|can'?t|cannot) (?:be on my phone|laugh|go out)|"
            r"i don'?t (?:really )?go out (?:any ?more)|easier to just stay in|"
            r"(?:says|said) i shame (?:him|her)|insists? on coming with me|"
            r"i (?:rehearse|practise|practice) (?:the|every|each|what)|"
            r"i haven'?t been back since)\b",
            "control over where you go and who you see",
            0.7,
        ),
        _safety(
            "control_weak2",
            r"\b(?P<ev>controlling|jealous\w*|possessive|punish\w* me|"
            r"(?:yell|scream|shout)\w* at me|trapped|(?:his|her) (?:temper|rage|anger)|"
            r"(?:his|her) (?:permission|approval)|(?:on|watch\w*) (?:his|her) (?:every )?"
            r"(?:mood|face|tone)|makes? me (?:feel )?(?:small|stupid|crazy))\b",
            "signs of control or fear that are worth a gentle second look",
            _WEAK,
        ),
        _safety(
            "control_weak",
            r"\b(?P<ev>(?:not|never) allowed|isn'?t allowed|"
            r"not allowed to (?:have|keep|use|see) (?:my own|a|my)|"
            r"so i don'?t (?:see|go|say no))\b",
            "limits on what you may do",
            _WEAK,
        ),
    ),
    (),
    (),
)

SELF_HARM = Detector(
    "self_harm_detector",
    "safety",
    "self_harm",
    (
        _safety(
            "suicide",
            rf"\b(?P<ev>suicid\w*|kill(?:ing)? myself|end(?:ing)? (?:it all|my "
            rf"life)|take my (?:own )?life|self[- ]harm\w*|cut(?:ting)? myself|"
            rf"hurt(?:ing)? myself|overdos\w*|(?:take|taking|took|swallow\w*) (?:them all|"
            rf"all of them|all (?:the |my |of (?:the|my) )?{_PILLS})|all the {_PILLS}|"
            rf"how many (?:of )?(?:my |the )?{_PILLS}|(?:counted|count\w*) (?:them|the "
            rf"{_PILLS}|my {_PILLS})|(?:box|bottle) of (?:my )?{_PILLS}|"
            rf"(?:jump|step|stood|standing|looked at|look at)\w* (?:\w+ ){{0,3}}?(?:off|from|"
            rf"close to|near|at) the (?:bridge|edge|platform|tracks|roof)(?! club)|"
            rf"turn the wheel|"
            rf"life insurance would|what i'?d write in the letter|goodbye letter|"
            rf"want(?:ed)? to die|wanna die|rather be dead|"
            rf"better off dead|don'?t want to (?:be here|live|exist|wake up|be alive)|"
            rf"not (?:be|being) (?:here|alive) any ?more|about not being (?:alive|here)|"
            rf"tired of being alive|tired of living|no reason to (?:live|go on|keep going)"
            rf"|(?:point|reason) (?:of|in) (?:going on|living|being here)|"
            rf"how easy (?:it would be|to)|(?:if|when) (?:the|a) (?:tram|train|bus|car|truck|"
            rf"lorry) (?:hit|hits) me|the railing|(?:saving|saved|stockpil\w*|hoard\w*) "
            rf"(?:up )?(?:my )?(?:sleeping )?{_PILLS}|(?:driv\w*|drove|crash\w*|steer\w*) "
            rf"(?:\w+ ){{0,2}}into (?:the|a) (?:concrete|pillar|wall|tree|river|oncoming|"
            rf"bridge)|make it (?:all )?stop|look like an accident|insurance would (?:cover|"
            rf"clear|pay)|(?:cutting|cut) (?:again|myself)|the blade|until it bled|"
            rf"not take the bend|let go and fall|scratch\w* my (?:arms|legs|skin|wrists)|"
            rf"burn\w* myself|{_PILLS} in the (?:cupboard|drawer|cabinet)|"
            rf"(?:thinking|thought|think|thinks) (?:about|of) ending it|razor|"
            rf"(?:much |any )?point in (?:me )?(?:carrying on|going on|being here|living)|"
            rf"(?:parked|standing|stood) (?:at|on|by) the (?:lookout|cliff|ledge|edge))\b",
            "thoughts of ending your life or hurting yourself",
            0.85,
            other_ok=True,
        ),
        _safety(
            "passive",
            r"\b(?P<ev>(?:a |such a |the )?(?:weight|burden) (?:on|to|for|"
            r"round|around) (?:everyone|everybody|them|him|her|my \w+|all of)|"
            r"(?:i am|i'?m|feel like) (?:a |such a |the )?(?:weight|burden)|"
            r"(?:they'?d|they would|everyone would|he'?d|she'?d|it would|they'?ll) (?:all )?"
            r"be (?:fine|okay|ok|better|easier) without me|"
            r"(?:better|lighter|easier|happier) (?:off )?(?:\w+ )?"
            r"(?:without me|with me gone|if i (?:was|were|wasn'?t|weren'?t|'?m) (?:gone|"
            r"not here|not around|around|here))|(?:if|when) i'?m gone,? (?:the|they|he|"
            r"she|everyone|it)|without my problems|"
            r"(?:wish|hope|pray)\w* (?:i|the plane|the car|it) (?:could|would|wouldn'?t)"
            r" (?:just )?(?:not (?:wake up|land|come back)|disappear|fall asleep and|"
            r"stop existing|vanish|not exist|crash)|"
            r"(?:not|didn'?t|never) wake up|went to sleep and|better to not exist|"
            r"not to exist|stop existing|(?:okay|ok|easier) to just stop|"
            r"(?:wasn'?t|weren'?t) around|disappear forever|"
            r"no point (?:in )?(?:anything|going on|living|trying|being here)|"
            r"can'?t (?:go on|keep going) any ?more|"
            r"nobody would (?:notice|care|miss)|(?:wouldn'?t|won'?t) (?:even )?(?:miss|"
            r"notice) (?:me|if i)|anyone would notice|"
            r"give up on (?:everything|life)|how dark it gets|dark thoughts|"
            r"if i (?:just )?disappear(?! into)|disappear,? (?:permanently|for good)|"
            r"(?:wasn'?t|weren'?t|not) here any ?more|"
            r"(?:simpler|easier|better|lighter) for (?:everyone|everybody|them|him|her|all)"
            r"(?: \w+){0,2} if|(?:walks?|drives?|days?|nights?) (?:just )?(?:didn'?t|"
            r"wouldn'?t) end|(?:to|would) not exist|"
            r"(?:could|can|would|will|'d|'ll) (?:\w+ ){0,3}without me|"
            r"(?:wouldn'?t|won'?t) (?:even )?remember me|kms|unalive|sleep forever|"
            r"(?:never|not) wake up|wanna (?:die|disappear|not exist|not be here)|"
            r"don'?t (?:want|wanna) to be (?:here|alive)|no ?one would (?:care|notice|miss)|"
            r"disappoint\w* (?:that i did|to wake|"
            r"(?:that )?i woke)|not dying exactly|just stopping)\b",
            "thoughts that others would be better off without you",
            0.75,
            other_ok=True,
        ),
        _safety(
            "distress_weak",
            r"\b(?P<ev>hopeless|no way out|worthless|i hate myself|"
            r"can'?t take (?:it|this) any ?more|tired of (?:everything|it all)|"
            r"(?:nobody|no one) (?:cares|would care)|what'?s the point|don'?t see the point|"
            r"(?:end|ending) it|not (?:be|being) around|gone for good|(?:a|my) way out)\b",
            "heavy words that can hide thoughts of not wanting to be here",
            _WEAK,
            other_ok=True,
        ),
        _safety(
            "passive_weak",
            r"\b(?P<ev>(?:fine|okay|ok) without me|without me in it|"
            r"when i'?m gone|to (?:just )?disappear(?! into)|what'?s the point)\b",
            "words that may hide thoughts of not wanting to be here",
            _WEAK,
            other_ok=True,
        ),
    ),
    (),
    (),
)

TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "money": (
        "money",
        "bill",
        "rent",
        "mortgage",
        "budget",
        "debt",
        "spending",
        "savings",
        "bank",
        "loan",
        "credit card",
        "paycheck",
        "salary",
        "afford",
        "finances",
        "tax",
        "taxes",
        "price",
        "expensive",
        "overdraft",
        "bills",
        "payday",
    ),
    "chores": (
        "chores",
        "dishes",
        "laundry",
        "cleaning",
        "clean",
        "vacuum",
        "hoover",
        "cook",
        "cooking",
        "groceries",
        "bins",
        "trash",
        "tidy",
        "mess",
        "housework",
        "washing",
    ),
    "kids": (
        "kids",
        "kid",
        "children",
        "child",
        "baby",
        "son",
        "daughter",
        "toddler",
        "school",
        "homework",
        "bedtime",
        "parenting",
        "teen",
        "teenager",
        "stepson",
        "stepdaughter",
    ),
    "family": (
        "mom",
        "mum",
        "mother",
        "dad",
        "father",
        "parents",
        "sister",
        "brother",
        "in-laws",
        "in-law",
        "family",
        "grandma",
        "grandpa",
        "cousin",
        "aunt",
        "uncle",
        "christmas",
        "holidays",
        "wedding",
    ),
    "work": (
        "work",
        "job",
        "boss",
        "office",
        "shift",
        "shifts",
        "overtime",
        "deadline",
        "meeting",
        "career",
        "promotion",
        "colleague",
        "coworker",
        "client",
        "emails",
        "laptop",
        "business",
    ),
    "intimacy": (
        "sex",
        "intimacy",
        "intimate",
        "bed",
        "kiss",
        "kissed",
        "touch",
        "cuddle",
        "affection",
        "romance",
        "romantic",
        "desire",
        "date night",
    ),
    "time": (
        "time together",
        "weekend",
        "weekends",
        "evening",
        "evenings",
        "schedule",
        "calendar",
        "plans",
        "quality time",
        "busy",
        "late",
        "hours",
        "vacation",
        "holiday",
        "date",
    ),
    "health": (
        "sick",
        "illness",
        "ill",
        "doctor",
        "hospital",
        "health",
        "pain",
        "depression",
        "anxiety",
        "therapy",
        "therapist",
        "diagnosis",
        "surgery",
        "chronic",
        "medication",
        "pregnant",
        "pregnancy",
        "tired",
        "exhausted",
        "sleep",
        "injury",
        "cancer",
    ),
}

EXIT_DETECTORS = (DISTRACTION, SHUTTING_DOWN, FIGHTING_BLAMING, OVERWORKING, FOCUSING_ON_OTHERS)
EFFECT_DETECTORS = (HURT, LONELINESS, MISUNDERSTANDING)
STEP_DETECTORS = (NOTICE, STAY_PRESENT, TALK_OPENLY, TIME_TOGETHER, HONEST_KIND)
SAFETY_DETECTORS = (PARTNER_VIOLENCE, SELF_HARM)


def default_registry() -> Registry:
    return Registry(EXIT_DETECTORS + EFFECT_DETECTORS + STEP_DETECTORS + SAFETY_DETECTORS)


def is_figure_of_speech(lower_sentence: str) -> bool:
    """Violent words used as a figure of speech ("this heat is killing me")."""
    return _FIGURE.search(lower_sentence) is not None
