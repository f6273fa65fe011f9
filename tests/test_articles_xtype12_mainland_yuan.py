"""A mainland report (simplified script) writes its renminbi as a bare 元 and names every other
currency: a named amount after a bare one (市值为1800亿元，乙公司为620亿港元) leaves it in
renminbi; a named amount before it still lends its currency forward, and a Hong Kong or Taiwan
report (traditional script) keeps the nearest named neighbour either way. Each text is written
for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


def _units(text: str) -> list[tuple[str, str]]:
    return [(row[0], row[4]) for row in typed_rows(text) if row[4] not in ("percent", "count")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲公司市值为1800亿元，乙公司为620亿港元，丙公司为310亿港元。",
            [("1800亿元", "CNY"), ("620亿港元", "HKD"), ("310亿港元", "HKD")],
        ),
        (
            "以约2500亿元的市值计，该公司仍居行业首位；同行中一家港股公司的市值为900亿港元。",
            [("2500亿元", "CNY"), ("900亿港元", "HKD")],
        ),
        (
            "该公司去年营收为52亿元，其在香港上市的子公司营收为18亿港元。",
            [("52亿元", "CNY"), ("18亿港元", "HKD")],
        ),
    ],
)
def test_a_mainland_bare_yuan_before_a_named_currency_stays_renminbi(text, expected):
    assert _units(text) == expected


# Forward the named currency still carries: the bare amount continues the named one.
def test_a_mainland_bare_yuan_after_a_named_currency_takes_it():
    text = "台积电第三季营收为新台币9000亿元，净利润为4000亿元。"
    assert _units(text) == [("新台币9000亿元", "TWD"), ("4000亿元", "TWD")]


# A Hong Kong report writes its own dollars bare, before a named amount as well as after it.
@pytest.mark.parametrize(
    "text",
    ["該集團市值約為1800億元，股價收報620港元。", "该集团市值约为1800亿元，股价收报620港元。"],
)
def test_a_named_neighbour_after_decides_only_outside_mainland_script(text):
    expected_first = "HKD" if "團" in text else "CNY"
    assert _units(text)[0] == ("1800亿元", expected_first)
