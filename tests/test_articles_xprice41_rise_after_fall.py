"""A rise after a fall in one clause: "H100 prices fell 64% and then recovered 40%". The fall word
before the second figure signed it negative, because the recovering verbs (recovered, rebounded,
climbed, jumped, rallied, 回升, 反弹) were no rise to the sign. Seen in blind3 100. The sentences
are new."""

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2026, 3, 20)


def _values(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "value")


def test_recovered_after_fell():
    rows = _values("A100 rental prices fell 55% and then recovered 25% this year.\n")
    assert ("55%", "pct_change", -55.0) in rows
    assert ("25%", "pct_change", 25.0) in rows


def test_rebounded_after_dropped():
    rows = _values("H200 rates dropped 30% in the spring but rebounded 12% by autumn.\n")
    assert ("30%", "pct_change", -30.0) in rows
    assert ("12%", "pct_change", 12.0) in rows


def test_chinese_rebound_after_a_fall():
    rows = _values("H100租赁价格下跌30%后反弹20%。\n")
    assert ("30%", "pct_change", -30.0) in rows
    assert ("20%", "pct_change", 20.0) in rows


def test_traditional_rise_again_after_a_fall():
    rows = _values("記憶體價格下跌15%後回升8%。\n")
    assert ("8%", "pct_change", 8.0) in rows


def test_a_fall_after_a_rebound_stays_a_fall():
    # Near miss: the fall is the nearer verb, so it keeps its sign.
    rows = _values("H100 prices rebounded 20% before they fell 10%.\n")
    assert ("20%", "pct_change", 20.0) in rows
    assert ("10%", "pct_change", -10.0) in rows
