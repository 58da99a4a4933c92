"""A cheap gate in front of a regular expression: strings every match must contain.

Running hundreds of regexes over every text is the slow part of reading it; a plain substring
test first skips the patterns that cannot match, and gives exactly the same matches. The
strings are read from the pattern's parse tree (CPython's ``re._parser``); a pattern it can't
read simply gets no gate.
"""

from __future__ import annotations

from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any


def required_literals(items: Any) -> set[str] | None:  # items: a parsed pattern
    """Strings of which every match of a parsed pattern contains at least one.

    ``items`` is what ``re._parser.parse`` returns; ``None`` means no such strings were found.
    """
    candidates: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append({"".join(run)})
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        found: set[str] | None = None
        if op is _c.SUBPATTERN:
            found = required_literals(av[3])
        elif op is _c.BRANCH:
            branches = [required_literals(branch) for branch in av[1]]
            if all(b is not None for b in branches):
                found = set().union(*[b for b in branches if b is not None])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = required_literals(av[2])
        elif op is _c.ATOMIC_GROUP:
            found = required_literals(av)
        if found:
            candidates.append(found)
    flush()
    if not candidates:
        return None
    # The most selective choice: the set whose shortest string is longest.
    return max(candidates, key=lambda words: min(len(w) for w in words))


def needles(pattern: str) -> tuple[str, ...] | None:
    """Lower-cased strings of which every match contains one, or ``None`` to always run it.

    For text that is lower-cased before matching, as both rule readers do.
    """
    try:
        found = required_literals(_parser.parse(pattern))
    except Exception:  # an unusual construct: never skip this rule
        return None
    if not found:
        return None
    words = {w.lower() for w in found}
    # a needle that contains another needle adds nothing to the test: drop it
    return tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))
