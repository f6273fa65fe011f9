"""A clause after the figure that turns to another subject (而…, 但…, but…) lends the figure
none of its names, and 为 opening a noun phrase is the preposition "for" (为AI改造过的设施), not a
copula that leaves no subject. Blind3 97 showed the class; the sentences are new. Each row is
(surface, subject, value, unit)."""

import pytest

from tests.helpers import subject_rows

CONTRAST_CASES = [
    (
        "为AI改造过的液冷机柜已冲破40 kW，而英伟达的路线图显示单一机柜会达到1,000 kW。",
        "为AI改造过的液冷机柜",
    ),
    (
        "為AI改造過的液冷機櫃已衝破40 kW，而英偉達的路線圖顯示單一機櫃會達到1,000 kW。",
        "为AI改造过的液冷机柜",
    ),
    (
        "为AI改造过的液冷机柜已冲破40 kW，但英伟达的路线图显示单一机柜会达到1,000 kW。",
        "为AI改造过的液冷机柜",
    ),
]


@pytest.mark.parametrize(("text", "subject"), CONTRAST_CASES)
def test_a_contrasting_clause_after_the_figure_lends_it_no_subject(text, subject):
    assert subject_rows(text) == [
        ("40 kW", subject, 40_000.0, "W"),
        ("1,000 kW", "NVIDIA", 1_000_000.0, "W"),
    ]


def test_an_english_contrast_after_the_figure_lends_it_no_subject():
    rows = subject_rows(
        "Liquid-cooled racks already draw 40 kW, but NVIDIA's roadmap points to 1,000 kW."
    )
    assert rows[0][:2] == ("40 kW", "Liquid-cooled racks")
    assert rows[1][:2] == ("1,000 kW", "NVIDIA")
