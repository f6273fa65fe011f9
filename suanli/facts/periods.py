"""Periods: when a fact's figure is of (2025, 2025Q3, 2025H2, 2025-09), from the periods its
clause, segment or sentence states, respectively-lists paired in order, relative periods
(去年, last quarter) resolved against the publication date and yearless quarters given a year;
the base of a comparison, a dateline or the date of an event dates no figure."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from datetime import date

from suanli.facts.clauses import PERIOD_KINDS, _Clause, _clause_of
from suanli.facts.cues import (
    _BASE_BEFORE,
    _CONTRAST,
    _DATELINE_AFTER,
    _PERIOD_AFTER,
    _TIME_SHIFT,
    _YEAR_EARLIER,
    _YEAR_EARLIER_BEFORE,
    _YEAR_RANGE,
)
from suanli.facts.fiscal import (
    fiscal_month_begins,
    quarter_from_publication,
    yearless_quarter_of_fiscal_year,
)
from suanli.prefilter import prefiltered
from suanli.quantities import Quantity


def _period(
    text: str,
    q: Quantity,
    metric: str,
    periods: Sequence[Quantity],
    clauses: Sequence[_Clause],
    i: int,
    published: date | None = None,
) -> str | None:
    """The year/quarter stated in the quantity's clause, else earlier in its segment, up to a
    clause that turns to something else (`…GPT-3; 而M6的参数量…`, `…, while…`) unless that time is
    over at publication (see `_earlier_in_its_segment`)."""
    period = _stated_period(text, q, periods, clauses, i, published)
    if period is None and metric == "growth_ratio":
        period = _the_level_reached_after(text, q, periods, clauses, i)
    if span := _span_holding(text, periods, period):
        return _period_in_a_span(span, metric)
    # "2022年至2025年…从385亿元增长到1780亿元": the move starts in the first year, ends in the last.
    if period and _YEAR_RANGE.fullmatch(period) and metric.endswith(("_from", "_to")):
        first, last = period.split("-")
        return first if metric.endswith("_from") else last
    if metric == "cagr" and (since := _compounded_since(q, periods, period)):
        return f"{since}-{period}"
    # "$8 a year earlier", "去年同期的X": one year before the period the sentence is about.
    return said_of(text, q, period)


_PLAIN_YEAR = re.compile(r"(?:19|20)\d\d")
# The clause after a multiple that tells the level it grows to ("…aims to double output, making
# about 600,000 chips in 2026", "has more than doubled since 2020, reaching $235.7 billion for
# 2024", "…almost doubled, with revenue of $314.2 billion for the first three quarters of 2025",
# 营收翻倍，达到…).
_THE_LEVEL_REACHED = prefiltered(
    r"[\s,，]*(?:\b(?:reaching|making|hitting|totall?ing|producing|to reach|with)\b"
    r"|(?:并|将|已)?(?:达到|达|增至|升至|增加到|增长到|提升至|提高到))",
    re.I,
)


def _the_level_reached_after(
    text: str, q: Quantity, periods: Sequence[Quantity], clauses: Sequence[_Clause], i: int
) -> str | None:
    """The period of the clause right after a multiple's when that clause tells the level the
    multiple grows to: the multiple is of the time the level is (fifteenth session; blind6 152
    and 161, blind7 181). Not a period the clause sets as a base ("compared to 2024")."""
    if i + 1 >= len(clauses) or clauses[i + 1].segment != clauses[i].segment:
        return None
    after = clauses[i + 1]
    if not _THE_LEVEL_REACHED.match(text, after.start, after.end):
        return None
    stated = [
        p
        for p in periods
        if after.start <= p.char_start < after.end and not _base_of_a_comparison(text, p, q)
    ]
    return stated[0].period if stated else None


def _compounded_since(q: Quantity, periods: Sequence[Quantity], period: str | None) -> str | None:
    """The year a compound rate runs from when it closes a move its sentence dated from one year
    to a later one ("由2025年的175亿美元增至2034年的1657亿美元，年复合增长率28%", "from $17.5
    billion in 2025 to $165.7 billion in 2034, a CAGR of 28%"): the first year stated before it."""
    if not period or not _PLAIN_YEAR.fullmatch(period):
        return None
    years = [
        p.period
        for p in periods
        if p.char_end <= q.char_start and p.kind == "year" and _PLAIN_YEAR.fullmatch(p.period or "")
    ]
    return years[0] if years and years[0] < period else None


# "between October 2025 and March 2026", "from Q3 2024 to Q1 2025", "2025年10月至2026年3月(间)":
# two stated times joined as the ends of one stretch. (Not two days: 12月8日至10日 is an event's
# window, a subscription's or a show's, whose figures are of neither end.)
_SPAN_BETWEEN = re.compile(r"\s*(?:至|到|~|～|-|–|—|\b(?:to|through|until|and)\b)\s*", re.I)
_SPAN_OPENS = re.compile(r"(?:\bbetween|\bfrom|从|由|自)\s*$", re.I)
_ENDS_OF_A_SPAN = frozenset({"year", "quarter", "half_year", "date"})
_A_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _span_holding(
    text: str, periods: Sequence[Quantity], period: str | None
) -> tuple[Quantity, Quantity] | None:
    """The two ends of a stretch of time, one of which is the period the figure took."""
    if not period:
        return None
    for first, last in zip(periods, periods[1:], strict=False):
        if period not in (first.period, last.period):
            continue
        if not all(_an_end_of_a_span(p) for p in (first, last)):
            continue
        if first.period == last.period or first.char_end > last.char_start:
            continue
        joint = _SPAN_BETWEEN.fullmatch(text, first.char_end, last.char_start)
        # ("and" joins two ends only after "between": "in 2024 and 2025" lists two years.)
        if joint and (
            "and" not in joint.group(0).lower()
            or _SPAN_OPENS.search(text, max(0, first.char_start - 9), first.char_start)
        ):
            return first, last
    return None


def _an_end_of_a_span(p: Quantity) -> bool:
    return (
        p.kind in _ENDS_OF_A_SPAN
        and bool(_STATED_YEAR.match(p.period or ""))
        and not (_A_DAY.fullmatch(p.period or ""))
    )


def _period_in_a_span(span: tuple[Quantity, Quantity], metric: str) -> str:
    """A move's start takes the first end and its end the last; any other figure (the change,
    what was sold over the stretch) the stretch: its years (2025-2026), its quarters within a
    year (2025Q1-Q3), else its year."""
    first, last = span
    if metric.endswith("_from"):
        return str(first.period)
    if metric.endswith("_to"):
        return str(last.period)
    start, end = (_STATED_YEAR.match(str(p.period)) for p in span)
    if start.group(0) != end.group(0):
        return f"{start.group(2)}-{end.group(2)}"
    if first.kind == last.kind == "quarter":
        return f"{first.period}-{str(last.period)[end.end() :]}"  # 2025Q1-Q3
    return start.group(0)


# A total of the year so far named as such: "the year-to-date total", "year-to-date revenue".
# (Not a share's run: "the stock's year-to-date gain" is a move up to a day. "$30 billion year to
# date", 年初至今, 今年迄今 and "so far this year" are read as periods of their own: the year.)
_YEAR_TO_DATE = re.compile(r"\byear[\s-]to[\s-]date\b", re.I)
_A_SHARES_RUN = re.compile(r"\bshares\b|\bstock\b|股价|市值", re.I)
_A_LATER_QUARTER = re.compile(r"((?:FY)?(?:19|20)\d\d)Q([2-4])")
_TO_DATE_WINDOW = 40


def said_of(text: str, q: Quantity, period: str | None) -> str | None:
    """The period the figure's own words make of the one its sentence is about: a year before it
    (`_year_before`), or the run of its year's quarters up to it when the figure is the year's
    total to date ("brings the year-to-date total to $30 billion" in the fiscal third quarter:
    FY2026Q1-Q3)."""
    period = _year_before(text, q, period)
    quarter = _A_LATER_QUARTER.fullmatch(period or "")
    if quarter is None:
        return period
    # (Said in the figure's own clause, before the figure.)
    near = re.split(r"[,;。]", text[max(0, q.char_start - _TO_DATE_WINDOW) : q.char_start])[-1]
    if not _YEAR_TO_DATE.search(near) or _A_SHARES_RUN.search(near):
        return period
    return f"{quarter.group(1)}Q1-Q{quarter.group(2)}"


def _year_before(text: str, q: Quantity, period: str | None) -> str | None:
    """The period a year before the one given when the figure is said of a year earlier ("$8 a
    year earlier", "去年同期的X"; of a quarter too: 2024Q3, "$306 million a year ago" → 2023Q3)."""
    if not period or not _STATED_YEAR.match(period):
        return period
    before = max(0, q.char_start - 40)
    window = text[before : q.char_start]
    earlier = _year_earlier_after(text, q) or (
        ("同期" in window or "year" in window.lower())
        and _YEAR_EARLIER_BEFORE.search(text, before, q.char_start)
    )
    return a_year_earlier(period) if earlier else period


def a_year_earlier(period: str) -> str:
    """2025H1 → 2024H1, FY2026Q2 → FY2025Q2, 2025 → 2024; a period without a year as it is."""
    dated = _STATED_YEAR.match(period)
    if dated is None:
        return period
    return f"{dated.group(1) or ''}{int(dated.group(2)) - 1}{period[dated.end() :]}"


# "，一年前为146亿美元", "一年前的X", "，去年同期则亏损5亿元": a time back that opens a figure of
# its own, stated before the clause ends.
_OPENS_ITS_OWN_FIGURE = re.compile(r"[^,;，；。.\d%]{0,8}?\s*(?:约|近|仅)?\s*\d")


def _year_earlier_after(text: str, q: Quantity) -> re.Match | None:
    """A year earlier said right after the figure ("$306 million a year ago", "X, 一年前"), not
    one opening the next figure ("308亿美元，一年前为146亿美元")."""
    earlier = _YEAR_EARLIER.match(text, q.char_end)
    if earlier and _OPENS_ITS_OWN_FIGURE.match(text, earlier.end()):
        return None
    return earlier


def _said_a_year_before(text: str, period: Quantity, q: Quantity) -> bool:
    """The figure's own "a year ago" ("$306 million a year ago"): `_year_before` reads it from
    the period the figure takes otherwise, so it is no period of its own (counted twice, it would
    date the figure two years back)."""
    if not _AGO.fullmatch(period.surface):
        return False
    earlier = _year_earlier_after(text, q)
    return bool(earlier) and q.char_end <= period.char_start < earlier.end()


def _anothers_time_back(text: str, period: Quantity) -> bool:
    """A time back right after another figure ("up 30% from $0.92 a year ago": the $0.92's) is
    that figure's own (`_said_a_year_before`), not the time of the change set against it."""
    if not _AGO.fullmatch(period.surface) or not _CLOSES_ITS_PART.match(text, period.char_end):
        return False  # (one opening a clause, "，一年前，它的售价为4万美元", dates what follows)
    start = period.char_start
    return bool(_RIGHT_AFTER_A_FIGURE.search(text, max(0, start - 12), start))


_CLOSES_ITS_PART = re.compile(r"[ \t]*(?:[;；。!?\n]|\.(?!\d)|$)")


def _stated_period(
    text: str,
    q: Quantity,
    periods: Sequence[Quantity],
    clauses: Sequence[_Clause],
    i: int,
    published: date | None = None,
) -> str | None:
    clause = clauses[i]
    periods = [
        p
        for p in periods
        if not _base_of_a_comparison(text, p, q)
        and not _said_a_year_before(text, p, q)
        and not _anothers_time_back(text, p)
    ]
    same = [p for p in periods if clause.start <= p.char_start < clause.end]
    if own := _period_written_with(text, q, same):
        return own
    if same:
        return min(same, key=lambda p: abs(p.char_start - q.char_start)).period
    earlier = _earlier_in_its_segment(text, periods, clauses, i, published)
    earlier = [
        p
        for p in earlier
        if not _dates_its_own_figure(text, p, clauses)
        and not _a_compared_figures(text, p)
        and not _a_launch_in_another_part(text, p, clauses, i)
    ]
    if earlier:
        return earlier[-1].period
    return (
        _period_of_the_main_clause(text, periods, clauses, i)
        or _period_it_ranks_in(text, periods, clauses, i)
        or _an_offerings_rank_after(text, periods, clauses, i)
    )


# "Trainium 3晶片預計2026年初上市", "is due to launch in early 2026": the time a product comes out.
_LAUNCH_AFTER = re.compile(
    r"\s*(?:初|底|末|中|年中|上旬|中旬|下旬|前后|左右)?\s*(?:正式|将|会|可|才|就|陆续|开始)?"
    r"\s*(?:上市|推出|发布|问世|面世|登场|亮相|量产|开售|开卖|投产)"
    r"(?!公司|企业|上柜)"  # (第三季上市上柜公司: listed companies, no launch)
    # (A plant named between: 2026年重庆基地投产后.)
    r"|[^，,。；;\d]{1,6}?(?:基地|工厂|产线|厂房)\s*(?:正式|将|建成)?\s*投产"
)
_LAUNCH_BEFORE = re.compile(
    r"\b(?:launch(?:es|ed)?|releas(?:es|ed)|debut(?:s|ed)?|ship(?:s|ped)?|arriv(?:es|ed)|"
    r"(?:enters?|starts?|begins?)\s+(?:mass\s+)?production|(?:is|are) due)"
    r"(?:\s+(?:to\s+)?(?:launch|ship|arrive|start|begin))?\s+(?:in|by|on)\s+"
    r"(?:(?:early|late|mid-?)\s*)?(?:the\s+)?$",
    re.I,
)


def _a_launch_in_another_part(
    text: str, period: Quantity, clauses: Sequence[_Clause], i: int
) -> bool:
    """A product's launch time (AWS…Trainium 3晶片預計2026年初上市；Microsoft Azure年增40%) dates
    the launched product's own figures in its part of the sentence, not another subject's after
    a semicolon: it is the time of an event, not a period the sentence reports (CONVENTIONS.md,
    settled in the ninth session)."""
    if clauses[_clause_of(clauses, period.char_start)].segment == clauses[i].segment:
        return False
    return a_launch_time(text, period)


def a_launch_time(text: str, period: Quantity) -> bool:
    """The period is when a product comes out or a plant starts production (计划在2026年推出,
    2026年重庆基地投产后, "is due to launch in early 2026")."""
    return bool(
        _LAUNCH_AFTER.match(text, period.char_end)
        or _LAUNCH_BEFORE.search(text, max(0, period.char_start - 40), period.char_start)
    )


# "高于去年同期的2.53元与今年首季的3.03元；毛利率6.33%", "高出2025年的148.9亿美元，年增101%": a
# period joined by 的 to a figure a comparison sets the told one against dates that figure only,
# not the clauses after it.
_COMPARED_WITH_BEFORE = re.compile(
    r"(?:高于|高出|低于|优于|逊于|好于|差于|超过|超出|不及|不如)[^，,；;。!?！？]{0,16}$"
    # (比2024年全年的53.48%, 较2024年的30%: the plain comparison words, right before the period.)
    r"|(?<![占对无相])(?:比|较)(?:之|起)?\s*$"
)
_ITS_OWN_FIGURE_AFTER = re.compile(
    r"\s*(?:全年|同期)?\s*的\s*(?:人民币|新台币|美元|港元|港币|约|近)?\s*[$¥￥]?\d"
)
# (Not 较2024年同期的30%: a year's same period is the told period's quarter or half of that year.)
_ITS_WHOLE_YEARS_FIGURE_AFTER = re.compile(r"\s*(?:全年)?\s*的\s*(?:约|近)?\s*[$¥￥]?\d")


def _set_against(text: str, period: Quantity) -> bool:
    """A comparison word stands just before the period (高出2025年, 优于首季)."""
    return bool(
        _COMPARED_WITH_BEFORE.search(text, max(0, period.char_start - 16), period.char_start)
    )


def _a_compared_figures(text: str, period: Quantity) -> bool:
    return bool(_ITS_OWN_FIGURE_AFTER.match(text, period.char_end)) and _set_against(text, period)


def _a_base_with_its_own_figure(text: str, period: Quantity) -> bool:
    """比2024年全年的53.48%: the base of a comparison states its own figure, which it dates as
    高于2024年的 does; the figures it is set against keep their own period."""
    return bool(_ITS_WHOLE_YEARS_FIGURE_AFTER.match(text, period.char_end)) and _set_against(
        text, period
    )


# "Adjusted for stock-based compensation of $7 million, the margin for the third quarter was…",
# "扣除3000万元的一次性费用后，公司2024年净利润为5亿元": an adjustment opening the sentence is
# made to the figure of its main clause, so it is of the period that clause states.
_ADJUSTMENT_OPENS = re.compile(
    r"\s*(?:若|如|在)?(?:扣除|剔除|不计入?|不含|排除|计入)"
    r"|\s*(?:adjusted for|excluding|including|net of)\b",
    re.I,
)


def _period_of_the_main_clause(
    text: str, periods: Sequence[Quantity], clauses: Sequence[_Clause], i: int
) -> str | None:
    """The period stated in the clause after an adjustment clause opening the sentence."""
    if i != 0 or len(clauses) < 2 or not _ADJUSTMENT_OPENS.match(text, clauses[0].start):
        return None
    main = clauses[1]
    stated = [p for p in periods if main.start <= p.char_start < main.end]
    return stated[0].period if stated else None


# "募资80亿元，是今年科创板规模最大的IPO", "发行价114.28元，创今年新高", "raised $1.1 billion, the
# largest listing this year": the clause after the figure ranks it within a period, which is
# the figure's when its own clause states none.
_RANK_VERB = r"(?:是|为|成为|创下?|刷新|位居)"
_RANKS_IT = prefiltered(
    r"[\s,，]*(?:也|亦)?" + _RANK_VERB + r"|"
    r"[\s,，]*(?i:(?:the|its|a)\s+(?:[a-z]+est|most\s+[a-z]+|first|record)\b)"
)
# (Not a time the rank runs from: 2023年以来最高, the highest since 2023.)
_RANK_AFTER_THE_PERIOD = re.compile(
    r"(?!\s?(?:以来|至今|起))[^，,。；;]{0,24}?(?:最|新高|新低|纪录|之冠|第一|首)"
)
_SINCE_BEFORE = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$", re.I)


# A rank's word right before its period (创今年…之最, 是今年第一档), or an English superlative
# earlier in its clause ("the largest IPO this year").
_RANK_VERB_BEFORE = re.compile(_RANK_VERB + r"\s?$")
# (A record or a peak told with a quarter, "capex hit a record in 2Q 2025", is when it was
# reached: only a whole year is a field a rank runs over.)
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:largest|biggest|highest|lowest|fastest|strongest|best|worst|most|first)\b"
    r"[^,.;:，。；：]{0,40}$",
    re.I,
)


