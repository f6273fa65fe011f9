"""A day of the month stated alone (21日, 昨（23）日, 今(23)日): news dates an event by its day and
leaves the month and year to the dateline, so the publication supplies them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from suanli.prefilter import prefiltered
from suanli.quantities import Quantity

# Not a month's day (12月5日), a count of days (近3日, 21日内, 每日) or a daily figure (日均).
# Typeset text spaces figures from CJK letters (沐曦股份 17 日在科创板挂牌, 周五 (22 日)): any
# space may stand around the day's number, and before it after a word of counting (近 3 日).
_BARE_DAY = prefiltered(
    r"(?<![\d月号.年近每第])(?<![\d月号.年近每第]\s)(?<!过去|连续)(?<!过去\s|连续\s)"
    r"(?:[今昨前]\s*[（(]\s*)?(?P<day>[1-9]|[12]\d|3[01])(?:\s*[）)])?\s*日(?![内均线前后])"
)
# "路透社周三（31日）报导": the day a report came out dates the report, not its figures.
_REPORTED_AFTER = re.compile(r"\s*[）)]?\s*(?:报导|报道|引述|指出|表示|透露|称)")


def _overlaps(m: re.Match, taken: Sequence[tuple[int, int]]) -> bool:
    """Whether the match overlaps one of the `taken` spans (a period read already)."""
    return any(s < m.end() and m.start() < e for s, e in taken)


def _day_of(published: date, day: int) -> date | None:
    """The date a bare day names: in the published month, or the month before when the day is
    still to come ("30日" in a story of 2 January is 30 December)."""
    month_start = published.replace(day=1)
    if day > published.day:
        month_start = (month_start - timedelta(days=1)).replace(day=1)
    try:
        return month_start.replace(day=day)
    except ValueError:
        return None


def bare_days(
    text: str, start: int, end: int, published: date | None, taken: Iterable[tuple[int, int]]
) -> list[Quantity]:
    """The dates of the bare days in text[start:end], outside the `taken` spans."""
    if published is None:
        return []
    taken = list(taken)
    found = []
    for m in _BARE_DAY.finditer(text, start, end):
        if _overlaps(m, taken) or _REPORTED_AFTER.match(text, m.end()):
            continue
        day = _day_of(published, int(m.group("day")))
        if day is None:
            continue
        found.append(_dated(m, day))
    return found


def _dated(m: re.Match, day: date) -> Quantity:
    """The date a match names, as a period quantity (its value the year)."""
    year = float(day.year)
    return Quantity(m.group(0), year, year, year, "date", "exact", "date", m.start(), m.end(),
                    day.isoformat())  # fmt: skip


# "上市当天", "当日收盘", "on the same day": the day the text named last; 次日, 翌日, "the next
# day": the day after it (12月7日发布公告…次日早盘涨超5%: 12-08).
_SAME_DAY = prefiltered(
    r"当天|当日|同日|同一天|\bthat day\b|\bthe same day\b"
    r"|(?P<next>次日|翌日|隔日|第二天|\bthe (?:next|following) day\b)",
    re.I,
)
# A day, with its year or waiting for it (2025-12-05, -12-05).
_STATED_DAY = prefiltered(r"(?:\d{4})?-\d\d-\d\d")
# "上市当天", "挂牌当日", "当天开盘价", "股价当日高开": the day of a listing's or a share's trading
# session, which the text may have named before other days (12月5日挂牌…11月24日申购…按上市当天
# 盘中最高价计算).
_SESSION_BEFORE = re.compile(r"(?:上市|挂牌|交易|开盘|收盘)$")
_SESSION_AFTER = re.compile(
    r"(?:股价)?(?:开盘|收盘|收市|盘中|高开|低开|收涨|收跌|收报|收于|涨停|跌停|成交)"
)


def same_days(
    text: str,
    start: int,
    end: int,
    named: tuple[str | None, str | None],
    taken: Iterable[tuple[int, int]],
    stated: Sequence[Quantity] = (),
) -> list[Quantity]:
    """当天/that day in text[start:end], outside the `taken` spans: a trading session's (上市当天,
    当天开盘价) is the session's day, the second of the days `named` (the last day a share traded
    on, in the text); any other is the last day `stated` before it in its sentence (11月24日申购
    当天, read with that day's year), else the first of `named` (the day the text named last).
    次日/the next day is the day after the day 当天 would be."""
    last_day, session_day = named
    taken = list(taken)
    days = [p for p in stated if p.kind == "date" and _STATED_DAY.fullmatch(p.period or "")]
    found = []
    for m in _SAME_DAY.finditer(text, start, end):
        if _overlaps(m, taken):
            continue
        before = [p for p in days if p.char_end <= m.start()]
        if session_day and (
            _SESSION_BEFORE.search(text, max(start, m.start() - 2), m.start())
            or _SESSION_AFTER.match(text, m.end())
        ):
            day = _same_day(m, session_day)
        elif before:
            day = replace(before[-1], surface=m.group(0), char_start=m.start(), char_end=m.end())
        elif last_day:
            day = _same_day(m, last_day)
        else:
            continue
        if m.group("next"):
            day = _the_day_after(day)
        if day is not None:
            found.append(day)
    return found


def _the_day_after(day: Quantity) -> Quantity | None:
    """The day after `day` (2025-12-07 or, its year still to come, -12-07); None after a yearless
    31 December or a yearless end of February, whose next day's year or date is not known."""
    period = day.period or ""
    if period.startswith("-"):
        # (Any year with a 29 February reads every other yearless day's length right.)
        following = date(2024, int(period[1:3]), int(period[4:6])) + timedelta(days=1)
        if following.year != 2024 or (following.month, following.day) in ((2, 29), (3, 1)):
            return None
        return replace(day, period=following.strftime("-%m-%d"))
    following = date.fromisoformat(period) + timedelta(days=1)
    year = float(following.year)
    return replace(day, period=following.isoformat(), value=year, value_low=year, value_high=year)


def _same_day(m: re.Match, day: str) -> Quantity:
    year = float(day[:4])
    return Quantity(m.group(0), year, year, year, "date", "exact", "date", m.start(), m.end(), day)


# A weekday (周三, 上周五, 星期二, on Wednesday, last Friday): news dates an event of the story's
# week by its weekday, so the publication's date names the day: the latest such day up to it, or
# the one of the week before (上周, last) or after (下周, next), or of the publication's week (本周,
# this). Not an ordinal's (10月的第三个周五) nor every week's (每周一), not the weekday of a day
# written beside it (8月27日周三, 周三（31日）: the day is read already), not a possessive
# ("Wednesday's results": an event ahead) unless it owns a trading session ("in Tuesday's
# extended session": the day of the trading), and not the day a report came out (周三对投资者说,
# "said on Tuesday that …", "broke the story on Sunday"): that day dates the telling. A session
# closed or opened on a weekday names it without "on" ("shares finished Thursday 0.19 percent
# higher", "closed Friday 2% lower"): the figure after it is the session's, not a date's day.
_ZH_WEEKDAYS = "一二三四五六日天"
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = prefiltered(
    r"(?<![第个每日号])(?P<zh_rel>上个?|下个?|本|这个?)?(?:周|星期|礼拜)(?P<zh>[一二三四五六日天])"
    r"(?![\d一二三四五六七八九十]|\s*[（(]\s*(?:\d|[一二三四五六七八九十]+月))"
    r"|\b(?:(?P<en_rel>last|next|this)\s+|(?<=\bon\s)|(?<=\bclosed\s)|(?<=\bended\s)"
    r"|(?<=\bfinished\s)|(?<=\bopened\s)|(?:(?<=\bin\s)|(?<=\bduring\s))(?=\w+'s"
    r"\s+(?:[\w-]+\s+)?(?:session|trading)\b))"
    r"(?P<en>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?!'s(?!\s+(?:[\w-]+\s+)?(?:session|trading)\b)"
    r"|\s*[（(,]?\s*\d(?![\d.,]*\s*(?:%|percent|per cent)))",
    re.I,
)
_A_DAY_BEFORE = re.compile(r"\d\s?[日号]\s*[（(,，]?\s*$")
_TOLD_AFTER = re.compile(
    r"\s*(?:稍早|早些时候|较早时|晚间|早上|上午|下午)?\s*(?:对[^，,。]{1,12})?"
    r"(?:报导|报道|引述|指出|表示|透露|称|说|发文|撰文)"
    r"|(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:(?:it|he|she|they|the company)\s+)?"
    r"(?:said|says|told|reported|announced|wrote)\b",
    re.I,
)
_TOLD_BEFORE = re.compile(
    r"\b(?:said|says|told|reported|announced|wrote|story|statement)\s+(?:\w+\s+){0,2}on\s+$", re.I
)


def _weekday_named(published: date, m: re.Match) -> date:
    """The date a weekday names in a story published on `published` (see `_WEEKDAY`)."""
    if m.group("zh"):
        weekday = min(_ZH_WEEKDAYS.index(m.group("zh")), 6)
        relative = (m.group("zh_rel") or "")[:1]
    else:
        weekday = _EN_WEEKDAYS.index(m.group("en").lower())
        relative = {"last": "上", "next": "下", "this": "本"}.get(
            (m.group("en_rel") or "").lower(), ""
        )
    monday = published - timedelta(days=published.weekday())
    if relative == "上":
        return monday - timedelta(days=7 - weekday)
    if relative == "下":
        return monday + timedelta(days=7 + weekday)
    if relative in ("本", "这"):
        return monday + timedelta(days=weekday)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def weekdays(
    text: str, start: int, end: int, published: date | None, taken: Iterable[tuple[int, int]]
) -> list[Quantity]:
    """The dates of the weekdays in text[start:end] (see `_WEEKDAY`), outside the `taken` spans."""
    words = text[start:end]
    if published is None or not any(w in words for w in ("周", "星期", "礼拜", "day")):
        return []  # (a cheap test before the search)
    taken = list(taken)
    found = []
    for m in _WEEKDAY.finditer(text, start, end):
        if (
            _overlaps(m, taken)
            or _A_DAY_BEFORE.search(text, max(start, m.start() - 12), m.start())
            or _TOLD_AFTER.match(text, m.end())
            or _TOLD_BEFORE.search(text, max(start, m.start() - 40), m.start())
        ):
            continue
        found.append(_dated(m, _weekday_named(published, m)))
    return found


def told_days(text: str, start: int, end: int, published: date | None) -> list[str]:
    """The days the weekdays in text[start:end] name that `weekdays` leaves as the day a report
    came out ("Nvidia said on Tuesday that …"): the day the news was out, which dates only the
    trading the text ties to the news (`scope._tied_to_the_news`)."""
    if published is None or "day" not in text[start:end]:
        return []  # (a cheap test before the search)
    return [
        _weekday_named(published, m).isoformat()
        for m in _WEEKDAY.finditer(text, start, end)
        if _TOLD_AFTER.match(text, m.end())
        or _TOLD_BEFORE.search(text, max(start, m.start() - 40), m.start())
    ]


# 昨日, 昨天, yesterday: the day before the publication's. (昨（23）日 is a bare day.)
_DAY_BEFORE = re.compile(r"昨日(?![\d（(])|昨天|\byesterday\b", re.I)


def days_before(
    text: str, start: int, end: int, published: date | None, taken: Iterable[tuple[int, int]]
) -> list[Quantity]:
    """The date of 昨日 / 昨天 / yesterday in text[start:end], outside the `taken` spans."""
    words = text[start:end]
    if published is None or ("昨" not in words and "yesterday" not in words.lower()):
        return []
    taken = list(taken)
    found = []
    day = published - timedelta(days=1)
    for m in _DAY_BEFORE.finditer(text, start, end):
        if _overlaps(m, taken):
            continue
        found.append(_dated(m, day))
    return found


# A year named by reference: "that year", "the same year" (同年, 当年 are read already) are the
# year told last; "for the year", "the full year" the year the text speaks of, else the
# publication's; "the rest of the year" the publication's. (Not "the year to March", "the year
# before", "a year ago", nor "over the year", the twelve months up to now; nor "in the year-ago
# quarter", a compound naming another period.)
_THAT_YEAR = re.compile(
    r"\b(?:that|the same) year\b(?!\s+(?:before|after|earlier|later|ago))", re.I
)
_THE_YEAR = re.compile(
    r"\b(?:for|during|in) the (?:full |whole |entire )?year\b"
    r"(?!-|\s+(?:to|ended|ending|through|before|after|earlier|later|ago|on year))",
    re.I,
)
_REST_OF_THE_YEAR = re.compile(r"\bthe (?:rest|remainder|balance) of the year\b", re.I)
_YEAR_OF_A_PERIOD = prefiltered(r"(?:FY)?(?:19|20)\d\d")


def _year_referred_to(
    pattern: re.Pattern, before: Sequence[str], carried: str | None, published: date
) -> str | None:
    if pattern is _REST_OF_THE_YEAR:
        return str(published.year)
    told = before[-1] if before else carried
    year = _YEAR_OF_A_PERIOD.match(told or "")
    if pattern is _THAT_YEAR:
        return year.group(0) if year else None
    return year.group(0) if year else str(published.year)


def years_referred_to(
    text: str,
    start: int,
    end: int,
    stated: Sequence[Quantity],
    carried: str | None,
    published: date | None,
) -> list[Quantity]:
    """The years text[start:end] names by reference (see `_THAT_YEAR`), dated by the last period
    the sentence states before them, else the one `carried` to it, else the publication."""
    if published is None or "year" not in text[start:end].lower():
        return []  # (a cheap test before the searches)
    return periods_referred_to(
        (text, start, end),
        stated,
        (_REST_OF_THE_YEAR, _THAT_YEAR, _THE_YEAR),
        lambda pattern, m, before: _year_referred_to(pattern, before, carried, published),
        _year_quantity,
    )


def _year_quantity(m: re.Match, period: str) -> Quantity:
    value = float(period.removeprefix("FY"))
    return Quantity(
        m.group(0), value, value, value, "year", "exact", "year", m.start(), m.end(), period
    )


# A reference's period from the pattern that found it, its match and the periods its sentence
# states before it.
ReferredPeriod = Callable[[re.Pattern, re.Match, Sequence[str]], str | None]


def periods_referred_to(
    within: tuple[str, int, int],
    stated: Sequence[Quantity],
    patterns: Sequence[re.Pattern],
    period_of: ReferredPeriod,
    quantity_of: Callable[[re.Match, str], Quantity],
    holds_its_own: Callable[[re.Pattern, re.Match], bool] = lambda pattern, m: False,
) -> list[Quantity]:
    """The periods `within` (text, start, end) names by reference through `patterns`, in turn,
    each dated by `period_of` and made a quantity by `quantity_of`. A reference over a period
    stated, or over one found before it, is no reference, unless it `holds_its_own` period in its
    words (the month of "the quarter to June")."""
    text, start, end = within
    taken = [(q.char_start, q.char_end) for q in stated]
    found = []
    for pattern in patterns:
        for m in pattern.finditer(text, start, end):
            overlaps = _overlaps(m, taken)
            if overlaps and not holds_its_own(pattern, m):
                continue
            before = [q.period for q in stated if q.char_end <= m.start() and q.period]
            period = period_of(pattern, m, before)
            if period:
                found.append(quantity_of(m, period))
                taken.append((m.start(), m.end()))
    return found
