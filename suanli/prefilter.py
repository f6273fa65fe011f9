"""A regular expression put behind a look-ahead on the characters any match can start with.

Python's `re` scans a text by trying the whole pattern at every position. For a long alternation
whose branches open with groups or look-behinds (the period, rank and quantity patterns) it cannot
tell from the first character that no branch can match there, so every branch is tried at every
character of the article. `prefiltered` computes the set of possible first characters from the
pattern's parse tree and prepends `(?=[...])`: positions that cannot start a match fail at one
character-class test. The matches, their spans and groups are unchanged (the look-ahead admits a
superset of the starts the pattern itself admits); tests/test_prefilter.py checks that.

The parse tree comes from `re._parser`, the standard library's own parser (there is no public
API for a pattern's structure). Anything this reading does not know (a back-reference, a negated
or unfamiliar class, a pattern that can match the empty string, inline global flags) leaves the
pattern as it was, so only speed, never a match, depends on it.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_SPACE: r"\s",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


class _Unreadable(Exception):
    """A construct whose first characters are not worked out here."""


def _class_items(items: list) -> list[str]:
    out = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            raise _Unreadable(op)  # a negated class or category admits almost anything
    return out


def _first_of_node(op, av) -> tuple[list[str], bool]:
    """(class items a match of the node can start with, whether it can match empty)."""
    if op is sre.LITERAL:
        return [re.escape(chr(av))], False
    if op is sre.IN:
        return _class_items(av), False
    if op is sre.SUBPATTERN:
        return _first(av[3])
    if op is sre.ATOMIC_GROUP:
        return _first(av)
    if op is sre.BRANCH:
        items, nullable = [], False
        for alternative in av[1]:
            first, empty = _first(alternative)
            items += first
            nullable = nullable or empty
        return items, nullable
    if op in _REPEATS:
        first, empty = _first(av[2])
        return first, empty or av[0] == 0
    raise _Unreadable(op)


def _first(sequence) -> tuple[list[str], bool]:
    """(class items a match of the sequence can start with, whether it can match empty)."""
    items: list[str] = []
    for op, av in sequence:
        if op is sre.ASSERT and av[0] == 1:
            # A look-ahead ("(?=而)", a break before a word) that must read a character: the
            # match starts with one of the nodes before it or with what it reads.
            try:
                first, nullable = _first(av[1])
            except _Unreadable:  # ("(?=[^A-Za-z0-9])": then it only narrows, as below)
                continue
            if not nullable:
                return items + first, False
            continue
        if op in _ZERO_WIDTH:
            continue  # it only narrows where a match starts; the superset stays a superset
        first, nullable = _first_of_node(op, av)
        items += first
        if not nullable:
            return items, False
    return items, True


def prefiltered(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` behind a look-ahead on its possible first characters, or
    compiled as it is when they cannot be worked out. The look-ahead is case-insensitive, so that
    a `(?i:…)` part is covered; that only widens the superset. For patterns compiled once (at
    import, or when the reference entities load): the parse costs more than it saves on a pattern
    built for one article."""
    if _GLOBAL_FLAGS.match(pattern):
        return re.compile(pattern, flags)
    try:
        items, nullable = _first(sre_parse.parse(pattern, flags))
    except _Unreadable:
        return re.compile(pattern, flags)
    if nullable:
        return re.compile(pattern, flags)
    lead = "(?=(?i:[" + "".join(dict.fromkeys(items)) + "]))"
    return re.compile(f"{lead}(?:{pattern})", flags)