def ranks_within(text: str, period: Quantity) -> bool:
    """A period that scopes a rank (募资近80亿元创今年科创板IPO之最, "the largest IPO this year"):
    the field the ranked figure leads, which dates that figure but is no time of the story's
    other figures."""
    before = text[max(0, period.char_start - 48) : period.char_start]
    if _RANK_VERB_BEFORE.search(before):
        return bool(_RANK_AFTER_THE_PERIOD.match(text, period.char_end))
    return bool(re.fullmatch(r"\d{4}", period.period or "")) and bool(
        _SUPERLATIVE_BEFORE.search(before)
    )


def _period_it_ranks_in(
    text: str, periods: Sequence[Quantity], clauses: Sequence[_Clause], i: int
) -> str | None:
    """The period of the clause right after clause i when that clause ranks the figure in it."""
    if i + 1 >= len(clauses) or clauses[i + 1].segment != clauses[i].segment:
        return None
    after = clauses[i + 1]
    opening = _RANKS_IT.match(text, after.start, after.end)
    if opening is None:
        return None
    for p in periods:
        if not after.start <= p.char_start < after.end:
            continue
        if opening.group(0).strip(" ,，").isascii():
            if not _SINCE_BEFORE.search(text, max(0, p.char_start - 12), p.char_start):
                return p.period
        elif p.char_start - opening.end() <= 6 and _RANK_AFTER_THE_PERIOD.match(text, p.char_end):
            return p.period
    return None


