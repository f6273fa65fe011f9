"""A quarter or half named without a year takes the year told before it, except a year still to
come: after a forecast's year ("demand will stay strong in 2026"), a part of the publication's
year that has begun by publication, in a clause that does not look ahead, reports results, so it
is the publication's. A clause that looks ahead keeps the year to come; a past year told before
is kept. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 8, 20)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


CASES = [
    (
        "管理层预计2026年服务器需求依然强劲。\n\n纬颖第二季营收为860亿元，年增42%。",
        {"860亿元": "2025Q2", "42%": "2025Q2"},
    ),
    (
        "管理層預估2026年伺服器需求依然強勁。\n\n緯穎第二季營收為860億元，年增42%。",
        {"860亿元": "2025Q2", "42%": "2025Q2"},
    ),
    (
        "甲骨文2026年资本支出或增长50%；微软上半年资本支出为420亿美元。",
        {"50%": "2026", "420亿美元": "2025H1"},
    ),
    (
        "Management expects orders to double in 2026. Second-quarter revenue rose 18% to "
        "$2.4 billion.",
        {"18%": "2025Q2", "$2.4 billion": "2025Q2"},
    ),
    # A clause that looks ahead keeps the year to come.
    (
        "公司预计2026年营收增长30%，第三季度营收将达到50亿元。",
        {"30%": "2026", "50亿元": "2026Q3"},
    ),
    (
        "Management expects orders to double in 2026. Third-quarter revenue will reach $3 billion.",
        {"$3 billion": "2026Q3"},
    ),
    # A past year told before dates the part.
    (
        "2023年纬颖营收为2500亿元，第三季营收为700亿元。",
        {"2500亿元": "2023", "700亿元": "2023Q3"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:14] for c in CASES])
def test_a_part_of_this_year_reported_after_a_year_ahead(text, expected):
    periods = periods_of(text)
    assert {surface: periods.get(surface) for surface in expected} == expected
