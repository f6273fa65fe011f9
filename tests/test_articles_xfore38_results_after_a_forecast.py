"""A result told as done (revenue rose, 营收增长) after a sentence that told the year carried only
ahead (a forecast's or a plan's figures, "expects capex of $90 billion in 2026", 计划2026年投资
500亿元) is not of that year: the forecast's year is what the story expects, not what it reports.
A sentence looking ahead too goes on with the forecast's year; a result after a sentence reporting
its year keeps it; a year stated in the result's own sentence dates it. (surface, period)."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 11, 3)

CASES = [
    (
        "Acme spending\n\n"
        "Acme expects capital expenditures of about $90 billion in 2026. "
        "Its cloud revenue climbed 25% to $20 billion.",
        {"$90 billion": "2026", "25%": None, "$20 billion": None},
    ),
    (
        "甲公司开支\n\n甲公司计划2026年投资500亿元建设数据中心。甲公司云业务收入增长25%，至200亿元。",
        {"500亿元": "2026", "25%": None, "200亿元": None},
    ),
    (
        "甲公司開支\n\n甲公司預計2026年資本開支約為500億元。雲業務收入按年增長25%。",
        {"500亿元": "2026", "25%": None},  # (surfaces arrive simplified)
    ),
    # must not fire: the sentence after looks ahead too, so it goes on with the forecast
    (
        "Acme outlook\n\n"
        "Acme expects revenue of about $90 billion in 2026. "
        "Cloud revenue is expected to grow 25%.",
        {"25%": "2026"},
    ),
    (
        "甲公司展望\n\n甲公司预计2026年营收将达到500亿元。其中云业务收入将增长25%。",
        {"25%": "2026"},
    ),
    # must not fire: guidance goes on in the sentence after ("guided to" looks ahead)
    (
        "Acme outlook\n\n"
        "For the fourth quarter, Acme expects revenue of about $9 billion. "
        "It guided to a gross margin of about 54%.",
        {"$9 billion": "2025Q4", "54%": "2025Q4"},
    ),
    # must not fire: a paragraph opening on one of the forecast's scenarios is a forecast too
    (
        "甲市场展望\n\n研究机构预计2026年服务器出货量将增长28%。\n\n"
        "悲观情境下，服务器出货量年增率仅为20%。",
        {"28%": "2026", "20%": "2026"},
    ),
    # must not fire: the year was the results' (told as done), so it dates the results after it
    (
        "Acme results\n\n"
        "Acme's capital expenditures reached $90 billion in 2025. "
        "Its cloud revenue climbed 25% to $20 billion.",
        {"25%": "2025", "$20 billion": "2025"},
    ),
    # must not fire: the result's own sentence states its year
    (
        "Acme spending\n\n"
        "Acme expects capital expenditures of about $90 billion in 2026. "
        "Its cloud revenue climbed 25% in 2025.",
        {"25%": "2025"},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_results_after_a_forecast(text: str, want: dict[str, str | None]) -> None:
    got = periods_by_surface(text, PUBLISHED)
    assert {s: got.get(s) for s in want} == want
