"""The band a forecast is given within (营收将达650亿美元(±2%), 上下浮動2%, 正负2%, "plus or minus
2%") is how far the outcome may stray either way: a change of the forecast figure, unsigned, not
a share of the revenue it bands, and the band word names nothing measured. Seen in blind11 247
and blind14 304 and 314 (three articles, two sets), where it was read as a revenue share. The
sentences are new."""

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 20)


def _band(text: str) -> list[tuple]:
    return [
        row
        for row in fact_fields(text, PUBLISHED, "fact_type", "metric", "subject", "value")
        if row[1] == "guidance_band"
    ]


def test_a_bracketed_plus_minus_after_a_revenue_forecast():
    text = "英伟达预计下一财季营收将达720亿美元(±2%)，高于市场预期。\n"
    assert _band(text) == [("pct_change", "guidance_band", "NVIDIA", 2.0)]


def test_traditional_band_words_after_the_forecast():
    text = "輝達預估本季營收將達540億美元，上下浮動2%。\n"
    assert _band(text) == [("pct_change", "guidance_band", "NVIDIA", 2.0)]


def test_a_margin_forecasts_band():
    text = "英伟达预计毛利率为71.5%，正负0.5%。\n"
    rows = fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value")
    assert ("71.5%", "share", "gross_margin", 71.5) in rows
    assert ("0.5%", "pct_change", "guidance_band", 0.5) in rows


def test_english_plus_or_minus():
    text = "Nvidia said it expects revenue of $65.0 billion, plus or minus 2%.\n"
    assert _band(text) == [("pct_change", "guidance_band", "NVIDIA", 2.0)]


def test_a_plain_part_of_revenue_is_no_band():
    # Must not fire: no band word before the percent; it is a part of revenue.
    text = "英伟达游戏业务占营收的2%。\n"
    assert _band(text) == []
    assert ("share", "revenue_share", 2.0) in fact_fields(
        text, PUBLISHED, "fact_type", "metric", "value"
    )
