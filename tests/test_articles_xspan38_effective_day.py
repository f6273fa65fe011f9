"""A day a change takes effect (自5月1日起, 從5月1日開始, "effective May 1") dates the changes its
paragraph goes on to tell when its own sentence gives none: a price schedule told after the
announcement is of that day. Sentences written for this test: (surface, period) for every fact
the text holds."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2026, 2, 3)


def periods_of(text: str) -> list[tuple]:
    return [(row[0], row[-1]) for row in fact_rows(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "某云厂商发布公告，自5月1日起上调数据传输服务的价格。"
            "按照调价方案，北美地区由0.04美元上调到0.08美元，涨幅100%。",
            [("0.04美元", "2026-05-01"), ("0.08美元", "2026-05-01"), ("100%", "2026-05-01")],
        ),
        (
            "某雲端廠商宣布，從5月1日開始調漲資料傳輸價格。依照新方案，歐洲地區由0.05美元調高到0.08美元。",
            [("0.05美元", "2026-05-01"), ("0.08美元", "2026-05-01")],
        ),
        (
            "The cloud provider said its egress prices will rise effective May 1, 2026. "
            "In North America the rate goes from $0.04 to $0.08 per GiB.",
            [("$0.04", "2026-05-01"), ("$0.08", "2026-05-01")],
        ),
    ],
)
def test_an_effective_day_dates_the_changes_told_after_it(text, expected):
    assert periods_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The day dates its own sentence's change; another company's change after it is undated.
        (
            "某云厂商宣布，自3月1日起算力租赁产品涨价20%。另一家服务商将机房的租赁价格上调15%。",
            [("20%", "2026-03-01"), ("15%", None)],
        ),
        # A day told in a new paragraph is not carried into it.
        (
            "某云厂商发布公告，自5月1日起上调价格。\n\n北美地区的价格为0.08美元。",
            [("0.08美元", None)],
        ),
    ],
)
def test_no_effective_day_carried(text, expected):
    assert periods_of(text) == expected


def test_the_first_end_of_a_stretch_is_no_effective_day():
    text = "某公司预计，从今年7月起至明年6月止的本财年，资本支出将增长。上一财年资本支出增加45%。"
    assert "2026-07" not in {period for _, period in periods_of(text)}
