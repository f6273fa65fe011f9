"""A move between two values stated apart: "最高曾达到20万元,如今价格已回落到约6万元", "Last year it
cost $8 per hour. Today the rate has fallen below $2." The value a verb of motion leads to ends
the move; the nearest earlier value of the same measure (in its sentence or the one before) starts
it. Each end keeps its own period: a move that starts in a dated past ("从去年的2万元", "一年以前")
and ends "now" (如今, 目前, today) ends in the publication year."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from suanli.facts.attribution import PHRASE_KIND
from suanli.facts.clauses import Fact
from suanli.facts.cues import _PERIOD_AFTER
from suanli.prefilter import prefiltered
from suanli.quantities import Quantity

# A verb of motion right before the value it leads to: 回落到约, 降至目前的, fallen below, rose to.
_MOVE_TO = prefiltered(
    r"(?:回落|下跌|下滑|下降|滑落|上涨|上升|攀升|飙升|增长|减少|下调|上调|提高|提升"
    r"|降|跌|落|滑|涨|升|增)了?(?:至|到)了?\s*"
    r"(?:(?:目前|现在|如今|当前|今年|年底|年末)的)?\s*"
    r"(?:约|大约|近|接近|仅|只有|不到|低于|超过)?\s*$"
    r"|\b(?:fallen|fell|falls?|dropped|drops?|declined|declines?|slid|slides?|slipped|sunk|sank"
    r"|come down|comes down|risen|rose|rises?|climbed|climbs?|jumped|jumps?|surged|surges?"
    r"|increased|decreased|gone up|gone down)\s+(?:to|below|under|above|beyond|past)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+|only\s+|~\s*|≈\s*)?$",
    re.I,
)
_MOVE_REACH = 24
# The present: 如今, 目前, now, today (and 现价, the price now).
NOW = re.compile(r"如今|目前|现在|现价|当前|眼下|\b(?:now|today|currently|these days)\b", re.I)
# What moves is the measure named before (价格已回落到, the rate has fallen below, 如今已降至):
# nothing, or a bare price word; "其他显卡价格降至…" names a measure of its own.
_SAME_MEASURE_BEFORE = re.compile(
    r"(?:^|[,;:]|\b(?:and|but|while)\b|而)\s*"
    r"(?:(?:如今|目前|现在|当前|眼下|today|now|currently)\s*,?\s*)?(?:(?:the|its|该|其|这一)\s*)?"
    r"(?:[月年日]?(?:价格|售价|租金|报价|单价|价位)|rates?|prices?|rents?|costs?|it|they)?\s*"
    # (一路, "all the way": 从每小时8美元，一路跌到2美元 is the same rate's fall.)
    r"(?:(?:已经?|也|则|再|又|还|更|才|一路|has|have|had|also|since|further|now)\s*)*$",
    re.I,
)
# Money a sentence gives no cue for; a move's end may be such, its start says what it measures.
_UNTYPED_MONEY = ("spend", "amount")
_LEVELS = ("unit_price", "market_size", "spend", "cost")
_FROM_WORD = re.compile(r"从|由|\bfrom\b", re.I)
# "from 40–50 weeks to less than 16 weeks": the end of a move stated with from … to.
_FROM_THEN_TO = re.compile(r"(?:从|由|\bfrom\b)[^,;。]*(?:至|到|\bto\b)[^,;。\d]{0,14}$", re.I)
# A move's end reached from a figure its clause names (从预期的71.3%降到, "from 11.8% to").
_FROM_A_FIGURE_TO = re.compile(
    r"(?:从|由|\bfrom\b)[^,;。\d]{0,12}\d[^,;。]*(?:至|到|\bto\b)[^,;。\d]{0,14}$", re.I
)
_OWN_PERIOD_AFTER = re.compile(r"\s*(?:(?:in|during|as of)\s+(?:the\s+)?)?", re.I)


def pair_moves_across(
    text: str,
    facts: Sequence[Fact],
    earlier: Sequence[Fact],
    periods: Sequence[Quantity],
    published: date | None,
) -> list[Fact]:
    """Pair the sentence's move ends with their starts (in it or in `earlier`, the facts of the
    sentence before); returns the facts a next sentence may pair with."""
    for end in facts:
        if end.metric.endswith("_to"):
            start = _stated_start(end, facts)
        elif not end.metric.endswith("_from") and _ends_a_move(text, end):
            start = _start_of(end, facts, earlier)
            if start is not None:
                # "…月租金为8万元。如今已降至2万元": an end with no cue of its own measures the
                # same as its start.
                base = start.metric.removesuffix("_from")
                end.fact_type, end.metric = start.fact_type, base + "_to"
                start.metric = base + "_from"
                if end.subject is None or end.subject.kind == PHRASE_KIND:
                    end.subject = start.subject  # "…, and the rate has fallen to": the same rate
        else:
            continue
        if start is not None:
            end.period = _end_period(text, start, end, periods, published)
    _then_and_now(text, facts, earlier)
    return list(facts)


# A price marked as the past (2个月前还只要…, 去年, 此前, a year ago, used to) or as the present
# (目前, 如今, now): two of the same measure so marked are the two ends of a move.
_THEN_BEFORE = re.compile(
    r"(?:\d+|[一二两三四五六七八九十半]+)\s?(?:个多月|个月|年|周|星期|天)(?:以)?前|去年|前年|年初|上个?月"
    r"|此前|之前|以前|当时|曾经?|原本|原来"
    r"|\b(?:a|one|two|three|\d+) (?:years?|months?|weeks?) ago\b"
    r"|\blast (?:year|month|quarter)\b|\b(?:earlier|previously|used to|once)\b",
    re.I,
)
_THEN_AFTER = re.compile(
    r"\s*(?:\w+\s+)?(?:a|one|two|three|\d+) (?:years?|months?|weeks?) (?:ago|earlier)\b"
    r"|\s*(?:\w+\s+)?last (?:year|month|quarter)\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;。，；]")
_LEVEL_PRICES = frozenset({"price", "server_price", "rental_price"})


def _then_and_now(text: str, facts: Sequence[Fact], earlier: Sequence[Fact]) -> None:
    """ "目前每条卖3100元，2个月前还只要1500元", "It now sells for $2,000; a year ago it sold for
    $3,000": of two prices of one measure and subject, in a sentence or the one before it in the
    paragraph, the one marked past starts a move and the one marked present ends it."""
    paragraph = facts[0].sentence.paragraph_no if facts else -1
    pool = [f for f in earlier if f.sentence.paragraph_no == paragraph] + list(facts)
    pool = [f for f in pool if f.fact_type == "unit_price" and f.metric in _LEVEL_PRICES]
    nows = [f for f in pool if NOW.search(_own_clause(text, f))]
    thens = [f for f in pool if f not in nows and _marked_past(text, f)]
    for now in nows:
        then = next((f for f in thens if _same_measure(f, now)), None)
        if then is not None:
            thens.remove(then)
            then.metric, now.metric = then.metric + "_from", now.metric + "_to"


def _own_clause(text: str, fact: Fact) -> str:
    """The words of the fact's clause before its figure."""
    start = fact.sentence.char_start
    words = text[start : fact.quantity.char_start]
    breaks = list(_CLAUSE_END.finditer(words))
    return words[breaks[-1].end() :] if breaks else words


