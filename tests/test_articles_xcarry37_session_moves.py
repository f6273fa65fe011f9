"""A share's move in a trading session ("shares rose about 6% in after-hours trading", 盘后上涨6%)
that its sentence gives no time is of its session's day, or of no time the text gives: not of the
year the sentence before told (a plan's, a forecast's, the results'), as it was already not of the
quarter or half a results story reports. A move told against a level its clause names (较上月高点
回落20%, "down 30% from its peak") runs over the stretch since then and keeps the year carried; a
day carried (上市当天) or a year the sentence states still dates the move. (surface, period)."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2026, 1, 30)

CASES = [
    (
        "Acme lifts spending\n\n"
        "Acme put its 2026 capital expenditure at $60 billion, up from $40 billion. "
        "The plan sent Acme shares up about 6% in after-hours trading.",
        {"$60 billion": "2026", "6%": None},
    ),
    (
        "甲公司上调开支\n\n甲公司将2026年资本开支定为600亿元。甲公司股价随即上涨6%。",
        {"600亿元": "2026", "6%": None},
    ),
    (
        "甲公司業績\n\n甲公司2025年營收為600億元，按年增長30%。甲公司股價全日上升2.1%。",
        {"600亿元": "2025", "30%": "2025", "2.1%": None},  # (surfaces arrive simplified)
    ),
    (
        "Acme results\n\nAcme's revenue for 2025 rose 30% to $60 billion. "
        "Acme shares rose about 6%.",
        {"$60 billion": "2025", "6%": None},
    ),
    # must not fire: a move against a level its clause names runs over the year carried
    (
        "甲公司2025年业绩预告\n\n甲公司预计2025年营业收入为15亿元。二级市场方面，甲公司股价较上月"
        "高点已回落20%。",
        {"20%": "2025"},
    ),
    # must not fire: the year is the move's own
    (
        "Acme results\n\nAcme expects 2026 revenue of $9 billion. Acme shares rose 40% in 2025.",
        {"40%": "2025"},
    ),
    # must not fire: a listing day carried in its paragraph dates the session's move
    (
        "甲公司上市\n\n2025年12月5日，甲公司在科创板上市。该股盘中上涨400%，收盘报600元/股。",
        {"400%": "2025-12-05"},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_a_sessions_move(text: str, want: dict[str, str | None]) -> None:
    got = periods_by_surface(text, PUBLISHED)
    assert {s: got.get(s) for s in want} == want
