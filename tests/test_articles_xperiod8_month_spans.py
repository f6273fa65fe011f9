"""Months written as a stretch that makes up a quarter or half are that quarter or half, in
English as in Chinese: "April-June 2025", "the July-September quarter", "from July to September",
"between April and June 2025", 2025年7月至9月, 7月至9月 (月 after each month), 从7月到9月. "from" /
从 before such a stretch opens it; before a single period it is still a base or a start.
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 11, 20)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


SPANS = [
    ("In April-June 2024, server shipments rose 14%.", "2024Q2"),
    ("In the July-September quarter, server shipments rose 14%.", "2025Q3"),
    ("From July to September, server shipments rose 14%.", "2025Q3"),
    ("Between January and June 2024, server shipments rose 14%.", "2024H1"),
    ("2024年7月至9月，服务器出货量增长14%。", "2024Q3"),
    ("7月至9月，伺服器出貨量成長14%。", "2025Q3"),
    ("从7月到9月，服务器出货量增长14%。", "2025Q3"),
]


@pytest.mark.parametrize(("text", "period"), SPANS, ids=[c[0][:28] for c in SPANS])
def test_months_making_up_a_quarter_or_half_are_it(text, period):
    assert periods_of(text)["14%"] == period


SINGLE = [
    "Server shipments rose 14% from July.",
    "Server shipments rose 14% from the third quarter.",
]


@pytest.mark.parametrize("text", SINGLE, ids=[c[:28] for c in SINGLE])
def test_from_before_a_single_period_is_still_its_base(text):
    assert periods_of(text)["14%"] is None
