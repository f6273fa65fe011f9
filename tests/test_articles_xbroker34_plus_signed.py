"""A percent written with a plus sign (营收58.50亿元(+2.41%), "| +51% |") is a change, never a
level or a part: the revenue word before it names what rose, not a whole it is part of. Counted
in blind4 114 (+10.9%, +8 in a 依次 list), blind7 182 (a table's +51% column), blind11 244 and
blind4 116 (同比+48.22%, where the cue already decides) and blind12 277 (seven bracketed
(+x%) after results figures); a widening of the minus sign's reading. The sentences are new."""

from tests.helpers import typed_rows


def _types(text: str) -> dict[str, tuple]:
    return {row[0]: row[1:3] for row in typed_rows(text)}


def test_a_bracketed_plus_after_revenue_is_its_growth():
    types = _types("公司上半年实现营收61.20亿元(+3.15%)，归母净利润8.04亿元(+21.7%)。")
    assert types["3.15%"][0] == "pct_change"
    assert types["21.7%"][0] == "pct_change"


def test_a_plus_after_a_yoy_marker_keeps_the_marker():
    assert _types("公司营收70.2亿元，同比+12.4%。")["12.4%"] == ("pct_change", "yoy_growth")


def test_an_unsigned_revenue_share_stays_a_share():
    # Must not fire: no plus sign, the percent is a part of revenue.
    assert _types("海外业务收入占比为38.6%。")["38.6%"][0] == "share"
