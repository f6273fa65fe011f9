"""A valuation's abbreviation with a space before the multiples (对应PE 49/41/34倍, PB 3倍) does not
name a model series as "RTX 5090" does: the bare first figure is a multiple, and a slash list of
them takes the forecast years one by one. PE lists counted in blind7 165, blind11 244 and blind12
277 (the only one written with a space); a plain widening of the slash-list rule's class. The
sentences are new."""

from datetime import date

from tests.helpers import fact_rows, valued_quantities


def test_the_first_multiple_after_pe_and_a_space_is_read():
    found = [(q.surface, q.value) for q in valued_quantities("对应PE 52/44/37 倍。")]
    assert found == [("52", 52.0), ("44", 44.0), ("37 倍", 37.0)]


def test_a_slash_list_of_multiples_takes_a_year_each():
    rows = fact_rows(
        "中科曙光(603019)：点评\n\n"
        "预计公司2026-2028年营收为190.1/212.5/240.3亿元，对应PE 52/44/37 倍。\n",
        date(2025, 12, 1),
    )
    periods = {r[0]: r[6] for r in rows if r[1] == "ratio"}
    assert periods == {"52": "2026", "44": "2027", "37 倍": "2028"}


def test_a_series_name_and_a_space_is_still_a_model():
    # Must not fire: "RTX 5090" names a card, not a count.
    assert valued_quantities("RTX 5090显卡缺货。") == []