def _marked_past(text: str, fact: Fact) -> bool:
    return bool(
        _THEN_BEFORE.search(_own_clause(text, fact))
        or _THEN_AFTER.match(text, fact.quantity.char_end, fact.sentence.char_end)
    )


def _same_measure(then: Fact, now: Fact) -> bool:
    if then.metric != now.metric or then.unit != now.unit:
        return False
    named = [f.subject for f in (then, now) if f.subject and f.subject.kind != PHRASE_KIND]
    return len(named) < 2 or named[0] == named[1]


def _stated_start(end: Fact, facts: Sequence[Fact]) -> Fact | None:
    """The start of a move stated in one clause ("从去年的2万元跌到6000元", "rose to $3 from
    $2"): the nearest of its measure."""
    base = end.metric.removesuffix("_to")
    starts = [f for f in facts if f.metric == base + "_from"]
    at = end.quantity.char_start
    return min(starts, key=lambda f: abs(f.quantity.char_start - at)) if starts else None


def in_a_move(text: str, q: Quantity, clause_start: int) -> bool:
    """Whether the figure is an end of a move its clause states from … to (从X降至Y, from X to
    Y): its start or the end reached from it."""
    reach = max(clause_start, q.char_start - _MOVE_REACH)
    return bool(
        _FROM_WORD.search(text, reach, q.char_start)
        or _FROM_THEN_TO.search(text, clause_start, q.char_start)
    )


