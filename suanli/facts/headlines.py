"""A title or heading restates a figure the text then reports in full: "up 122% in Q3 2024" above
"122 percent more than in the same quarter a year earlier". What the body says the figure measures
(a year-on-year or a quarter-on-quarter change), and whom it is about, is what the headline's
figure measures and whom it is about."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from suanli.facts.attribution import PHRASE_KIND
from suanli.facts.clauses import Fact
from suanli.facts.periods import _A_DAY
from suanli.prefilter import prefiltered
from suanli.quantities import Quantity

_GROWTH_KINDS = frozenset({"yoy_growth", "qoq_growth"})
# Spans and multiples (一年, 两倍) recur in a text without being the same figure.
_COMMON_VALUES = frozenset({"duration", "ratio"})


def headline_growth_as_in_body(facts: Sequence[Fact]) -> None:
    """Give a headline's unspecified growth the kind of the one body growth of the same value and
    period (when the body reports it once, so the match is unambiguous). A headline that states
    no period ("revenue jumps 4,000%") restates the body's figure whatever period the body gives."""
    body = [f for f in facts if f.sentence.line_kind == "body" and f.metric in _GROWTH_KINDS]
    for fact in facts:
        if fact.sentence.line_kind != "heading" or fact.metric not in _GROWTH_KINDS | {"growth"}:
            continue
        same = {
            f.metric
            for f in body
            if f.value == fact.value
            and f.unit == fact.unit
            and (f.period == fact.period or fact.period is None)
        }
        if len(same) == 1:
            fact.metric = same.pop()
        elif same:
            fact.metric = (
                "growth"  # (the body reports the value both ways: the headline's is either)
            )


# Money types a headline's wording may misread: a nickname ("China sacrifice", 大手笔) over the
# measure the body names.
_MONEY_TYPES = frozenset({"spend", "cost", "earnings", "market_size", "valuation"})


def headline_measure_as_in_body(facts: Sequence[Fact]) -> None:
    """A headline amount of money ("Nvidia's $15 billion China sacrifice") restates the one body
    amount of the same value and currency ("cost the company $15 billion in potential sales"):
    it measures what the body says that amount measures."""
    body = [f for f in facts if f.sentence.line_kind == "body" and f.fact_type in _MONEY_TYPES]
    for fact in facts:
        if fact.sentence.line_kind != "heading" or fact.fact_type not in _MONEY_TYPES:
            continue
        same = {
            (f.fact_type, f.metric)
            for f in body
            if f.value == fact.value and f.value_low == fact.value_low and f.unit == fact.unit
        }
        if len(same) == 1:
            fact.fact_type, fact.metric = same.pop()


def headline_subject_as_in_body(facts: Sequence[Fact]) -> None:
    """A headline names its subject by a nickname or a description ('"寒王"三季报:营收17.27亿元',
    "AI巨头拟投500亿美元", "chipmaker's sales jump 20%"): a headline figure with no listed subject
    takes the one listed entity the body's facts of the same value, unit and type are about (not
    a span or a multiple: 一年, 两倍 recur without being the same figure)."""
    body = [f for f in facts if f.sentence.line_kind == "body" and f.subject is not None]
    for fact in facts:
        if fact.sentence.line_kind != "heading" or fact.fact_type in _COMMON_VALUES:
            continue
        if fact.subject is not None and fact.subject.kind != PHRASE_KIND:
            continue
        same = {
            f.subject
            for f in body
            if f.value == fact.value
            and f.unit == fact.unit
            and f.fact_type == fact.fact_type
            and f.subject.kind != PHRASE_KIND
        }
        if len(same) == 1:
            fact.subject = same.pop()


def headline_period_as_in_body(facts: Sequence[Fact]) -> None:
    """A title figure with no time of its own that repeats a body figure (the same value and
    unit: "聯想季度收入222億美元創新高" over "截至2025年12月31日止第三季…收入達222億美元") is the
    same claim told twice, and of the period the body gives it; when the body tells that figure
    with more than one period, or with none, the title's stays open (issue 12, settled at the
    ninth session's end)."""
    body = [f for f in facts if f.sentence.line_kind == "body"]
    for fact in facts:
        if fact.period is not None or not _in_the_title(fact) or fact.fact_type in _COMMON_VALUES:
            continue
        periods = {
            f.period
            for f in body
            if f.value == fact.value
            and f.value_low == fact.value_low
            and f.value_high == fact.value_high
            and f.unit == fact.unit
        }
        if len(periods) == 1:
            fact.period = periods.pop()


