"""A bare number glued to a measure word the number reader does not know (cores, mu of land,
waves) measures that thing: no price or outlay its clause names is it. Words of degree or bound
after a figure keep it what its cue names. Each text is written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "H800整机提供16核或32核两种配置，月租金为每台6.5万元。",
            [("6.5万元", "unit_price", "rental_price", 65000, "CNY")],
        ),
        (
            "该数据中心总投资12亿元，占地约120亩。",
            # (亩 is now a unit, read as the site's area: still no money.)
            [
                ("12亿元", "spend", "investment", 1.2e9, "CNY"),
                ("120亩", "spec", "site_area", 120.0, "mu"),
            ],
        ),
        ("董事长认为这轮投资热潮才走到2.5波。", []),
    ],
)
def test_a_number_measured_by_its_word_is_no_money(text, expected):
    assert typed_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("该中心的PUE值为1.3左右。", 1.3),
        ("新建数据中心的PUE要降到1.25以下。", 1.25),
    ],
)
def test_a_bound_or_degree_after_the_number_is_no_measure_word(text, value):
    assert [(r[1], r[2], r[3]) for r in typed_rows(text)] == [("ratio", "pue", value)]