def reached_by_a_move(text: str, q: Quantity, clause_start: int) -> bool:
    """Whether the figure is the end a move its clause states from … to reaches (from 11.8% to
    6.3%, 毛利率也从预期的71.3%降到60.5%): not its start, nor a figure after a "from" that
    starts no move ("cash flow from operations came to $918 million")."""
    return _FROM_A_FIGURE_TO.search(text, clause_start, q.char_start) is not None


def _ends_a_move(text: str, fact: Fact) -> bool:
    q = fact.quantity
    reach = max(fact.sentence.char_start, q.char_start - _MOVE_REACH)
    verb = _MOVE_TO.search(text, reach, q.char_start)
    return verb is not None and bool(
        _SAME_MEASURE_BEFORE.search(text[fact.sentence.char_start : verb.start()])
    )


def _start_of(end: Fact, facts: Sequence[Fact], earlier: Sequence[Fact]) -> Fact | None:
    """The nearest value before the end of the same measure, unit and subject, not yet paired:
    a plain value, or a start its own clause marked (从每小时8美元，一路跌到2美元: the clause of 从
    ends before the verb's) that no end has taken."""
    before = [f for f in facts if f.quantity.char_end <= end.quantity.char_start]
    same_paragraph = [f for f in earlier if f.sentence.paragraph_no == end.sentence.paragraph_no]
    for fact in reversed([*same_paragraph, *before]):
        untyped = (end.fact_type, end.metric) == _UNTYPED_MONEY and fact.fact_type in _LEVELS
        base = fact.metric.removesuffix("_from")
        if fact.metric.endswith("_from") and _ended(fact, base, before):
            continue
        # (A bare price the verb reaches is the server's its start names: 这款服务器的价格从80万元，
        # 一路涨到120万元.)
        server = (base, end.metric) == ("server_price", "price")
        if (base != end.metric and not untyped and not server) or fact.unit != end.unit:
            continue
        named = end.subject is not None and end.subject.kind != PHRASE_KIND
        if named and fact.subject != end.subject:
            return None
        return fact
    return None


def _ended(start: Fact, base: str, before: Sequence[Fact]) -> bool:
    """Whether an end of the start's measure follows it already (从8美元跌到4美元, …)."""
    at = start.quantity.char_end
    return any(f.metric == base + "_to" and f.quantity.char_start >= at for f in before)


def _end_period(
    text: str, start: Fact, end: Fact, periods: Sequence[Quantity], published: date | None
) -> str | None:
    """The end's own period if stated between the two; "now" if the move runs to the present;
    else the period the end was given. An end dated apart from its start keeps its date."""
    if end.period is not None and end.period != start.period:
        return end.period
    between = [
        p
        for p in periods
        if start.quantity.char_end <= p.char_start < end.quantity.char_start
        and not _PERIOD_AFTER.fullmatch(text, start.quantity.char_end, p.char_start)
    ]
    if between:
        return between[-1].period
    if published is None or start.period is None:
        return end.period
    first, last = sorted((start.quantity.char_end, end.quantity.char_start))
    if NOW.search(text, first, last) or _dated_start(text, start, periods):
        return str(published.year)
    return end.period


