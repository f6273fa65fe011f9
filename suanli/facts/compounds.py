"""A length of time written as a compound adjective measures the noun it qualifies.

"a 120-day implementation period", "a 90-day review", "a 2-year supply deal": the hyphened figure
stands right before what it measures, which a clause-opening phrase ("the new rules take effect
after") does not name. A reference entity the figure was given stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from suanli.facts.attribution import PHRASE_KIND, _noun_at
from suanli.facts.clauses import Fact, _Mention

# A length of time written as a compound adjective ("120-day", "90-minute", "two-quarter"): the
# surface of a duration quantity ending in its hyphened unit. (`classify` reads its metric from
# the noun it qualifies, `spans_measure_their_noun` below its subject.)
HYPHENED_SPAN = re.compile(
    r"-(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?)$", re.I
)
_SPACE = re.compile(r"[ \t]+")
# (A clause's break or the sentence's stop ends the noun.)
_BREAK = re.compile(r"[,;:()，；：（）。!?]|\.(?!\d)")


def spans_measure_their_noun(
    text: str, facts: Sequence[Fact], mentions: Sequence[_Mention]
) -> None:
    """Give a duration written "N-day", "N-year" before a noun that noun as its subject, unless a
    reference entity is its subject already. (A span whose metric names what it times, a
    training time or a lead time, keeps the subject that metric was read with.)"""
    for fact in facts:
        q = fact.quantity
        if fact.metric != "duration" or not HYPHENED_SPAN.search(q.surface):
            continue
        if fact.subject is not None and fact.subject.kind != PHRASE_KIND:
            continue
        space = _SPACE.match(text, q.char_end)
        if space is None:
            continue
        stop = _BREAK.search(text, space.end(), fact.sentence.char_end)
        end = stop.start() if stop else fact.sentence.char_end
        noun = _noun_at(text, space.end(), end, mentions, counted=False)
        if noun is not None:
            fact.subject = noun