# An offering's own words (发行新股, 募资, "raised … in the offering", IPO, listing, debut).
_OFFERING = prefiltered(
    r"发行|募资|募集|新股|IPO|上市|\b(?:offering|listing|debut|float(?:ation)?)\b", re.I
)
# A rank naming the offering right before its period (是今年科创板规模最大的IPO is read by its
# period's own clause; "second-largest onshore IPO this year", 今年第一檔…的新股).
_AN_OFFERINGS_RANK = re.compile(
    r"(?:IPO|新股|上市|发行|\b(?:offering|listing|debut|flotation)s?\b)", re.I
)


def _an_offerings_rank_after(
    text: str, periods: Sequence[Quantity], clauses: Sequence[_Clause], i: int
) -> str | None:
    """The year a later clause of the segment ranks an offering in ("…, which makes it China's
    second-largest IPO this year", 是今年第一檔發行價站上百元的新股) when clause i tells that
    offering's figures (发行新股7000万股, "raised 8 billion yuan in the offering"): the rank dates
    the listing, and an IPO's proceeds, price and shares take the listing's time (CONVENTIONS)."""
    clause = clauses[i]
    if not _OFFERING.search(text, clause.start, clause.end):
        return None
    for p in periods:
        if p.char_start < clause.end or not ranks_within(text, p):
            continue
        k = _clause_of(clauses, p.char_start)
        if clauses[k].segment != clause.segment:
            continue
        near = text[max(clauses[k].start, p.char_start - 48) : p.char_end + 24]
        if _AN_OFFERINGS_RANK.search(near):
            return p.period
    return None


def _earlier_in_its_segment(
    text: str,
    periods: Sequence[Quantity],
    clauses: Sequence[_Clause],
    i: int,
    published: date | None,
) -> list[Quantity]:
    """The periods of the clauses before clause i that still speak of its time: back across
    semicolons too ("1H24…同比增长63%;其中GPU服务器占比约69%" is still 1H24), not past a move in
    time ("随后…", "later…"). Past a turn ("但…", "而…", "…, while…") only a time already over
    at publication: a contrast drawn at a past time is of that time ("上月解禁，但要求上缴15%"),
    while one after a time ahead turns to the present ("订购2026年度200万颗，但库存只剩70万颗"),
    and one setting another thing beside it (相比之下, by comparison) is of no time told. A
    contrast told ahead itself stays in the time ahead: one forecast set beside another ("GPUs
    will remain the main platform in 2026, at 69.7%, while ASIC servers are projected to reach
    27.8%", 预估2026年GPU机种占比69.7%；不过…ASIC的占比将升至27.8%) is of the same year."""
    first = _back_to_a_turn_or_shift(text, clauses, i)
    compared = (k for k in range(i, first - 1, -1) if _BY_COMPARISON.match(text, clauses[k].start))
    first = next(compared, first)
    before = [p for p in periods if clauses[first].start <= p.char_start < clauses[i].start]
    if before or first == 0 or not _turns(text, clauses, first):
        return before
    if _BY_COMPARISON.match(text, clauses[first].start):
        return []
    start = clauses[_back_to_a_turn_or_shift(text, clauses, first - 1, turns=False)].start
    end = clauses[first].start
    ahead_too = _LOOKS_AHEAD.search(text, end, clauses[i].end) is not None
    return [
        p
        for p in periods
        if start <= p.char_start < end and (ahead_too or _over_by(p.period, published))
    ]


_BY_COMPARISON = re.compile(
    r"\s*(?:相比之下|相较之下|对比之下|\b(?:by comparison|in contrast|by contrast)\b)", re.I
)


def _back_to_a_turn_or_shift(
    text: str, clauses: Sequence[_Clause], k: int, turns: bool = True
) -> int:
    """The clause, going back from k, that turns (when `turns`) or moves in time, else the first."""
    while (
        k > 0
        and not (turns and _turns(text, clauses, k))
        and not _TIME_SHIFT.match(text, clauses[k].start)
        and not _NOW_OPENS.match(text, clauses[k].start)
        and not _WINDOW_BACK_OPENS.match(text, clauses[k].start)
    ):
        k -= 1
    return k


# "…推到2026年以后；如今政策明朗，…集群重新立项": a clause opening on the present moves to it.
_NOW_OPENS = re.compile(
    r"\s*(?:如今|目前|现在|眼下|当下|现阶段|\b(?:now|today|these days)\b)", re.I
)


# "次季资本支出达386亿元；过去四季，累计投入已超过1000亿元": a clause opening on a run of
# quarters or years back to now (the past four quarters) is a window of its own.
_WINDOW_BACK_OPENS = re.compile(
    r"\s*(?:在)?(?:过去|近|最近)\s?(?:[一二两三四五六七八九十]|\d{1,2})\s?个?(?:季度?|年)"
    r"|\s*(?:in|over|during) the (?:past|last) (?:two|three|four|five|six|eight|\d{1,2}) "
    r"(?:quarters|years)\b",
    re.I,
)


_PERIOD_PARTS = re.compile(r"((?:19|20)\d\d)(?:Q([1-4])|H([12])|-(\d\d))?(?:-\d\d)?")


def _over_by(period: str | None, published: date | None) -> bool:
    """The calendar period (a year, quarter, half, month or day) ended before the publication's
    month began. (A fiscal period or a range is left alone: not over.)"""
    parts = _PERIOD_PARTS.fullmatch(period or "")
    if parts is None or published is None:
        return False
    year, quarter, half, month = parts.groups()
    last = int(quarter) * 3 if quarter else int(half) * 6 if half else int(month or 12)
    return (int(year), last) < (published.year, published.month)


# "2019年的三成", "去年的约73%": a period joined to the figure by 的 is the figure's own.
_OWN_PERIOD_BETWEEN = re.compile(r"\s*的\s*(?:约|近|仅|超过|逾)?\s*")


def _period_written_with(text: str, q: Quantity, same: Sequence[Quantity]) -> str | None:
    """The period written right after the figure ("$400 billion in 2027") or joined to it by 的
    right before it (2019年的三成), which dates it whatever else its clause states."""
    for p in same:
        if p.char_start >= q.char_end and _PERIOD_AFTER.fullmatch(text, q.char_end, p.char_start):
            return p.period
        if p.char_end <= q.char_start and _OWN_PERIOD_BETWEEN.fullmatch(
            text, p.char_end, q.char_start
        ):
            return p.period
    return None


# "和2023年5美元左右的均价相比几近腰斩", "与去年同期相比增长30%", "跟2023年比", "大致与去年持平":
# a period opening a comparison (和/与/跟/同 … 相比, or a level told equal to it) is the base a
# change or a level is measured against.
_COMPARISON_OPENS_BEFORE = re.compile(r"(?:和|与|跟|同)\s*$")
_COMPARISON_CLOSES = re.compile(
    r"[^，,。；;]{0,40}?(?:(?:相比|相较|比较|对比|比)(?![例重率])|持平|相当|相若|一样)"
)


def a_comparisons_base(text: str, period: Quantity) -> re.Match | None:
    """The comparison the period opens as its base (与去年持平, 和2023年…相比), if it opens one:
    it is no year the yearless periods after it (上半年, 第三季) are of."""
    if not _COMPARISON_OPENS_BEFORE.search(text, max(0, period.char_start - 3), period.char_start):
        return None
    return _COMPARISON_CLOSES.match(text, period.char_end)


# "38% above its October 2025 low of $1.70", "down 20% from their 2023 peak", "40% below the peak
# they reached in May": the period of a level a change is measured from (before it: the change;
# after it: the level's own figure).
_BASE_LEVEL_BEFORE = re.compile(
    r"\b(?:above|below|over|under|from|than|versus|vs\.?|against|compared (?:with|to))\s+"
    r"(?:its|their|the|a|an)\s+(?:own\s+)?"
    # "below the peak they reached in May 2026", "above the low it hit in October"
    r"(?:(?:peak|high|low|trough|level|record|price|rate)s?\s+(?:(?:it|they|that|which)\s+)?"
    r"(?:reached|hit|set|touched|recorded|saw|posted)\s+(?:in|on|at|during)\s+)?$",
    re.I,
)


# "fell 40-60% from early 2024", "a 67% jump from the $381 billion they spent in 2025": the time of
# a base named by a part of its year, or of a base amount, dates that base only.
_BASE_PART_BEFORE = re.compile(
    r"\b(?:from|than|versus|vs\.?|against|compared (?:with|to)|since|below|above)\s+"
    r"(?:(?:at|in)\s+)?(?:(?:the|its|their)\s+(?:level|peak|high|low|price|rate)s?\s+(?:of|in|at)\s+)?"
    r"(?:(?:early|mid|late)[\s-]?|the (?:start|end|beginning|middle) of\s+)$",
    re.I,
)
_BASE_AMOUNT_BEFORE = re.compile(
    r"\b(?:from|than|versus|vs\.?|against|compared (?:with|to))\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[A-Z]{0,3}\$|RMB\s?|€|¥)?\d[\d.,]*\s*(?:[a-z]+\s+){0,5}?(?:in|during|for)\s+$",
    re.I,
)


# "对比2022至2025年只有180万平方呎": a base period stating its own figure dates that figure,
# not the change the comparison yields (增幅达167%).
_BASE_FIGURE_AFTER = re.compile(
    r"\s*(?:年|间|期间|时)?\s*(?:只有|仅有|仅为|只为|则为|为|是|仅|只)\s*(?:约|近|逾)?\s*\d"
)


