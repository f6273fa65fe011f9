"""A results piece's list items ("- Net income reached…", "1. 净利润从…增至…") report the company
the piece named before, as its sentences do: the list marker is no word of the sentence, and both
ends of a move (fell to X from Y) are the company's money as much as a level is. Blind3 92 showed
the class (NULL subjects); the sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import subject_rows

LIST_CASES = [
    (
        "Dell Technologies posted its quarterly results.\n\n"
        "- Net income reached $250 million, down from $410 million a year earlier.",
        [("$250 million", "Dell"), ("$410 million", "Dell")],
    ),
    (
        "Dell Technologies posted its quarterly results.\n\n"
        "* Net income fell to $250 million from $410 million.",
        [("$250 million", "Dell"), ("$410 million", "Dell")],
    ),
    (
        "中科曙光发布了三季报。\n\n- 净利润从3亿元增至5.2亿元。",
        [("3亿元", "Sugon"), ("5.2亿元", "Sugon")],
    ),
    (
        "中科曙光發布了三季報。\n\n- 淨利潤從3億元增至5.2億元。",
        [("3亿元", "Sugon"), ("5.2亿元", "Sugon")],
    ),
    (
        "中科曙光发布了三季报。\n\n2. 净利润从3亿元增至5.2亿元。",
        [("3亿元", "Sugon"), ("5.2亿元", "Sugon")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), LIST_CASES)
def test_a_results_list_item_reports_the_company_named_before(text, rows):
    assert [row[:2] for row in subject_rows(text)] == rows


def test_a_list_item_naming_its_own_company_keeps_it():
    text = "Dell Technologies posted its results.\n\n- HPE's net income reached $250 million."
    assert [row[:2] for row in subject_rows(text)] == [("$250 million", "HPE")]
