"""The product's words for exits, effects, steps, feelings and topics, in one place.

The ids match the analysis engine and ../shared/DOMAIN.md; the labels are what people read.
"""

from __future__ import annotations

EXITS = [
    ("distraction", "Distraction", "Phone, TV, games, going out, instead of talking"),
    ("shutting_down", "Shutting down", "Going quiet, walking off, acting as if it doesn't matter"),
    ("fighting_blaming", "Fighting or blaming", "Criticism, sarcasm, picking a fight"),
    ("overworking", "Overworking", "Staying busy with work, chores or errands"),
    ("focusing_on_others", "Focusing on others", "Kids, friends, family or pets first"),
]
EXIT_LABELS = {key: label for key, label, _ in EXITS}
EXIT_CHOICES = [(key, label) for key, label, _ in EXITS]

ACTORS = [("self", "Me"), ("partner", "My partner"), ("both", "Both of us")]
ACTOR_LABELS = dict(ACTORS)

EFFECTS = [
    ("hurt", "Hurt", "Feeling uncared for or unimportant"),
    ("loneliness", "Lonely", "Alone, even together"),
    ("misunderstanding", "Misunderstood", "Assuming the worst, or being misread"),
]
EFFECT_CHOICES = [(key, label) for key, label, _ in EFFECTS]
EFFECT_LABELS = dict(EFFECT_CHOICES)

STEPS = [
    ("notice", "Notice", "See the pattern: what you reach for when things get tense."),
    ("stay_present", "Stay present", "When the pull to leave comes, pause and breathe."),
    ("talk_openly", "Talk openly", "Share the feeling gently, and invite your partner to share."),
    ("time_together", "Time together", "Small, regular time with no screens in the way."),
    ("honest_kind", "Honest and kind", "Say the hard thing kindly; listen instead of fixing."),
]
STEP_LABELS = {key: label for key, label, _ in STEPS}
STEP_CHOICES = [(key, label) for key, label, _ in STEPS]

# Real feeling words (not judgements like "ignored" or "disrespected", which blame).
FEELINGS = [
    "sad",
    "lonely",
    "hurt",
    "worried",
    "scared",
    "frustrated",
    "angry",
    "tired",
    "overwhelmed",
    "disappointed",
    "confused",
    "embarrassed",
    "jealous",
    "numb",
    "hopeful",
    "grateful",
    "calm",
    "relieved",
    "tender",
    "close",
]
FEELING_CHOICES = [(f, f.capitalize()) for f in FEELINGS]

TOPICS = [
    ("money", "Money"),
    ("chores", "Chores"),
    ("kids", "Kids"),
    ("family", "Family"),
    ("work", "Work"),
    ("intimacy", "Intimacy"),
    ("time", "Time together"),
    ("health", "Health"),
    ("other", "Something else"),
]
TOPIC_LABELS = dict(TOPICS)