# "从去年底的5000P增加到1.2万P", "由去年的四成提高到五成以上": the period a move starts from,
# stated with the starting figure, dates that figure only; the level moved to is of its own time
# or the one its sentence tells (目前, 今年), as a comparison's base dates only the base value.
_MOVE_FROM_BEFORE = re.compile(r"(?:从|由)\s*$")
_MOVE_START_AFTER = re.compile(
    r"\s*(?:底|末|初)?\s*的\s*(?:约|近)?\s*(?P<figure>[$¥￥]?\d|[一二两三四五六七八九]成)"
    r"[^，,。；;]{0,16}?(?:到|至)"
)


def _starts_a_move(text: str, period: Quantity) -> re.Match | None:
    if not _MOVE_FROM_BEFORE.search(text, max(0, period.char_start - 2), period.char_start):
        return None
    return _MOVE_START_AFTER.match(text, period.char_end)


def past_before_a_moves_end(text: str, then: re.Match, q: Quantity) -> bool:
    """ "目前，算力规模已从去年底的5000P增加到1.2万P": a past word stating where a move started
    marks that start, not the level the figure after the 到 reached (目前 still dates it)."""
    if not _MOVE_FROM_BEFORE.search(text, max(0, then.start() - 2), then.start()):
        return False
    start = _MOVE_START_AFTER.match(text, then.end())
    return start is not None and q.char_start >= start.end()


def _base_of_a_comparison(text: str, period: Quantity, q: Quantity) -> bool:
    """The period is the base of a comparison and the figure is not the base value stated
    inside it ("和2023年5美元…相比": 2023 dates the 5美元, not the change after 相比)."""
    before = max(0, period.char_start - 48)
    if start := _starts_a_move(text, period):
        return q.char_start != start.start("figure")
    if (own := _BASE_FIGURE_AFTER.match(text, period.char_end)) and _BASE_BEFORE.search(
        text, max(0, period.char_start - 16), period.char_start
    ):
        return q.char_start != own.end() - 1
    if (own := _ITS_OWN_FIGURE_AFTER.match(text, period.char_end)) and _set_against(text, period):
        # (较2024年的30%提升5个百分点: the base's year dates its 30%, not the change.)
        return q.char_start != own.end() - 1
    if _BASE_LEVEL_BEFORE.search(text, before, period.char_start) or _BASE_PART_BEFORE.search(
        text, before, period.char_start
    ):
        return q.char_start < period.char_start
    if amount := _BASE_AMOUNT_BEFORE.search(text, before, period.char_start):
        return q.char_start < amount.start()
    closes = a_comparisons_base(text, period)
    return bool(closes) and not period.char_end <= q.char_start < closes.end()


# 一年前, a year ago: a time back from now.
_AGO = re.compile(r"一年(?:以)?前|[Aa] year ago")
_FIGURE = re.compile(r"\d")
_ENDS_ITS_PART = re.compile(r"\s*(?:[;；。!?]|\.(?!\d)|$)")
_RIGHT_AFTER_A_FIGURE = re.compile(r"(?:\d|%|percent|[mb]illion|元|美元|港元)\s*[,，]?\s*$", re.I)


def _dates_its_own_figure(text: str, period: Quantity, clauses: Sequence[_Clause]) -> bool:
    """ "against $306 million, or 19 percent, a year ago", "一年前为3亿美元": a time back from now
    stated with a figure of its clause, or right after one closing the sentence's part, dates that
    figure only, not the clauses after it (as "一年前，" opening a clause does)."""
    if not _AGO.fullmatch(period.surface):
        return False
    clause = clauses[_clause_of(clauses, period.char_start)]
    rest = text[clause.start : period.char_start] + text[period.char_end : clause.end]
    before = text[max(0, period.char_start - 12) : period.char_start]
    trailing = _RIGHT_AFTER_A_FIGURE.search(before) and _ENDS_ITS_PART.match(text, period.char_end)
    return bool(_FIGURE.search(rest) or trailing)


# "因AI机种出货大增而受惠", "由于需求强劲而上调": 而 after a cause joins the result to it.
_A_CAUSE = re.compile(r"因为|因|由于|由於|due to|because", re.I)


def _turns(text: str, clauses: Sequence[_Clause], k: int) -> bool:
    """The clause turns to something else ("…而A800仅上涨10%", "…, while …"), unless its 而 only
    joins a result to the cause the clause before states."""
    if not _CONTRAST.match(text, clauses[k].start):
        return False
    joins_a_result = text[clauses[k].start : clauses[k].end].lstrip().startswith("而")
    return not (joins_a_result and _A_CAUSE.search(text, clauses[k - 1].start, clauses[k - 1].end))


# "a 134% increase on Q1 2024", "up 20% on 2024", "grew 30% over Q2 2024": a period right after a
# change and "on", or a percent and "over", is the one the change is measured from. ("Over 2025,"
# alone is the time its figures span.)
_CHANGE_ON_BEFORE = prefiltered(
    r"(?:%|\bper\s?cent|\b(?:increase|rise|gain|growth|jump|climb|decline|drop|fall|decrease"
    r"|up|down|higher|lower))\s+on\s+$|(?:%|\bper\s?cent)\s+over\s+$",
    re.I,
)


def _a_base_word_before(text: str, period: Quantity) -> bool:
    """较2023年, up 20% from 2023, than in 2023: the period a change is measured from. ("from
    2024 to 2028", "from July to September" open a stretch, whose figures it dates.)"""
    base = _BASE_BEFORE.search(text, max(0, period.char_start - 16), period.char_start)
    if base is None:
        start = max(0, period.char_start - 16)
        return bool(_CHANGE_ON_BEFORE.search(text, start, period.char_start))
    return not base.group(0).lower().startswith("from") or not a_stretch(period)


# "2024 to 2028", "April-June", "July to September", 7月至9月: a period read with both its ends.
_BETWEEN_ENDS = prefiltered(r"\s(?:to|through|and)\s|[–—~～至到]|(?<=[A-Za-z月])-")


def a_stretch(period: Quantity) -> bool:
    """A period written as its two ends: "from" or 从 before it opens the stretch, which is no
    base of a comparison nor the start of a trend."""
    return period.kind == "year_range" or bool(_BETWEEN_ENDS.search(period.surface))


def _base_or_dateline(text: str, period: Quantity) -> bool:
    return bool(
        (
            _a_base_word_before(text, period)
            and not _BASE_FIGURE_AFTER.match(text, period.char_end)
            and not _a_base_with_its_own_figure(text, period)
        )
        or _DATELINE_AFTER.match(text, period.char_end)
        or _base_of_a_multiple(text, period)
        or _EVENT_AFTER.match(text, period.char_end)
        or _EVENT_VERB_AFTER.match(text, period.char_end)
        or _FOUNDED_BEFORE.search(text, max(0, period.char_start - 16), period.char_start)
        or _FOUNDED_AFTER.match(text, period.char_end)
        or _surpassed(text, period)
        or _BREAK_EVEN_AFTER.match(text, period.char_end)
        or _BREAK_EVEN_BEFORE.search(text, max(0, period.char_start - 32), period.char_start)
        or _measured_since(text, period)
        or _a_sum_of_years_held_equal(text, period)
    )


# "规模等同2023年与2024年两年加总", "大约是2023、2024两年相加", "as much as 2023 and 2024 combined":
# years added up to set a sum beside the told one are its yardstick, not a period a later figure
# of the sentence (年增61%) is of. (Not years added up to make the figure itself: 把2022年至2024年
# 三年加总，研发投入超过80亿元 is of those years.)
_OTHER_YEARS = r"(?:\s*(?:与|和|及|、|,|and)\s*(?:19|20)\d\d\s*年?)*"
_HELD_EQUAL_BEFORE = re.compile(
    r"(?:等同于?|等于|相当于|相等于|大约是|约是|约等于"
    r"|\b(?:as much as|equal to|the same as|matching))"
    r"\s*(?:(?:19|20)\d\d\s*年?\s*(?:与|和|及|、|,|and)\s*)*$",
    re.I,
)
_SUMMED_AFTER = re.compile(
    r"\s*年?" + _OTHER_YEARS + r"\s*(?:全年)?(?:(?:[两二三四五]|\d)\s*年)?\s*的?\s*"
    r"(?:加总|相加|之和|总和|合计|combined\b)",
    re.I,
)


def _a_sum_of_years_held_equal(text: str, period: Quantity) -> bool:
    """Whether the period is one of the years a sum held equal to the figure adds up."""
    before = max(0, period.char_start - 24)
    return bool(
        _SUMMED_AFTER.match(text, period.char_end)
        and _HELD_EQUAL_BEFORE.search(text, before, period.char_start)
    )


# "has more than doubled since 2020", "规模自2020年以来增长了150%": the year a change is measured
# from is its base, not its period. (Not 自2025年起 / from 2025 onwards, which open the time the
# figures hold for, nor a stretch up to now, 2020年至今, read as its years.)
_SINCE_A_YEAR_BEFORE = re.compile(r"\bsince\s+$", re.I)
_SINCE_A_YEAR_AFTER = re.compile(r"\s*以来")


# 今年以来, 年初以来, "since the start of this year": the year so far, which is the period of
# what it tells (今年以来新增了300台), not a base or a start the figures run from.
_THIS_YEAR = re.compile(r"今年|本年|年初|this year", re.I)


def so_far_this_year(period: Quantity) -> bool:
    return bool(_THIS_YEAR.fullmatch(period.surface.strip()))


# "进入2026年1月以来，股价累计上涨6%", "进入2025年以来，出货量明显增加": since entering a period is
# that period so far, as 今年以来 is, not a base the change is measured from.
_ENTERED_BEFORE = re.compile(r"(?:进入|踏入|步入)\s*$")


def entered_so_far(text: str, period: Quantity) -> bool:
    return bool(
        _ENTERED_BEFORE.search(text, max(0, period.char_start - 4), period.char_start)
        and _SINCE_A_YEAR_AFTER.match(text, period.char_end)
    )


