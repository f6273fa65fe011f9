"""A period after a change and "on" ("a 134% increase on Q1 2024", "up 20% on 2024") or after a
percent and "over" ("grew 30% over Q2 2024") is the base the change is measured from, not its
period, as 较2024年第一季度 and "compared with Q1 2024" are. ("Over 2025" opening a clause is
the time its figures span.) (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

JUNE = date(2025, 6, 27)

CASES = [
    (
        "The market was worth a record $95.2 billion in the first quarter, a 134.1% increase "
        "on Q1 2024.",
        {"$95.2 billion": "2025Q1", "134.1%": "2025Q1"},
    ),
    ("Cloud revenue grew 30% over Q2 2024.", {"30%": None}),
    ("Cloud revenue grew 30 percent over the second quarter of 2024.", {"30 percent": None}),
    ("In 2025, shipments are expected to be up 20% on 2024.", {"20%": "2025"}),
    ("Server revenue posted a 45% rise on the first half of 2024.", {"45%": None}),
    # The Chinese forms already read so.
    ("第一季度服务器市场规模达952亿美元，较2024年第一季度增长134%。", {"134%": "2025Q1"}),
    ("第一季度伺服器市場規模達952億美元，較2024年第一季度成長134%。", {"134%": "2025Q1"}),
    # "over" opening the time the figures span, or a level's own period, stays its period.
    ("Over 2024, GPU rental prices fell 40%.", {"40%": "2024"}),
    ("Revenue was $20 billion in Q2 2024.", {"$20 billion": "2024Q2"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:16] for c in CASES])
def test_a_period_a_change_is_measured_on(text, expected):
    periods = periods_by_surface(text, JUNE)
    assert {surface: periods.get(surface) for surface in expected} == expected
