"""A date written with spaces between its parts ("2023 年 10 月", "2025 年 7 月 15 日", as Taiwanese
and mainland typesetting often spaces figures from the characters around them) is the month or day
it names, like its unspaced form: it dates an event (a month is no span that scopes what follows)
and, beside a figure, gives that figure its month or day. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 9, 12)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


OWN_DATE = [
    ("2024 年 11 月，H100 整机价格约为 230万元。", "230万元", "2024-11"),
    ("2024 年 11 月 8 日，H100 整機價格約為 230萬元。", "230万元", "2024-11-08"),
    ("2024年 3 月，A800 服务器的租金降到每月 5万元。", "5万元", "2024-03"),
    ("2024 年 3月 20 日，該公司以 1.8億元 購入一批伺服器。", "1.8亿元", "2024-03-20"),
]


@pytest.mark.parametrize(("text", "surface", "period"), OWN_DATE, ids=[c[0][:16] for c in OWN_DATE])
def test_a_spaced_date_dates_the_figure_beside_it(text, surface, period):
    assert periods_of(text)[surface] == period


# The month of an event told in one sentence dates that event only: the next sentence's
# figures take no year from it.
EVENT_MONTH = [
    ("2022 年 10 月美国升级出口管制后，厂商推出了降规版芯片。这款芯片配备 80GB 显存。", "80GB"),
    (
        "2022 年 10 月美國升級出口管制後，廠商推出了降規版晶片。這款晶片售價約 1.2萬美元。",
        "1.2万美元",
    ),
]


@pytest.mark.parametrize(("text", "surface"), EVENT_MONTH, ids=[c[0][:16] for c in EVENT_MONTH])
def test_a_spaced_event_month_carries_no_year_to_the_next_sentence(text, surface):
    assert periods_of(text)[surface] is None