def _measured_since(text: str, period: Quantity) -> bool:
    if a_stretch(period) or not _year_of(period) or so_far_this_year(period):
        return False
    if entered_so_far(text, period):
        return False
    return bool(
        _SINCE_A_YEAR_BEFORE.search(text, max(0, period.char_start - 8), period.char_start)
        or _SINCE_A_YEAR_AFTER.match(text, period.char_end)
    )


# "4月的禁令令英伟达…损失135亿美元": a date that names an event dates the event, not the figures.
_EVENT_AFTER = re.compile(
    r"\s*(?:初|底|中旬|下旬|上旬)?的\s*(?:新|出口|芯片)?(?:禁令|禁售令?|新规|规定|政策|会议|发布会|公告|制裁"
    r"|管制|限令|事件|讲话|声明)"
)
# "4月底推出的淘宝闪购", "今年2月提出的投资计划": a period in a clause naming what was launched or
# announced then dates that event, not the figures of the sentence around it.
_EVENT_VERB_AFTER = re.compile(
    r"\s*(?:初|底|末|中旬|上旬|下旬)?\s*(?:所|正式|首次)?(?:推出|发布|提出|公布|宣布|上线|发表|启动"
    r"|签署|签订|出台|推行|开通)\s*的"
)
# "成立于1993年", "founded in 1993": when a company began dates nothing it reports.
_FOUNDED_BEFORE = prefiltered(
    r"(?:成立|创立|创办|创建|组建)(?:于|在)\s*$|\b(?:founded|established|incorporated|set up)"
    r"(?:\s+(?:in|on))?\s*$",
    re.I,
)
# "自2020年成立以来", "2018 年创立的": a year before the founding verb is its date, as above.
_FOUNDED_AFTER = re.compile(r"\s*(?:成立|创立|创办|创建|组建)")
# "已超过去年全年", "高于2023年", "exceeding 2023 levels": a period a figure is said to pass,
# fall short of or come close to (已逼近去年全年水准, "approaching 2024 levels") is the base of
# that comparison.
_SURPASSED_BEFORE = re.compile(
    r"(?:超过|超越|超出|胜过|逾越|逼近|接近|直逼|追平)(?:了)?\s*$"
    # (Any comparative with 于 / 过, as written in the mainland and Hong Kong: 高于去年, 多于上年,
    # 仍多過去年, 少于2024年.)
    r"|[高低多少大小强弱快慢优]\s?(?:于|过)\s*$"
    r"|\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outstrip(?:s|ped|ping)?"
    r"|approach(?:es|ed|ing)?|near(?:s|ed|ing))\s+(?:the\s+)?$",
    re.I,
)
# "高於今年的人民幣1,500億元": a period joined to a figure by 的 dates that figure, base or not.
_OWN_FIGURE_AFTER = re.compile(r"\s*(?:全年|同期)?\s*的")


def _surpassed(text: str, period: Quantity) -> bool:
    return bool(
        _SURPASSED_BEFORE.search(text, max(0, period.char_start - 12), period.char_start)
    ) and not _OWN_FIGURE_AFTER.match(text, period.char_end)


# "最早预计2027年实现盈利", "expects to turn profitable in 2027": the year a company expects to
# break even is the time of that event; it dates no figure (a profit stated with a figure,
# "2024年盈利20亿元", is a figure of that year).
_BREAK_EVEN_AFTER = re.compile(
    r"\s*(?:才|就|将|可|能|有望|可望|或)?\s*(?:实现|达成|做到)?\s*(?:全面|整体)?"
    r"(?:盈利|扭亏为盈|扭亏|盈亏平衡|转亏为盈)(?!\s*(?:[\d约近超逾达为了]|人民币))"
)
_BREAK_EVEN_BEFORE = re.compile(
    r"\b(?:turn(?:s|ed|ing)? (?:a )?profit(?:able)?|break(?:s|ing)? even|become profitable"
    r"|reach(?:es|ing)? (?:profitability|break-?even))\s+(?:in|by)\s+$",
    re.I,
)
# "数量大约是今年的两倍", "接近2024年全年的1.6倍": the period a multiple is of is its base. But a
# share or a level an end of a move stands at (从2017年的8.1%升到去年的73%) is that period's own.
_MULTIPLE_OF_AFTER = re.compile(
    r"\s*(?:全年|同期)?\s*的\s*(?:[\d.]+|[一二两三四五六七八九十]+)\s*(?P<part>倍|成|%)"
)
# "約為今年產量的兩倍", "是去年营收的3倍": the base's measure may stand between its period and
# 的. Only for a multiple: a part of a named whole (2025年营收的30%) is of that whole's period.
_MULTIPLE_OF_A_MEASURE_AFTER = re.compile(
    r"\s*[^\d\s，。；、,;:：!?！？的]{1,6}的\s*(?:约|近|逾)?\s*"
    r"(?:[\d.]+|[一二两三四五六七八九十]+)\s*倍"
)
# "well in excess of double that of 2025", "three times the 2024 level", "twice last year's":
# English names the multiple before its base.
_MULTIPLE_BEFORE = re.compile(
    r"\b(?:double|twice|triple|treble|quadruple"
    r"|(?:\d+(?:\.\d+)?|two|three|four|five|ten)[-\s]?(?:times|x))"
    r"\s+(?:(?:that|those)\s+of\s+|the\s+)?$",
    re.I,
)
_MOVE_END_BEFORE = re.compile(r"[从由到至]\s*$")


def _base_of_a_multiple(text: str, period: Quantity) -> bool:
    if _MULTIPLE_OF_A_MEASURE_AFTER.match(text, period.char_end) or _MULTIPLE_BEFORE.search(
        text, max(0, period.char_start - 32), period.char_start
    ):
        return True
    multiple = _MULTIPLE_OF_AFTER.match(text, period.char_end)
    if multiple is None:
        return False
    if multiple["part"] == "倍":
        return True
    # (优于首季的6.11%, 和第三季的3.7%相当: the level a comparison sets against the told one, or
    # holds it equal to, is its period's own.)
    return not (
        _MOVE_END_BEFORE.search(text, max(0, period.char_start - 4), period.char_start)
        or _set_against(text, period)
        or a_comparisons_base(text, period)
    )


# 分别, 依次, 依序, respectively, in turn: figures listed in the order of the periods listed.
_IN_ORDER = prefiltered(r"分别|依次|依序|\brespectively\b|\bin turn\b", re.I)
# A range of years in a list stands for each of its years (2022-2024年 → 2022, 2023, 2024), its
# last year's half or quarter where the range ends in one (2022-2025H1 → …, 2024, 2025H1).
_LISTED_YEARS = re.compile(r"((?:19|20)\d\d)-((?:19|20)\d\d)((?:H[12]|Q[1-4])?)")
_LONGEST_LISTED_RANGE = 12


def _slashed(text: str, values: Sequence[Quantity]) -> bool:
    """Figures written a/b/c (营收为1555.56/1899.86/2263.13亿元, 同比增长35.5%/22.1%/19.1%): a
    broker's forecast lists one figure a year with slashes, in the order of the years named."""
    return len(values) > 1 and all(
        text[a.char_end : b.char_start].strip() == "/" for a, b in itertools.pairwise(values)
    )


# Figures enumerated with only a list's separators between them (1.39元、1.93元和2.75元).
_ENUMERATION_GAP = re.compile(r"\s*(?:、|,|，|和|及|与|\band\b|,\s*and\b)\s*", re.I)


def _listed_over_a_span(
    text: str,
    values: Sequence[Quantity],
    own: Sequence[Quantity],
    periods: Sequence[Quantity],
    clause_start: int,
) -> list[Quantity]:
    """对应2025-2027年每股EPS为1.39元、1.93元和2.75元, "2026-2028 EPS of $1.10, $1.45 and $1.80": a
    range of years in a clause, then as many figures as it has years enumerated from the clause's
    first figure on, are a figure a year in order, as with 分别 or slashes (one measure does not
    take three values over one span). The figures are of one kind and unit: a list of one
    measure. Returns those figures, else none."""
    if not own:
        return []
    listed = [own[0]]
    for q in values:
        if (
            q.char_start > listed[-1].char_start
            and (q.kind, q.unit) == (own[0].kind, own[0].unit)
            and _ENUMERATION_GAP.fullmatch(text, listed[-1].char_end, q.char_start)
        ):
            listed.append(q)
    spans = [
        years
        for p in periods
        if clause_start <= p.char_start < own[0].char_start
        and (years := _LISTED_YEARS.fullmatch(p.period or ""))
    ]
    if len(listed) < 2 or not spans:
        return []
    return listed if int(spans[-1][2]) - int(spans[-1][1]) + 1 == len(listed) else []


def _listed_periods(periods: Sequence[Quantity]) -> list[str]:
    """The periods a list names, in order: each year of a range (its last year's half when the
    range ends in one), and a year with the part of it said right after (2025年前三月 → 2025Q1)
    once."""
    listed: list[str] = []
    for p in periods:
        period = p.period or ""
        if years := _LISTED_YEARS.fullmatch(period):
            first, last = int(years.group(1)), int(years.group(2))
            if 0 < last - first <= _LONGEST_LISTED_RANGE:
                listed.extend(str(year) for year in range(first, last + 1))
                listed[-1] += years.group(3)
                continue
        if listed and period != listed[-1] and period.startswith(listed[-1]):
            listed[-1] = period
        else:
            listed.append(period)
    return listed


def _nearest_listed_periods(before: Sequence[Quantity], count: int) -> list[str]:
    """The periods listed nearest before the figures when they are as many as the figures: a time
    told earlier in the sentence (高盛纳入第三季度业绩后，将2025-2027年的预测净利润分别下调…;
    2024年营收为X，2025、2026年分别为…) is another event's, not one of the list's."""
    for start in range(len(before) - 1, 0, -1):
        listed = _listed_periods(before[start:])
        if len(listed) >= count:
            return listed if len(listed) == count else []
    return []


