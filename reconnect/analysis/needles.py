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


def required_groups(items: Any) -> list[set[str]]:
    """Sets of strings such that every match of a parsed pattern holds one of *each* set.

    ``items`` is what ``re._parser.parse`` returns. The sets come from the pattern's parts in
    sequence (literal runs, groups, alternations, repeats of at least one).
    """
    groups: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            groups.append({"".join(run)})
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
            groups.append(found)
    flush()
    return groups


def _selectivity(words: set[str] | tuple[str, ...]) -> int:
    # A set is as selective as its shortest string is long.
    return min(len(w) for w in words)


def required_literals(items: Any) -> set[str] | None:
    """The most selective of ``required_groups``, or ``None`` when there is none."""
    groups = required_groups(items)
    return max(groups, key=_selectivity) if groups else None


def needle_groups(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Lower-cased ``required_groups`` of a pattern, the most selective first; () if unknown.

    For text that is lower-cased before matching, as both rule readers do.
    """
    try:
        groups = required_groups(_parser.parse(pattern))
    except Exception:  # an unusual construct: never skip this rule
        return ()
    out = []
    for group in groups:
        words = {w.lower() for w in group}
        # a needle that contains another needle adds nothing to the test: drop it
        out.append(tuple(sorted(w for w in words if not any(v != w and v in w for v in words))))
    # stable: equally selective groups keep their order in the pattern
    return tuple(sorted(out, key=_selectivity, reverse=True))


def holds_all(text: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    """True when ``text`` holds a needle of every group, so the pattern may match."""
    has = text.__contains__
    return all(any(map(has, group)) for group in groups)


# Past the first few groups a further test rarely skips a pattern the others let through.
GROUPS_TESTED = 3
