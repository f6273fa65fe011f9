"""The people a story is told by (三名知情人士, 4名知悉采购讨论的人士, 其中1人指出,
"3 people familiar with the matter") are its sources, not a measure of anything: no count.
Staff, members and subscribers counted stay. (surface, fact_type, value) of each fact."""

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 12)

CASES = [
    ("路透社引述三名知情人士报道，甲公司已订购20万颗芯片。", [("20万颗", "count", 2.0e5)]),
    ("據4名知悉採購討論的人士透露，乙公司計劃採購5萬張GPU。", [("5万张", "count", 5.0e4)]),
    ("其中1人指出，丙芯片的算力最多可达对手的6倍。", [("6倍", "ratio", 6.0)]),
    ("另有3名参与工程业务的人士也表示，该芯片性能更好。", []),
    (
        "Acme has ordered 300,000 chips, 3 people familiar with the matter said.",
        [("300,000 chips", "count", 3.0e5)],
    ),
    # must not fire: staff, members and subscribers are counted claims
    ("丁公司员工规模达1126人。", [("1126人", "count", 1126.0)]),
    ("公司有9名核心技术人员。", [("9名", "count", 9.0)]),
    ("公开发售部分吸引47.1万人认购。", [("47.1万人", "count", 4.71e5)]),
    ("Acme employs 1,200 people in Texas.", [("1,200 people", "count", 1200.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_sources_of_a_story_are_no_count(text, expected):
    assert fact_fields(text, PUBLISHED, "surface", "fact_type", "value") == expected