def _dated_start(text: str, start: Fact, periods: Sequence[Quantity]) -> bool:
    """ "从去年的2万元", "from $40,000 in 2023", "from $2 last year": the start's own date, inside
    its from-phrase or right after it."""
    q = start.quantity
    if any(_OWN_PERIOD_AFTER.fullmatch(text, q.char_end, p.char_start) for p in periods):
        return True
    reach = max(start.sentence.char_start, q.char_start - _MOVE_REACH)
    words = list(_FROM_WORD.finditer(text, reach, q.char_start))
    if not words:
        return False
    return any(words[-1].end() <= p.char_start < q.char_start for p in periods)


# A company's money or a market's size moving between two levels ("raised its capex guidance to
# $70 billion from $66 billion", 市场规模将从385亿元增长到1780亿元) states two levels of that
# measure, each dated by its own period; the marks of a move's ends stay on the prices and shares
# that trackers and marts follow as moves.
# What a growth is set against, named by its year: after the growth in English ("a 67% jump from
# the $381 billion they spent in 2025", "up 28% from 2025's $40 billion"), before it in Chinese
# ("较2025年的900亿元增长35%", "比2023年增长21%"); not a point of the year (较2024年底).
_BASE_YEAR_AFTER = re.compile(
    r"[^,;，；]{0,16}?\b(?:from|on|over|than|versus|compared (?:with|to))\s+(?:the\s+)?"
    r"(?:[^,;，；]{0,48}?\b(?:in|of|during)\s+)?((?:19|20)\d{2})(?![\d-])",
    re.I,
)
_BASE_YEAR_BEFORE = re.compile(
    r"(?:较|比|相比于?|相较于?|對比|对比)\s*((?:19|20)\d{2})\s*年(?!底|末|[初一二三四五六七八九十\d])"
    r"[^,;，；。]{0,24}$"
)
_WHOLE_YEAR = re.compile(r"(?:FY)?(\d{4})")


def growth_on_a_named_year(
    text: str, q: Quantity, clause_end: int, period: str | None, published: date | None
) -> str | None:
    """The kind of a growth set against a named year (None when it names none): year on year
    when that year is the one before the figure's own year, or, the figure dated by no year,
    before the year of publication; a plain growth when set against an older year."""
    after = _BASE_YEAR_AFTER.match(text, q.char_end, clause_end)
    named = after or _BASE_YEAR_BEFORE.search(text, max(0, q.char_start - 40), q.char_start)
    if named is None:
        return None
    own = _WHOLE_YEAR.fullmatch(period) if period else None
    if period and own is None:
        return None  # (a quarter set against a whole year: the quarter's own rules decide)
    year = int(own.group(1)) if own else published.year if published else None
    return "yoy_growth" if year is not None and int(named.group(1)) == year - 1 else "growth"


_LEVELS_OF_A_MEASURE = frozenset({"spend", "market_size", "cost", "earnings"})
# A company's own ratios (毛利率从71.3%降至60.5%, "operating margin was 6%, down from 16%", 占营收
# 的比重从25%降到17%) are levels of one measure at two times, as its money is: each end is that
# margin or part of revenue, dated by its own period. A market share keeps its ends, as the
# corpus reads it (market_share_from/to).
_RATIOS_OF_A_COMPANY = re.compile(r"(?:\w+_margin|revenue_share)_(?:from|to)")


def levels_keep_their_measure(facts: Sequence[Fact]) -> None:
    """Drop the _from/_to marks of the ends of a move of money, a market's size or a company's
    margin or part of revenue, once the moves are paired and dated."""
    for fact in facts:
        if fact.fact_type in _LEVELS_OF_A_MEASURE or (
            fact.fact_type == "share" and _RATIOS_OF_A_COMPANY.fullmatch(fact.metric)
        ):
            fact.metric = fact.metric.removesuffix("_from").removesuffix("_to")
