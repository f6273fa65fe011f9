"""A day of the month stated alone (21日, 昨（23）日, 今(23)日): news dates an event by its day and
leaves the month and year to the dateline, so the publication supplies them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from suanli.quantities import Quantity

# Not a month's day (12月5日), a count of days (近3日, 21日内, 每日) or a daily figure (日均).
_BARE_DAY = re.compile(
    r"(?<![\d月号.年近每第])(?<!过去|连续)(?:[今昨前]\s*[（(]\s*)?(?P<day>[1-9]|[12]\d|3[01])"
    r"(?:\s*[）)])?日(?![内均线前后])"
)
# "路透社周三（31日）报导": the day a report came out dates the report, not its figures.
_REPORTED_AFTER = re.compile(r"\s*[）)]?\s*(?:报导|报道|引述|指出|表示|透露|称)")


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
        if any(s < m.end() and m.start() < e for s, e in taken) or _REPORTED_AFTER.match(
            text, m.end()
        ):
            continue
        day = _day_of(published, int(m.group("day")))
        if day is None:
            continue
        year = float(day.year)
        found.append(
            Quantity(
                m.group(0),
                year,
                year,
                year,
                "date",
                "exact",
                "date",
                m.start(),
                m.end(),
                day.isoformat(),
            )  # fmt: skip
        )
    return found


# "上市当天", "当日收盘", "on the same day": the day the text named last.
_SAME_DAY = re.compile(r"当天|当日|同日|同一天|\bthat day\b|\bthe same day\b", re.I)


def same_days(
    text: str, start: int, end: int, last_day: str | None, taken: Iterable[tuple[int, int]]
) -> list[Quantity]:
    """当天/that day in text[start:end], dated with `last_day` (the day the text named last)."""
    if last_day is None:
        return []
    taken = list(taken)
    year = float(last_day[:4])
    return [
        Quantity(
            m.group(0), year, year, year, "date", "exact", "date", m.start(), m.end(), last_day
        )
        for m in _SAME_DAY.finditer(text, start, end)
        if not any(s < m.end() and m.start() < e for s, e in taken)
    ]
