"""A bare sum (1600亿, "the 80 billion") that no cue of its sentence names, equal to a sum the
article has already stated with its currency, restates that sum: the same claim, with its type,
metric, currency, subject and period. Each text is written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import fact_rows


@pytest.mark.parametrize(
    ("text", "restated"),
    [
        (
            "字节跳动计划今年投入1600亿元建设算力。分析师认为，这1600亿中有一半将用于采购GPU。",
            ("1600亿", "spend", "investment", "ByteDance", 1.6e11, "CNY", "2025"),
        ),
        (
            "騰訊去年資本開支達到767億元。市場普遍認為767億並不算多。",
            ("767亿", "spend", "capex", "Tencent", 7.67e10, "CNY", "2024"),
        ),
        (
            "Microsoft plans to spend $80 billion on data centres this fiscal year. Analysts say "
            "the 80 billion could rise further.",
            ("80 billion", "spend", "spending", "Microsoft", 8e10, "USD", "FY2026"),
        ),
    ],
)
def test_a_bare_sum_restates_the_stated_one(text, restated):
    rows = fact_rows(text)
    assert restated in rows
    stated = rows[0]
    assert stated[1:] == restated[1:]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another value: nothing restated, and no cue names it.
        (
            "字节跳动计划今年投入1600亿元建设算力。另有报道称相关数字为3000亿。",
            [("1600亿元", "spend", "CNY")],
        ),
        # Another value a worth's cue names (twelfth session): that worth, not the sum.
        (
            "字节跳动计划今年投入1600亿元建设算力。另有报道称其估值为3000亿。",
            [("1600亿元", "spend", "CNY"), ("3000亿", "valuation", "CNY")],
        ),
        # A cue of its own sentence names the bare figure: it measures that, not the sum.
        (
            "字节跳动计划今年投入1600亿元建设算力。其用户数也已达到1600亿。",
            [("1600亿元", "spend", "CNY"), ("1600亿", "count", "count")],
        ),
        # The same figure measured by a word of its own: parameters, not the sum.
        (
            "字节跳动计划今年投入1600亿元建设算力。其最新模型有1600亿参数。",
            [("1600亿元", "spend", "CNY"), ("1600亿参数", "model_parameters", "parameters")],
        ),
    ],
)
def test_no_restatement_without_the_same_bare_sum(text, expected):
    assert [
        (surface, fact_type, unit) for surface, fact_type, _, _, _, unit, _ in fact_rows(text)
    ] == expected