# 从A升至B、C, "from $A to $B": a move from the first of the periods listed before it to the last.
_MOVE_FROM = re.compile(r"(?:从|由|\bfrom)\s*(?:约|近|\babout\s+)?$", re.I)
_MOVE_TO = re.compile(r"至|到|\bto\b", re.I)
# 同期, 报告期内, "over the same periods": the periods the sentence before listed, again (not
# 去年同期 / 上年同期, a year-ago base).
_THE_SAME_PERIODS = re.compile(
    r"(?<![年历])同期|报告期内|\b(?:over|in|during) the same periods?\b", re.I
)


def _a_move_over(text: str, own: Sequence[Quantity], clause_start: int) -> bool:
    """营收从42.6万元一路升至7.4亿元、3.2亿元: a move whose start is the clause's first figure and
    whose ends follow 至 / to."""
    return (
        len(own) > 1
        and bool(
            _MOVE_FROM.search(text, max(clause_start, own[0].char_start - 8), own[0].char_start)
        )
        and bool(_MOVE_TO.search(text, own[0].char_end, own[1].char_start))
    )


def _the_same_periods(text: str, start: int, end: int, before: Sequence[Quantity]) -> bool:
    """The figures from `start` to `end` are said to be of the same periods as before, and no
    other period is stated there."""
    return bool(_THE_SAME_PERIODS.search(text, start, end)) and all(
        _THE_SAME_PERIODS.fullmatch(p.surface.strip()) for p in before
    )


def _enumerated_again(
    text: str,
    own: Sequence[Quantity],
    periods: Sequence[Quantity],
    clause: _Clause,
    listed: Sequence[str],
    paired_in: int | None,
) -> bool:
    """…归母净利润分别为A、B、C亿元，对应PE为X、Y、Z倍: a later clause of the sentence whose list
    paired with its periods enumerates as many figures again, one measure with only a list's
    separators between them and no period of its own, with no 分别 or slashes: a figure a period
    again, in the same order (one measure does not take three values in one period)."""
    return (
        paired_in == clause.segment
        and len(own) == len(listed) > 1
        and all((q.kind, q.unit) == (own[0].kind, own[0].unit) for q in own)
        and all(
            _ENUMERATION_GAP.fullmatch(text, a.char_end, b.char_start)
            for a, b in itertools.pairwise(own)
        )
        and not any(clause.start <= p.char_start < clause.end for p in periods)
    )


def _respectively_periods(
    text: str,
    values: Sequence[Quantity],
    periods: Sequence[Quantity],
    clauses: Sequence[_Clause],
    listed_before: Sequence[str] = (),
) -> tuple[dict[int, str], list[str]]:
    """`2019、2020年…参数量分别为15亿、1750亿`, `2022-2024年…营收依次为A、B、C`: as many periods as
    values pair up in order; a later clause listing as many values again (…；净利润依次为…) pairs
    with the same periods, and so does the next sentence's when it says they are the same
    (同期净亏损分别为…: `listed_before`, the periods the sentence before listed). A move from one
    figure to others (2022-2024年及2025年一季度，营收从A升至B、C) starts in the first period listed
    and ends in the last ones. Returns the pairs and the periods the sentence listed."""
    paired: dict[int, str] = {}
    listed: list[str] = []
    paired_in: int | None = None  # the segment whose list was paired last
    for clause in clauses:
        own = [q for q in values if clause.start <= q.char_start < clause.end]
        move = _a_move_over(text, own, clause.start)
        if over_a_span := _listed_over_a_span(text, values, own, periods, clause.start):
            own = over_a_span
        if _enumerated_again(text, own, periods, clause, listed, paired_in):
            paired.update({q.char_start: period for q, period in zip(own, listed, strict=True)})
            continue
        if not (
            _IN_ORDER.search(text, clause.start, clause.end)
            or _slashed(text, own)
            or move
            or over_a_span
        ):
            continue
        segment_start = next(c.start for c in clauses if c.segment == clause.segment)
        if len(own) < 2:  # "…, $95 million and $210 million, respectively": closing the list
            own = [q for q in values if segment_start <= q.char_start < clause.start]
        if len(own) < 2:
            continue
        before = [p for p in periods if segment_start <= p.char_start < own[0].char_start]
        again = _the_same_periods(text, segment_start, own[0].char_start, before)
        if again and len(listed_before) == len(own):
            listed = list(listed_before)
        else:
            listed = _listed_periods(before) or listed
            if len(listed) > len(own) and not move:
                listed = _nearest_listed_periods(before, len(own)) or listed
        if len(listed) == len(own):
            paired.update({q.char_start: period for q, period in zip(own, listed, strict=True)})
            paired_in = clause.segment
        elif move and len(listed) > len(own):
            ends = listed[len(listed) - len(own) + 1 :]
            paired.update(
                {q.char_start: period for q, period in zip(own, listed[:1] + ends, strict=True)}
            )
    return paired, listed


_STATED_YEAR = re.compile(r"(FY)?((?:19|20)\d\d)(?!-(?:19|20)\d\d)")
_YEARLESS_QUARTER = re.compile(r"Q(\d)")
# "Y-1Q4" (去年第四季度), "P-1" (last quarter), "M-1" (上个月): periods relative to the publication
# date.
_RELATIVE_PERIOD = re.compile(r"(?P<base>[YPM])(?P<offset>[+-]\d+)(?P<rest>.*)")


def _year_of(period: Quantity) -> re.Match | None:
    """The year a stated period names (2024, FY2025Q3 → FY2025), None for year ranges."""
    if period.kind not in PERIOD_KINDS or period.value is None or not period.period:
        return None
    return _STATED_YEAR.match(period.period)


def _dated(q: Quantity, year: int, period: str) -> Quantity:
    quarter = _YEARLESS_QUARTER.search(period)
    value = year + ((int(quarter.group(1)) - 1) / 4 if quarter else 0)
    return replace(q, period=period, value=value, value_low=value, value_high=value)


def _resolve_relative(
    q: Quantity, published: date | None, fiscal_year_end: int | None = None
) -> Quantity:
    """今年3月, 去年第四季度, last quarter: dated by the article's publication, else nothing; a
    quarter by the fiscal calendar ending in month `fiscal_year_end` when one is given."""
    m = _RELATIVE_PERIOD.fullmatch(q.period or "")
    if m is None or published is None:
        return q
    offset = int(m.group("offset"))
    if m.group("base") == "P" and fiscal_year_end:
        quarter = quarter_from_publication(published, fiscal_year_end, offset)
        return _dated(q, int(quarter[2:6]), quarter)
    if m.group("base") == "Y":
        year = published.year + offset
        return _dated(q, year, f"{year}{m.group('rest')}")
    if m.group("base") == "M":
        year, month = divmod(published.year * 12 + published.month - 1 + offset, 12)
        return _dated(q, year, f"{year}-{month + 1:02d}")
    quarters = published.year * 4 + (published.month - 1) // 3 + offset
    year, quarter = divmod(quarters, 4)
    return _dated(q, year, f"{year}Q{quarter + 1}")


_A_QUARTER = re.compile(r"(FY)?((?:19|20)\d\d)Q([1-4])")
# A yearless month or day ("-09", "-09-30") or the whole year (全年, full-year: "").
_DAY_OR_YEAR = re.compile(r"(?:-\d\d){0,2}$")


def _quarter_beside(q: Quantity, stated: Sequence[Quantity], reported: str | None) -> Quantity:
    """前一季度, the previous quarter: the quarter before the last one stated (FY2026Q2 →
    FY2026Q1, 2025Q1 → 2024Q4), else before the quarter the story reports (`reported`: "AWS
    operating income rose…; the operating margin inched up to 35%, from 34.6% in the previous
    quarter" after the fourth quarter's revenue), else nothing; next quarter (下季度), said in a
    sentence that states a quarter, the quarter after it (FY2025Q3 → FY2025Q4)."""
    quarters = [m for p in stated if (m := _A_QUARTER.fullmatch(p.period or ""))]
    if not quarters and (m := _A_QUARTER.fullmatch(reported or "")):
        quarters = [m]
    if not quarters:
        return replace(q, period=None)
    fiscal, year, quarter = quarters[-1].groups()
    step = 1 if q.period == "P+1" else -1
    year, quarter = divmod(int(year) * 4 + int(quarter) - 1 + step, 4)
    return _dated(q, year, f"{fiscal or ''}{year}Q{quarter + 1}")


def _next_to_a_quarter_told(q: Quantity, own: Sequence[Quantity]) -> bool:
    """Next quarter (下季度) in a sentence that states a quarter: a results story's "revenue of
    $4.6 billion in the third quarter and $6 billion expected next quarter" looks one past the
    quarter it reports, not past the publication's."""
    return q.period == "P+1" and any(_A_QUARTER.fullmatch(p.period or "") for p in own)


# A yearless quarter (Q3, 第三季度) or half (H2, 下半年), or a month or day ("-12", "-12-05").
_PART_OF_A_YEAR_START = re.compile(r"Q([1-4])(?:-Q[1-4])?|H([12])")
_A_MONTH = re.compile(r"-(\d\d)(?:-\d\d)?")
# The year's running total up to a quarter's end (前三季度, 前9个月: Q1-Q3), by its last quarter.
_A_RUNNING_TOTAL = re.compile(r"Q1-Q([2-4])")
# A month up to half a year ahead is said as often of a plan (6月量产 in May) as of the past.
_MONTHS_AHEAD_A_PLAN = 6


def _first_month(period: str) -> int | None:
    """The month a yearless quarter, half or month begins in (Q3 → 7, H2 → 7, "-12-05" → 12)."""
    if month := _A_MONTH.fullmatch(period):
        return int(month.group(1))
    if part := _PART_OF_A_YEAR_START.fullmatch(period):
        quarter, half = part.groups()
        return (int(quarter) - 1) * 3 + 1 if quarter else 1 if half == "1" else 7
    return None


