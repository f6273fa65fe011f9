"""A compound growth rate closing a move its sentence dated from one year to a later one runs over
the years between them (由2025年的X增至2034年的Y，年复合增长率Z → 2025-2034), not the last year
alone. A rate whose sentence names one year keeps it. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 10, 13)

CASES = [
    (
        "全球液冷服务器市场规模将由2025年的80亿美元增至2030年的300亿美元，年复合增长率达30.2%。",
        {"80亿美元": "2025", "300亿美元": "2030", "30.2%": "2025-2030"},
    ),
    (
        "全球液冷伺服器市場規模將由2025年的80億美元增至2030年的300億美元，年複合成長率達30.2%。",
        {"80亿美元": "2025", "300亿美元": "2030", "30.2%": "2025-2030"},
    ),
    (
        "2019年国内智算中心数量为30个，到2024年已超过200个，年复合增长率超过40%。",
        {"40%": "2019-2024"},
    ),
    (
        "The liquid-cooling market will grow from $8 billion in 2025 to $30 billion in 2030, a CAGR"
        " of 30.2%.",
        {"$8 billion": "2025", "$30 billion": "2030", "30.2%": "2025-2030"},
    ),
    # A rate whose sentence names one year only keeps that year.
    ("到2030年，液冷服务器市场规模将达300亿美元，年复合增长率为30.2%。", {"30.2%": "2030"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:14] for c in CASES])
def test_a_compound_rate_runs_between_the_years_of_its_move(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {surface: periods.get(surface) for surface in expected} == expected
