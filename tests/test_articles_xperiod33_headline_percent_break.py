"""In a headline a space after a percentage closes a phrase, as one after a Chinese character
does: the next phrase's quarter dates only its own figures (surface: period)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

NOVEMBER = date(2025, 11, 20)
CASES = [
    ("乙公司三季度营收环比增长18% 四季度有望同比增长30%\n正文不谈数字。",
     {"18%": "2025Q3", "30%": "2025Q4"}),
    ("丙公司今年营收预计增长25% 明年再增40%\n正文不谈数字。", {"25%": "2025", "40%": "2026"}),
    # an English headline: "a 20% cut of" goes on, no break after the percentage
    ("Acme says it will keep a 20% cut of 2025 chip sales\nNo figures here.", {"20%": "2025"}),
    # not a headline: a body sentence keeps reading one clause
    ("标题\n丁公司第三季度营收增长12%，第二季度则增长8%。", {"12%": "2025Q3", "8%": "2025Q2"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "periods"), CASES, ids=[c[0][:10] for c in CASES])
def test_a_percentage_closes_a_headline_phrase(text, periods):
    assert {row[0]: row[6] for row in fact_rows(text, NOVEMBER)} == periods