# The Chinese words of a time ahead (将, 预计, 有望, 目标, 指引…), which every reader of one shares.
_AHEAD_ZH = r"将|预计|预期|预估|预测|有望|可望|计划|规划|拟|目标|展望|届时|指引|上看"
_LOOKS_AHEAD = prefiltered(
    _AHEAD_ZH
    + r"|\b(?:will|should|expects?|expected|forecasts?|plans?|planned|targets?|projects?|projected"
    r"|outlook|guidance|guided|guides?)\b",
    re.I,
)
# The months last year's annual results are reported in.
_RESULTS_SEASON_ENDS = 3
_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?:\s|$)")


def _yearless_year(text: str, q: Quantity, published: date) -> int:
    """The year a quarter, half or month named without one is dated with by the publication: its
    year, or the year before when the sentence does not look ahead and that part of it has not
    begun at publication (第四季度收入创新高 published in March reports the last fourth quarter)
    or, for a month, is more than half a year away (12月营收 published in January reports the
    last December; 6月 in May is as often the month ahead), and the year after when the sentence
    looks ahead and the month is more than half a year behind (计划在1月8日登陆 published in
    December is next January: plans look ahead, reports look back). A bare whole year (全年,
    full-year) told as done in the first quarter is the year before: a year barely begun cannot
    be over, and these are the months last year's results are reported in; so is a running total
    from the year's start (前三季度, 前9个月) told as done before its last month has begun."""
    if q.period == "" and published.month <= _RESULTS_SEASON_ENDS:
        return published.year - 1 if not _looks_ahead(text, q) else published.year
    if (first := _first_month(q.period or "")) is None:
        return published.year
    if (total := _A_RUNNING_TOTAL.fullmatch(q.period or "")) and not _looks_ahead(text, q):
        # (前9个月营收5.4亿元 published in January: a running total is told once it is over.)
        return published.year - (int(total.group(1)) * 3 > published.month)
    ahead = first - published.month
    if ahead < -_MONTHS_AHEAD_A_PLAN and _A_MONTH.match(q.period or "") and _looks_ahead(text, q):
        return published.year + 1
    if ahead <= 0 or (ahead <= _MONTHS_AHEAD_A_PLAN and _A_MONTH.match(q.period or "")):
        return published.year
    return published.year if _looks_ahead(text, q) else published.year - 1


# "-12-30" (a day or month with its year, "2025-12-30" once dated).
_A_DATED_MONTH = re.compile(r"(?:FY)?(?:19|20)\d\d-(\d\d)(?:-\d\d)?")


def _into_the_next_year(q: Quantity, before: Quantity) -> bool:
    """A yearless day or month told after a day or month more than half a year later in the
    year (12月30日开始招股，招股期到1月5日截止) is of the year after: a story's days run forward,
    and the turn of a year is where they cross it."""
    month = _A_MONTH.fullmatch(q.period or "")
    told = _A_DATED_MONTH.fullmatch(before.period or "")
    return bool(month and told) and int(told.group(1)) - int(month.group(1)) > _MONTHS_AHEAD_A_PLAN


def _a_days_year_for_a_fiscal_quarter(
    q: Quantity, before: Quantity, fiscal_year_end: int | None
) -> bool:
    """A yearless quarter told after a day or month ("In late October the company preannounced
    first-quarter revenue…", 10月底公司预告第一季度营收…) in a story that reads a company's
    quarters as fiscal: the day's calendar year is not the fiscal year the quarter is of, so the
    quarter is dated as the story's other yearless quarters are (`_dated_by_publication`)."""
    return bool(
        fiscal_year_end
        and _YEARLESS_QUARTER.fullmatch(q.period or "")
        and _A_DATED_MONTH.fullmatch(before.period or "")
        and not (before.period or "").startswith("FY")
    )


# A month or day a fiscal year dated ("FY2026-09": September told after "fiscal year 2026"), once
# `quarters_ended` has read the days that end a quarter.
_A_FISCAL_YEARS_DAY = re.compile(r"FY((?:19|20)\d\d)(-(\d\d)(?:-\d\d)?)")


def on_the_calendar(
    text: str, q: Quantity, fiscal_year_end: int | None, published: date | None
) -> Quantity:
    """A month or day a fiscal year dated ("capital expenditures for fiscal year 2026 … the $35
    billion it estimated in September") as the calendar's: "FY2026-09" is no period, the months
    of a fiscal year are the calendar's. In the calendar year the month falls in within that
    fiscal year when the company's calendar is known (September of Oracle's FY2026, which ends
    in May, is 2025-09), else the year the publication dates it with (fifteenth session)."""
    m = _A_FISCAL_YEARS_DAY.fullmatch(q.period or "") if q.kind == "date" else None
    if m is None:
        return q
    if fiscal_year_end:
        year = int(m.group(1)) - (int(m.group(3)) > fiscal_year_end)
    elif published is not None:
        year = _yearless_year(text, replace(q, period=m.group(2)), published)
    else:
        return replace(q, period=m.group(2), value=None, value_low=None, value_high=None)
    return _dated(q, year, f"{year}{m.group(2)}")


def _dated_by_publication(
    text: str, q: Quantity, published: date, fiscal_year_end: int | None
) -> Quantity:
    """A quarter, half or month no year stated dates, dated by the publication: a quarter by the
    fiscal calendar ending in month `fiscal_year_end` when one is given (see `_with_years`)."""
    if fiscal_year_end and (n := _YEARLESS_QUARTER.fullmatch(q.period or "")):
        ahead = _looks_ahead(text, q)
        quarter = yearless_quarter_of_fiscal_year(
            int(n.group(1)), published, fiscal_year_end, ahead
        )
        return _dated(q, int(quarter[2:6]), quarter)
    year = _yearless_year(text, q, published)
    return _dated(q, year, f"{year}{q.period}")


def _looks_ahead(text: str, q: Quantity) -> bool:
    start = max(text.rfind("。", 0, q.char_start), text.rfind("\n", 0, q.char_start)) + 1
    end = m.start() if (m := _SENTENCE_END.search(text, q.char_end)) else len(text)
    return bool(_LOOKS_AHEAD.search(text, start, end))


# The clause a yearless quarter is named in: a forecast's clause may name a quarter still ahead.
_CLAUSE_BREAK = re.compile(r"[，,；;]|" + _SENTENCE_END.pattern)


def _not_yet_begun(
    text: str, q: Quantity, year: re.Match, published: date | None, fiscal_year_end: int | None
) -> bool:
    """The year stated before would date the quarter or half after the publication ("2026年将突破
    1,000亿美元；Meta第三季资本支出193.7亿美元" in November 2025) while its clause does not look
    ahead: the year is another figure's, and the part of a year is the publication's. A fiscal
    year's quarter begins by that company's calendar ("the first quarter of fiscal 2026 … from 9.5%
    in the fourth quarter" in November 2025: fiscal 2026's fourth quarter is still ahead, so the
    fourth quarter is the last one told, FY2025Q4)."""
    part = _PART_OF_A_YEAR_START.fullmatch(q.period or "")
    if published is None or part is None or (year.group(1) and not fiscal_year_end):
        return False
    if year.group(1):
        months = fiscal_month_begins(
            int(year.group(2)), fiscal_year_end, _first_month(part.group(0))
        )
        begins = date(months // 12, months % 12 + 1, 1)
    else:
        begins = date(int(year.group(2)), _first_month(part.group(0)), 1)
    if begins <= published:
        return False
    return not looks_ahead_in_its_clause(text, q)


def looks_ahead_in_its_clause(text: str, q: Quantity, reach: int = 40) -> bool:
    """Whether the clause `q` is told in, as far as `reach` characters before it, looks ahead (a
    forecast's, a plan's, a target's)."""
    starts = [
        m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, q.char_start - reach), q.char_start)
    ]
    start = starts[-1] if starts else max(0, q.char_start - reach)
    limit = min(len(text), q.char_end + 120)  # (a clause's end, not the article's)
    end = m.start() if (m := _CLAUSE_BREAK.search(text, q.char_end, limit)) else limit
    return bool(_LOOKS_AHEAD.search(text, start, end))


# 本季度, 本季, 本财季, "this quarter" and 下季度, 下一季, "next quarter", which the quantities and
# `current_quarters` date as the quarter the publication falls in and the one after it.
_THIS_QUARTER = prefiltered(r"本(?:财季|季度?)|this (?:fiscal )?quarter", re.I)
_NEXT_QUARTER = re.compile(r"下(?:一|个)?(?:季度|季|财季)|(?:the )?next (?:fiscal )?quarter", re.I)


def reported_quarters(
    text: str,
    span: tuple[int, int],
    quantities: Sequence[Quantity],
    told: Collection[str],
    published: date | None,
    fiscal_year_end: int | None,
) -> list[Quantity]:
    """`quantities` (of the sentence text[span]) with the quarters named against the publication
    read against the quarter a results story reports. A story that has told the last quarter ended
    by its publication (`told`: 公布了2026财年第三财季财报, "posted fiscal Q1 results" in December)
    reports that quarter, and tells its figures of it as 本季度 / 本财季 / this quarter: that is the
    quarter reported when told as done (本财季营收570.06亿美元: FY2026Q3, not the fourth, under way
    at publication; CONVENTIONS.md), and its 下季度 / next quarter is the one after it, the quarter
    under way (下季度指引：收入预计为60亿美元). A this quarter told ahead (预估本季营收将达…,
    "expects this quarter") is the quarter under way, and so is the one a next quarter follows
    when the sentence names it ("rise this quarter and keep growing next quarter")."""
    if published is None or not any(
        q.kind == "quarter" and (_THIS_QUARTER.search(q.surface) or _NEXT_QUARTER.search(q.surface))
        for q in quantities
    ):
        return list(quantities)  # (a cheap test before the work)
    calendars = (None,) if fiscal_year_end in (None, 12) else (fiscal_year_end, None)
    # (The quarter reported is told by the company's calendar or the calendar year's, whichever
    # dated the relative word: 2023财年第三季度 then 本季度 in a story that says fiscal only so.)
    reported = [
        (calendar, quarter)
        for calendar in calendars
        if (quarter := quarter_from_publication(published, calendar, -1)) in told
    ]
    if not reported:
        return list(quantities)
    calendar, quarter = reported[0]
    result = []
    for q in quantities:
        offset = _named_against_the_publication(q)
        if offset is not None and q.period in {
            quarter_from_publication(published, c, offset) for c in calendars
        }:
            if offset == 0 and not _told_ahead_of_it(text, q):
                q = _dated(q, int(quarter.removeprefix("FY")[:4]), quarter)
            elif offset == 1 and not _THIS_QUARTER.search(text, *span):
                q = _dated(q, *_year_and_quarter(published, calendar))
        result.append(q)
    return result


