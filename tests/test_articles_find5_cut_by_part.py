"""A fraction a cutting verb takes off (训练时间压缩一半, 成本节省三分之一, "cuts costs by a third",
"cuts the time in half") is a fall by that part, a negative percent change; a fraction no verb
cuts (半数以上的订单) stays a share of a whole. Sentences of our own, answers written first, as
(surface, fact_type, metric, value, unit)."""

import pytest

from tests.helpers import typed_rows

FALL_BY_HALF = ("pct_change", "growth", -50.0, "percent")
FALL_BY_A_THIRD = ("pct_change", "growth", -100 / 3, "percent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Simplified Chinese: squeezed, saved, shortened by a part.
        ("新的调度方案把推理延迟压缩一半。", ("一半", *FALL_BY_HALF)),
        ("与风冷方案相比，液冷机房的电费节省1/3。", ("1/3", *FALL_BY_A_THIRD)),
        ("新工艺让交付周期缩短了三分之一。", ("三分之一", *FALL_BY_A_THIRD)),
        # Traditional Chinese.
        ("新的排程方案把推論延遲壓縮一半。", ("一半", *FALL_BY_HALF)),
        ("改用液冷後，機房電費節省三分之一。", ("三分之一", *FALL_BY_A_THIRD)),
        # English: the verb, what it cuts, then "by" or "in" and the part.
        ("The new scheduler cuts inference latency in half.", ("half", *FALL_BY_HALF)),
        ("Liquid cooling reduced the power bill by a third.", ("a third", *FALL_BY_A_THIRD)),
    ],
)  # fmt: skip
def test_a_part_cut_off_is_a_fall(text, expected):
    (row,) = typed_rows(text)
    assert row[:3] == expected[:3]
    assert row[3] == pytest.approx(expected[3], abs=1e-6)
    assert row[4] == expected[4]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("半数以上的订单来自云服务商。", ("半数", "share", "share", 50.0, "percent")),
        ("超過一半的伺服器仍在閒置。", ("一半", "share", "share", 50.0, "percent")),
        ("The lab saved half of its budget for GPUs.", ("half", "share", "share", 50.0, "percent")),
    ],
)
def test_a_part_no_verb_cuts_stays_a_share(text, expected):
    assert typed_rows(text) == [expected]
