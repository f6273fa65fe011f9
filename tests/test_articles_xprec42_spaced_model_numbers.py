"""A listed model number set apart from its Chinese series word by a space (昇腾 910, 思元 590), as
Chinese copy often spaces digits, names the product as the glued alias does (昇腾910, 思元590): it
was a bare number, read as a price of 910 yuan where a price word stood nearby (blind6 146), and
思元 290 / 思元 370 (dev 03), 思元 590 (blind 52) named only the series. The sentences are new."""

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2026, 1, 20)


def test_a_spaced_model_number_is_no_price():
    text = "RTX 4090、A100、昇腾 910 等中低端资源已经比较充足，价格也理性回落。\n"
    assert all(row[0] != "910" for row in fact_fields(text, PUBLISHED, "surface"))


def test_a_traditional_spaced_model_number_is_no_price():
    text = "RTX 4090、A100、昇騰 910 等中低端資源已經比較充足，價格也理性回落。\n"
    assert all(row[0] != "910" for row in fact_fields(text, PUBLISHED, "surface"))


def test_a_spaced_model_names_the_product():
    rows = fact_fields("思元 590 的售价约为5万元。\n", PUBLISHED, "surface", "subject")
    assert ("5万元", "Cambricon MLU590") in rows


def test_a_year_after_the_series_is_no_model():
    # Near miss: 2025 after 昇腾 is the year, and no product 昇腾 2025 is made up.
    rows = fact_fields("华为昇腾 2025年出货约70万颗。\n", PUBLISHED, "surface", "period", "subject")
    assert ("70万颗", "2025", "Huawei") in rows


def test_an_unlisted_number_after_the_series_stays_a_count():
    # Near miss: no 思元100 is listed, so 100 颗 counts chips.
    rows = fact_fields("公司采购了思元 100颗。\n", PUBLISHED, "surface", "fact_type", "value")
    assert ("100颗", "count", 100.0) in rows