def _named_against_the_publication(q: Quantity) -> int | None:
    """0 for this quarter, 1 for next quarter, else None."""
    if q.kind != "quarter":
        return None
    surface = q.surface.strip()
    if _THIS_QUARTER.fullmatch(surface):
        return 0
    return 1 if _NEXT_QUARTER.fullmatch(surface) else None


def _year_and_quarter(published: date, calendar: int | None) -> tuple[int, str]:
    quarter = quarter_from_publication(published, calendar, 0)
    return int(quarter.removeprefix("FY")[:4]), quarter


# The words that tell a this quarter ahead: `_LOOKS_AHEAD`'s, but not its English nouns
# ("artificial intelligence projects did not turn into growth this quarter").
_TOLD_AHEAD = prefiltered(
    _AHEAD_ZH
    + r"|\b(?:will|should|expects?|expected|forecasts?|projected|outlook|guidance|guided|guides)\b",
    re.I,
)
# The market's expectations a result is set against (本季核心数据与市场预期一览, 高于预期的,
# "vs. $1.60 expected", "better than expected"): words of a forecast that tell no forecast.
_EXPECTATIONS = re.compile(
    r"(?:市场|分析师|华尔街|普遍|一致|此前|原先)的?(?:预期|预估|预测)"
    r"|(?:于|过|出|及|合|胜|比)(?:市场)?(?:预期|预估)|(?<!\bis )(?<!\bare )\bexpected\b(?!\s+to\b)",
    re.I,
)


def _told_ahead_of_it(text: str, q: Quantity) -> bool:
    """Whether the clause `q` is named in looks ahead; for a quarter set off as the clause's topic
    (本财季，ISG的总营收为…), the clause after it."""
    start = max(0, q.char_start - 40)
    start = max([m.end() for m in _CLAUSE_BREAK.finditer(text, start, q.char_start)], default=start)
    end = _clause_end(text, q.char_end)
    if not text[q.char_end : end].strip():
        end = _clause_end(text, end + 1)
    return any(
        not _EXPECTATIONS.search(text, max(start, m.start() - 3), min(end, m.end() + 1))
        for m in _TOLD_AHEAD.finditer(text, start, end)
    )


def _clause_end(text: str, at: int) -> int:
    limit = min(len(text), at + 120)  # (a clause's end, not the article's)
    return m.start() if (m := _CLAUSE_BREAK.search(text, at, limit)) else limit


# 自2019年…以来, since 2019: a whole year a trend runs from up to the time of telling.
_SINCE_A_YEAR = re.compile(r"(?:自|从|since)\s*$", re.I)
_UP_TO_NOW = re.compile(r"[^，,。；;]{0,16}?以来")


def _a_trend_since(text: str, q: Quantity) -> bool:
    """A whole year a trend runs from up to now ("微軟自2019年首度投資OpenAI以來，已承諾投入130億
    美元，截至9月底已撥款116億美元"): it gives no year to a month or quarter later in its sentence,
    which is of the time of telling (blind14 309: 9月底 is 2025-09, not 2019-09; fifteenth
    session). (Not a month's year, 自2025年1月起…至3月底, nor the start of a stretch named with
    its end, 从2022年到2025年.)"""
    return (
        q.kind == "year"
        and _PLAIN_YEAR.fullmatch(q.period or "") is not None
        and not a_stretch(q)
        and _SINCE_A_YEAR.search(text, max(0, q.char_start - 8), q.char_start) is not None
        and _UP_TO_NOW.match(text, q.char_end) is not None
    )


def _publications_year(
    q: Quantity, stated: Sequence[Quantity], previous_years: Sequence[Quantity]
) -> bool:
    """A day, month or whole year no year of its own sentence dates (see `_with_years`)."""
    return len(stated) == len(previous_years) and bool(_DAY_OR_YEAR.match(q.period or ""))


# "the second quarter of this year", "Q3 last year", "the first nine months of this year",
# "third-quarter 2025", "this year's first half": a part of a year written beside the year it is
# of is one period (2025Q2), not a yearless part and a whole year the figure might take instead.
_PART_OF_A_YEAR = re.compile(r"Q[1-4](?:-Q[1-4])?|H[12]")
_PART_THEN_YEAR = re.compile(r"\s(?:of\s)?", re.I)
_YEAR_THEN_PART = re.compile(r"['’]s\s", re.I)
_A_WHOLE_YEAR = re.compile(r"Y[+-]\d+|(?:19|20)\d\d")


def joined_to_its_year(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """`quantities` (in text order) with each yearless quarter or half that is written beside
    its year, before ("of this year") or after it ("last year's"), made one with it."""
    joined: list[Quantity] = []
    for q in quantities:
        last = joined[-1] if joined else None
        if last is not None and (pair := _part_and_year(text, last, q)):
            joined[-1] = _one_period(text, *pair, last.char_start, q.char_end)
        else:
            joined.append(q)
    return joined


def _part_and_year(text: str, a: Quantity, b: Quantity) -> tuple[Quantity, Quantity] | None:
    """(part, year) when `a` then `b` are a yearless part of a year and a whole year written
    together, in either order."""
    if a.kind not in PERIOD_KINDS or b.kind not in PERIOD_KINDS or a.char_end > b.char_start:
        return None
    if (
        _yearless_part(a)
        and _whole_year(b)
        and _PART_THEN_YEAR.fullmatch(text, a.char_end, b.char_start)
    ):
        return a, b
    if (
        _whole_year(a)
        and _yearless_part(b)
        and _YEAR_THEN_PART.fullmatch(text, a.char_end, b.char_start)
    ):
        return b, a
    return None


def _yearless_part(q: Quantity) -> bool:
    return q.value is None and bool(_PART_OF_A_YEAR.fullmatch(q.period or ""))


def _whole_year(q: Quantity) -> bool:
    return q.kind == "year" and bool(_A_WHOLE_YEAR.fullmatch(q.period or ""))


def _one_period(text: str, part: Quantity, year: Quantity, start: int, end: int) -> Quantity:
    period = f"{year.period}{part.period}"
    joined = replace(part, surface=text[start:end], char_start=start, char_end=end, period=period)
    if year.value is None:
        return replace(joined, value=None, value_low=None, value_high=None)
    return _dated(joined, int(year.value), period)


# 同年第四季度, 同一年的下半年: a part of the year named before.
_SAME_YEAR = re.compile(r"同一?年")


def _with_years(
    text: str,
    quantities: Sequence[Quantity],
    previous_years: Sequence[Quantity],
    published: date | None = None,
    named_before: Mapping[str, str] | None = None,
    new_paragraph: bool = False,
    fiscal_year_end: int | None = None,
    reported: str | None = None,
) -> list[Quantity]:
    """A quarter, half or month with no year (第三季度, Q4, 下半年, 6月) takes the nearest year
    stated before it in its sentence, else the last one of the previous sentence, else the year
    of the same quarter or half stated with a year earlier in the article (`named_before`: "Q2" →
    "FY2026Q2" after "2026财年第二财季（下称二季度）"), else the year the article was published;
    with none it dates nothing. Relative periods (今年, 去年6月, last quarter) are dated by the
    publication alone. A day, month or 全年 / full-year in a paragraph's first sentence
    (`new_paragraph`) takes a year its own sentence states, else the publication's: news dates
    days by its dateline, and the year the paragraph before ended on is often the one a forecast
    looks ahead to. In a story that calls the periods of a company whose fiscal year ends in month
    `fiscal_year_end` fiscal, a quarter dated by the publication alone (last quarter, 上季, "the
    second quarter" with no year near) is that company's fiscal quarter, as the story's other
    quarters are: Dell's "it expects second-quarter revenue of…" after its fiscal first quarter."""
    stated = list(previous_years)
    resolved = []
    for q in quantities:
        if q.kind in PERIOD_KINDS and q.value is None:
            if published and new_paragraph and _publications_year(q, stated, previous_years):
                year = _yearless_year(text, q, published)
                q = _resolve_relative(
                    replace(q, period=f"Y{year - published.year:+d}{q.period}"), published
                )
            elif q.period == "R-1" or _next_to_a_quarter_told(q, stated[len(previous_years) :]):
                q = _quarter_beside(q, stated, reported)
            elif _RELATIVE_PERIOD.fullmatch(q.period or ""):
                q = _resolve_relative(q, published, fiscal_year_end)
            elif stated and (
                _SAME_YEAR.match(q.surface)  # (同年第四季度: that year's, begun or not)
                or (
                    not _not_yet_begun(text, q, _year_of(stated[-1]), published, fiscal_year_end)
                    and not _a_days_year_for_a_fiscal_quarter(q, stated[-1], fiscal_year_end)
                )
            ):
                year = _year_of(stated[-1])
                if _into_the_next_year(q, stated[-1]):
                    next_year = int(year.group(2)) + 1
                    q = _dated(q, next_year, f"{next_year}{q.period}")
                else:
                    q = _dated(q, int(year.group(2)), year.group(0) + q.period)
            elif named_before and (same := named_before.get(q.period or "")):
                q = _dated(q, int(_STATED_YEAR.match(same).group(2)), same)
            elif published is not None:
                q = _dated_by_publication(text, q, published, fiscal_year_end)
            if q.value is not None and not _base_or_dateline(text, q):
                stated.append(q)
        elif (
            _year_of(q)
            and not _base_or_dateline(text, q)
            and not a_comparisons_base(text, q)
            and not _a_trend_since(text, q)
        ):
            stated.append(q)
        resolved.append(q)
    return resolved
