"""Rates a level is stated in keep their own metric, also when a company is the subject (a
company's yield or occupancy is no market share): a yield (良率, 良品率, yield), the part of a
data centre taken (利用率, 上架率, 出租率, utilization, occupancy), localisation, penetration,
self-sufficiency, market share in Taiwan's words (市佔率, 市場佔有率); and Taiwan's 奈米 is a
process node in nm. Each as (surface, fact_type, metric, value, unit)."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2025, 9, 1)


def typed(text: str) -> list[tuple]:
    return typed_rows(text, PUBLISHED)


RATE_CASES = [
    (
        "中芯国际7纳米工艺良率约为50%。",
        [
            ("7纳米", "spec", "process_node", 7.0, "nm"),
            ("50%", "share", "yield_rate", 50.0, "percent"),
        ],
    ),
    (
        "台積電3奈米製程良率已達80%。",
        [
            ("3奈米", "spec", "process_node", 3.0, "nm"),
            ("80%", "share", "yield_rate", 80.0, "percent"),
        ],
    ),
    ("Yields of the new chip are about 20%.", [("20%", "share", "yield_rate", 20.0, "percent")]),
    ("该数据中心出租率达到90%。", [("90%", "share", "utilization", 90.0, "percent")]),
    (
        "The data center's occupancy rate reached 95%.",
        [("95%", "share", "utilization", 95.0, "percent")],
    ),
    ("GPU集群的算力利用率仅为30%。", [("30%", "share", "utilization", 30.0, "percent")]),
    ("國產AI晶片自給率將達到40%。", [("40%", "share", "self_sufficiency_rate", 40.0, "percent")]),
    ("AI伺服器滲透率將提升至15%。", [("15%", "share", "penetration_rate", 15.0, "percent")]),
    ("英偉達在中國市佔率降至50%。", [("50%", "share", "market_share", 50.0, "percent")]),
    ("輝達市場佔有率約為八成。", [("八成", "share", "market_share", 80.0, "percent")]),
]


@pytest.mark.parametrize(("text", "expected"), RATE_CASES)
def test_a_rate_keeps_its_own_metric(text, expected):
    assert typed(text) == expected