def _in_the_title(fact: Fact) -> bool:
    return fact.sentence.line_kind == "heading" and fact.sentence.sentence_no == 1


# The listing told (挂牌交易, 登陆科创板, 上市当天, "first day of trading"), and the figures of the
# offering: what it raised (募资) and its price (发行价, "IPO price").
# (Extraction reads the text converted to simplified script: no traditional forms are needed.)
# (首秀: a listing's debut, as "debut" is. A figure valued at a price of the session (按收盘价
# 计算一签浮盈, 按盘中最高价计算, "at the closing price") is of the listing's first day in a story
# of the listing.)
_LISTED_IN = re.compile(r"(?:刚|已|正式)?上市(?:的那段时间|之初|时)|挂牌|登陆", re.I)
_A_MONTH = re.compile(r"\d{4}-\d\d")
_THE_LISTING = re.compile(r"挂牌|登陆|上市当天|首日|首秀|正式上市|debut|first day of trading", re.I)
_THE_FIRST_DAY = prefiltered(
    r"上市当天|首日|首秀|first day|debut|[按以](?:收盘|开盘|盘中最高|最高)价"
    r"|\bat (?:the|its) (?:closing|opening) price",
    re.I,
)
_THE_ISSUE_PRICE = re.compile(r"发行价|发售价|招股价|offering price|IPO price", re.I)
# The offering's subscription and allocation told in a figure's clause (超额认购2346.53倍, 中签率
# 5%, 网下发行总量的98.44%, 获配383.73万股, 公开发售占17.39%, 23名基石投资者, "oversubscribed",
# "allotted"): figures of the offering, as its proceeds and price are.
_THE_SUBSCRIPTION = prefiltered(
    r"认购|申购|中签|配售|获配|发售|发行份额|发行总量|基石投资者"
    r"|oversubscri|subscription|allot|cornerstone",
    re.I,
)
# (Not where the sentence gives them a time of their own: the book-building or an earlier or
# preliminary stage they were counted at, named in their part of the sentence (初步询价环节…网下
# 申购倍数1572倍, 初步中签率, 此前的认购期; not 网下初步配售结果公告…：…获配98.44%, a notice's
# name before a colon), or someone's remark on them (…表示，…2347倍的超额认购…说明): as the
# settled reading asks, only figures the text leaves undated.)
_AN_EARLIER_STAGE = re.compile(r"询价|初步|此前")
_A_REMARK = prefiltered(r"表示|认为|分析说|\bsaid\b|\bsays\b", re.I)
_CLAUSE_BREAK = re.compile(r"[，,；;。:：]")
_PART_BREAK = re.compile(r"[；;:：]")


def _of_the_subscription(fact: Fact) -> bool:
    """Whether the figure's clause tells the offering's subscription or allocation, with no time
    of its own in its part of the sentence."""
    text = fact.sentence.text
    if not _THE_SUBSCRIPTION.search(text) or _A_REMARK.search(text):
        return False
    figure = fact.quantity.char_start - fact.sentence.char_start
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, figure)), default=0)
    part_start = max((m.end() for m in _PART_BREAK.finditer(text, 0, figure)), default=0)
    end = _CLAUSE_BREAK.search(text, fact.quantity.char_end - fact.sentence.char_start)
    clause_end = end.start() if end else len(text)
    return bool(_THE_SUBSCRIPTION.search(text, clause_start, clause_end)) and not (
        _AN_EARLIER_STAGE.search(text, part_start, clause_end)
    )


