"""A total (合计, 总计, 共计) told in the clause after its measure sums that measure:
调高今年资本支出，合计金额估算至少3,200亿美元，甚至有机会超过3,800亿美元 (blind7 167) is capital
spending and 中标总金额含税约51.387亿元，其中CANN生态设备合计约34.517亿元，类CUDA生态设备约
16.87亿元 (blind5 134) is a tender's procurement; both were costs, as a total with no measure
named in its own clause was. The sentences are new."""

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2025, 8, 1)


def _typed(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric")


def test_a_total_after_capital_spending_is_capital_spending():
    rows = _typed(
        "几家云厂商纷纷上调全年资本支出，合计金额预计超过2,500亿美元，甚至可能达到3,000亿美元。\n"
    )
    assert ("2,500亿美元", "spend", "capex") in rows
    assert ("3,000亿美元", "spend", "capex") in rows


def test_a_traditional_total_after_capital_spending():
    rows = _typed("幾家雲端業者紛紛上調全年資本支出，合計金額預計超過2,500億美元。\n")
    assert ("2,500亿美元", "spend", "capex") in rows


def test_parts_of_a_tender_total_are_procurement():
    rows = _typed("本次中标总金额约30亿元，其中甲类设备合计约18亿元，乙类设备约12亿元。\n")
    assert ("18亿元", "spend", "procurement") in rows
    assert ("12亿元", "spend", "procurement") in rows


def test_a_total_with_no_measure_before_stays_a_cost():
    # Near miss: nothing named before the total, so it is what was paid in all.
    rows = _typed("公司买了三台服务器，合计2.7亿元。\n")
    assert ("2.7亿元", "cost", "cost") in rows


def test_a_total_after_its_own_measure_keeps_it():
    # Near miss: the measure in the total's own clause still wins over the clause before.
    rows = _typed("公司上调资本支出，三家子公司营收合计2.1兆元。\n")
    assert ("2.1兆元", "spend", "revenue") in rows
