""" "Margins" is a measure alone, as "margin" already is in `_MEASURE_ONLY` (a plain widening to
the plural, as shipments? and prices? are): "Margins were the weak spot: gross margin slipped to
61 percent" (blind8 200) gave the figure to "Margins" over the clause that names its own measure.
The sentences are new."""

from tests.helpers import surface_subjects


def test_plural_margins_give_way_to_the_named_margin():
    assert ("21 percent", "gross margin") in surface_subjects(
        "Dell beat forecasts. Margins were the weak spot: gross margin fell to 21 percent."
    )


def test_a_qualified_margins_phrase_is_kept():
    # Must not fire: "Server margins" names what the margins are of.
    assert ("21 percent", "Server margins") in surface_subjects(
        "Server margins narrowed to 21 percent in 2025."
    )
