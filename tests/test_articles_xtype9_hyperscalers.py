"""What the hyperscalers spend on AI, in a headline or a lead, is their capital spending; the same
outlay said of anyone else stays a plain spending. Each text is written for the test."""

from datetime import date

import pytest

from tests.helpers import measures

PUBLISHED = date(2026, 3, 1)


def _measures(text: str) -> list[tuple[str, str, str]]:
    return measures(text, PUBLISHED)


HYPERSCALER_CASES = [
    ("Hyperscalers queue up $420 billion of AI spending", [("$420 billion", "spend", "capex")]),
    (
        "The hyperscalers expect to spend more than $420 billion on AI this year.",
        [("$420 billion", "spend", "capex")],
    ),
    (
        "The four hyperscalers will pour $420 billion into artificial intelligence this year.",
        [("$420 billion", "spend", "capex")],
    ),
    ("超大规模云厂商今年的AI支出预计达4200亿美元。", [("4200亿美元", "spend", "capex")]),
    ("超大規模雲端業者今年的AI支出預計達4200億美元。", [("4200亿美元", "spend", "capex")]),
]


@pytest.mark.parametrize(("text", "expected"), HYPERSCALER_CASES)
def test_what_the_hyperscalers_spend_is_capex(text, expected):
    assert _measures(text) == expected


OTHER_SPENDER_CASES = [
    ("Retailers expect to spend $42 billion on AI this year.", "spending"),
    ("该省今年的AI支出预计达420亿元。", "spending"),
]


@pytest.mark.parametrize(("text", "metric"), OTHER_SPENDER_CASES)
def test_what_others_spend_stays_spending(text, metric):
    assert [m for _s, _t, m in _measures(text)] == [metric]
