"""组 / 組 counts sets (issue 12, eleventh session), as 套 and 柜 already count: 约200万组 is two
million sets shipped; 组成, 组建, 组装 and the like are verbs, no count. Single sentences written
for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import fields_of_type

PUBLISHED = date(2026, 3, 2)


def counts(sentence: str) -> list[tuple]:
    return fields_of_type(sentence, PUBLISHED, "count", "surface", "fact_type", "value")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("該廠今年的伺服器出貨量約80萬組。", [("80万组", "count", 800000.0)]),
        ("这家厂商去年交付了约3万组液冷机柜。", [("3万组", "count", 30000.0)]),
    ],
)
def test_sets_are_counted(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Must not fire: 组 starts a verb or a noun of its own.
        "这个集群由256组成。",
        "公司计划在2026年组建新的研发团队，投入5000组织架构调整。",
    ],
)
def test_sets_words_that_count_nothing(sentence):
    assert not [row for row in counts(sentence) if row[0].endswith("组")]
