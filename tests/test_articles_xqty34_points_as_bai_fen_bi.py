"""个百分比 / 個百分比 is how Taiwan's wire copy writes percentage points beside 个百分点
(營益率季增2.92個百分比; blind12 267 and 276). Read before as 2.92 of something counted by 个,
with 百分 for its subject. The sentences are new."""

import pytest

from tests.helpers import typed_rows, valued_quantities

CASES = [
    ("乙公司毛利率為8.1%，季增1.25個百分比。", ("1.25個百分比", 1.25)),
    ("丙公司营业利益率年减 0.4 个百分比。", ("0.4 个百分比", -0.4)),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_bai_fen_bi_after_ge_is_points(text, row):
    quantities = {q.value: q.unit for q in valued_quantities(text)}
    assert quantities[abs(row[1])] == "percentage_points"
    rows = typed_rows(text)
    assert any(r[3] == row[1] and r[4] == "percentage_points" for r in rows), rows
    assert not any(r[4] == "count" for r in rows), rows


def test_a_bare_ratio_word_is_not_points():
    # 百分比 with no 个 names a ratio, and "3个" before it counts things.
    quantities = valued_quantities("研究涵盖3个百分比指标。")
    assert [(q.value, q.unit) for q in quantities] == [(3.0, "count")]