# A day the listing is set for, the verb right after it in its clause (拟于2026年1月2日挂牌,
# 计划在1月8日以"9903"为代码登陆港交所, 12月5日登陆科创板), or in the one clause a lead's day
# opens (2026年1月2日，壁仞科技在香港联交所挂牌); not a day whose next clause tells another step
# (12月9日，…结束申购，距离登陆…).
_LISTED_AFTER = re.compile(r"[，,]?[^，,。；;]{0,16}?(?:挂牌|登陆|正式上市)")
_A_PLAN = re.compile(r"拟|计划|将于|预计")


def listing_day(
    text: str, periods: Sequence[Quantity], published: date | None
) -> tuple[str, bool] | None:
    """The day a sentence with no figure of its own sets the listing on (拟于2026年1月2日挂牌,
    沐曦股份17日在科创板挂牌交易), and whether it is told as a plan. A planned day read before the
    publication is a year misread, and dates nothing."""
    for p in reversed(periods):
        if not _A_DAY.fullmatch(p.period or "") or not _LISTED_AFTER.match(text, p.char_end):
            continue
        planned = bool(_A_PLAN.search(text, max(0, p.char_start - 6), p.char_start))
        if planned and published and p.period < published.isoformat():
            return None
        return p.period, planned
    return None


# A year the story ranks the offering in (是2025年港股散户认购人数最多的新股, 创2025年…之最,
# 为2025年A股打新收益的最高纪录): the year of a record, not a time of the offering's figures. It
# is the year before the listing for an offering booked in December and listed in January.
_A_RECORDS_YEAR = re.compile(
    r"(?:是|为|成为|创)(20\d\d)年[^，,。；;]{0,20}?(?:之最|最[多大高]|纪录|第一|首[家只个])"
)


def _years_ranked_in(facts: Sequence[Fact]) -> set[str]:
    """The years named in a record told of the offering in the facts' sentences."""
    texts = {f.sentence.text for f in facts if "最" in f.sentence.text or "第一" in f.sentence.text}
    return {m.group(1) for text in texts for m in _A_RECORDS_YEAR.finditer(text)}


def offerings_of_the_listing_day(
    facts: Sequence[Fact], listing_days: Sequence[tuple[str, bool]]
) -> None:
    """An IPO's proceeds, its issue price and its first day's figures are of the listing: where
    the story dates the listing to one day (its sentences' figures all of that day: "12月5日，公司
    在科创板挂牌交易，开盘价为650元"; else the one day a sentence names for it, 拟于2026年1月2日
    挂牌, 17日在科创板挂牌交易, `listing_day`), a figure of those left open or dated by the year
    alone
    ("本次IPO募集资金约80亿元，是今年科创板…之最") takes that day, and so, where the listing is
    told as done, do the subscription's and allocation's figures (超额认购2346.53倍, 中签率5%).
    A price or amount its own sentence dates to another day (11月24日申购当天，发行价定为
    114.28元) keeps it."""
    days = {
        f.period
        for f in facts
        if f.period and _A_DAY.fullmatch(f.period) and _THE_LISTING.search(f.sentence.text)
    }
    # (A listing told as done on its day dates the first day's trading as its figures' day
    # does. A day the listing is only planned for dates its offering, not a first day's
    # trading: a first day told elsewhere may be another listing's.)
    days = days or {day for day, planned in listing_days if not planned}
    offering_only = not days
    days = days or {day for day, _planned in listing_days}
    # (A story that dates the listing to its month only, 在去年12月刚上市的那段时间, dates to that
    # month the offering's figures it dated by the listing's year: a month is too loose a time
    # to give a figure left open, as a plan's 计划投资总额 is.)
    by_month = not days
    days = days or {
        f.period
        for f in facts
        if f.period and _A_MONTH.fullmatch(f.period) and _LISTED_IN.search(f.sentence.text)
    }
    if len(days) != 1:
        return
    day = days.pop()
    years = {day[:4]} | _years_ranked_in(facts)
    for fact in facts:
        if fact.period not in years and (by_month or fact.period is not None):
            continue
        text = fact.sentence.text
        of_the_offering = (
            fact.metric == "funding"
            or (fact.fact_type == "unit_price" and bool(_THE_ISSUE_PRICE.search(text)))
            or (not offering_only and _of_the_subscription(fact))
        )
        if of_the_offering or (_THE_FIRST_DAY.search(text) and not offering_only):
            fact.period = day
