"""A span of years stated by a sentence with no figure of its own (中国移动已完成2025至2026年度的
集采, "has closed its tender for 2025-2026") dates the figures after it in its paragraph, as a
year stated so does. A span that dated figures of its own sentence (a compound growth rate over
2020至2023年) was their stretch and carries to nothing (issue 12, seventh session). Single texts
written for the test, answers first: {surface: period}."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2026, 1, 28)

CASES = [
    (
        "中国移动已完成2025至2026年度推理服务器的集中采购。本轮一共买入服务器7499台。",
        {"7499台": "2025-2026"},
    ),
    (
        "中國移動已完成2025至2026年度推理伺服器的集中採購。本輪一共買入伺服器7499台。",
        {"7499台": "2025-2026"},
    ),
    (
        "China Mobile has closed its server tender for 2025-2026. The contracts are worth "
        "$2 billion in total.",
        {"$2 billion": "2025-2026"},
    ),
    (
        "2020至2023年市场复合增长率为20%。其中服务器出货量为50万台。",
        {"20%": "2020-2023", "50万台": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=["hans", "hant", "en", "cagr"])
def test_a_span_stated_alone_dates_what_follows(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {s: periods.get(s, "missing") for s in expected} == expected
