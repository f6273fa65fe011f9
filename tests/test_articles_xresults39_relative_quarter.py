"""A paragraph after a quarter's results that names only that quarter told against the
publication (上季, last quarter) is still the story's: its results before that mention take the
reported quarter, as they do when it names the quarter outright. A paragraph naming another
period keeps to it. (surface, period)."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 11, 20)
RESULTS = "甲公司業績\n\n甲公司公布，第3季營收年增2%至570.1億美元。\n\n"

CASES = [
    (
        RESULTS + "其中雲端營收年增66％，達到512億美元。她也補充，上季乙平台約貢獻20億美元營收。",
        {"66%": "2025Q3", "512亿美元": "2025Q3", "20亿美元": "2025Q3"},
    ),
    (
        "甲公司业绩\n\n甲公司公布，第三季度营收增长2%至570.1亿美元。\n\n"
        "云端营收增长66%至512亿美元。她表示，上季乙平台贡献约20亿美元营收。",
        {"66%": "2025Q3", "512亿美元": "2025Q3"},
    ),
    (
        "Acme results\n\nAcme said third-quarter revenue rose 2% to $57 billion.\n\n"
        "Of that, cloud revenue rose 66% to $51.2 billion. She said last quarter the Beta line "
        "brought $2 billion.",
        {"66%": "2025Q3", "$51.2 billion": "2025Q3"},
    ),
    # must not fire: a paragraph naming another quarter (relative or stated) keeps to it
    (
        RESULTS + "雲端營收年增40％，達到300億美元。前年同季乙平台約貢獻20億美元營收。",
        {"40%": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_relative_quarter_names_the_reported_one(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    for surface, period in expected.items():
        assert periods.get(surface, "missing") == period, (surface, periods)
