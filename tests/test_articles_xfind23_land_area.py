"""亩 (畝 in traditional script), the Chinese unit of land, is how a compute park or data centre
project states its site: 占地约68亩, 规划建设用地500亩. The figure is an area in mu, kept as the
story gives it, and a site's land whatever word (占地, 用地, or none) stands before it. 亩均 and
亩产 are rates per mu, no area. Each text is written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "该数据中心项目占地约120亩，总投资15亿元。",
            ("120亩", "spec", "site_area", 120.0, "mu"),
        ),
        (
            "园区规划建设用地800亩，一期已完工。",
            ("800亩", "spec", "site_area", 800.0, "mu"),
        ),
        # Traditional script; 佔地 is read the same as 占地.
        (
            "新園區佔地約45畝，預計明年投產。",
            ("45亩", "spec", "site_area", 45.0, "mu"),
        ),
        # No word of land before it: the unit alone says land.
        (
            "智算中心一期工程约300亩，将于年内开工。",
            ("300亩", "spec", "site_area", 300.0, "mu"),
        ),
    ],
)
def test_mu_is_a_site_area(text, expected):
    assert expected in typed_rows(text)


def test_floor_space_beside_it_stays_floor_area():
    rows = typed_rows("项目一期占地68亩，建筑面积5万平方米。")
    assert ("68亩", "spec", "site_area", 68.0, "mu") in rows
    assert ("5万平方米", "spec", "floor_area", 50000.0, "m2") in rows


@pytest.mark.parametrize(
    "text",
    [
        # A rate per mu is no area.
        "该县亩均税收达到50万元。",
        "今年粮食亩产达到600公斤。",
    ],
)
def test_rates_per_mu_are_no_area(text):
    assert all(row[4] != "mu" for row in typed_rows(text))
