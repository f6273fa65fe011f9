"""A price a calculation is worked out on names the figure inside the terms.

"按周四收市价1099元计算，章建平所持股份市值接近75亿元" and "如果按上市当天盘中最高价688元/股计算，
中一签的账面浮盈可达28.7万元": the clause of terms frames the sentence's other figures and names
nothing they measure, so the share price inside it used to have no subject, or the subject of a
figure before it (发行价). The price or rate the terms name right before the figure is its
subject, in both scripts and in English ("Based on Thursday's closing price of HK$1,099, …").
Counted in blind4 118 and blind7 163 (and blind5 125 writes 若以开盘价计 with no figure). A company
pronoun after the terms (公司总市值) does not point back to the price. The sentences are new.
Each row is (surface, subject)."""

import pytest

from tests.helpers import surface_subjects

BASIS_CASES = [
    (
        "按昨日收盘价86.2元计算，该基金所持股份市值约为12亿元。",
        ("86.2元", "昨日收盘价"),
    ),
    (
        "如果按首日盘中最高价305元/股计算，中一签可获浮盈约9.6万元。",
        ("305元/股", "首日盘中最高价"),
    ),
    (
        "按周五收市價52.3港元計算，其持股價值約18億港元。",
        ("52.3港元", "周五收市价"),
    ),
    (
        "以每股发行价37.8元计，募资总额约为45亿元。",
        ("37.8元", "每股发行价"),
    ),
    (
        "Based on Friday's closing price of HK$412, the fund's stake is worth about HK$3 billion.",
        ("HK$412", "Friday's closing price"),
    ),
]


@pytest.mark.parametrize(("text", "row"), BASIS_CASES)
def test_the_price_the_terms_name_is_the_subject(text, row):
    assert row in surface_subjects(text)


def test_the_figure_after_the_terms_keeps_its_own_subject():
    rows = surface_subjects("按收盘价45元计算，公司总市值约为300亿元。")
    assert ("300亿元", "公司总市值") in rows


def test_a_unit_the_terms_name_is_no_subject():
    # 每卡每小时 is the unit the rate is per, not a price or rate named.
    rows = surface_subjects("按每卡每小时2美元计算，一年租金约1.75万美元。")
    assert all(subject != "每卡每小时" for surface, subject in rows if surface == "2美元")
