"""A product's memory, bandwidth and performance against another product are properties of the
product: a quarter or year stated in an earlier sentence (the quarter it launched, a results
story's quarter) does not date them, whether the title or a sentence of the body stated it. A
price said after the same sentence still takes the period carried to it. (surface, period)."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 9, 18)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


PROPERTIES = [
    ("该公司2024年第三季度推出新一代加速卡。这款加速卡配备 141GB 显存。", "141GB"),
    ("該公司2024年第三季推出新一代加速卡。這款加速卡的算力約為H100的70%。", "70%"),
    ("2024年第三季度，该公司营收增长30%。其新款加速卡配备 141GB 显存。", "141GB"),
    ("2024年第三季，該公司營收成長30%。其新款加速卡的效能約為H100的70%。", "70%"),
    (
        "The company launched its new accelerator in the third quarter of 2024. The part carries "
        "192GB of HBM3e and delivers about 2.5x the performance of the H100.",
        "2.5x",
    ),
    (
        "In the third quarter of 2024 revenue rose 30%. Its new accelerator carries 192GB of "
        "memory.",
        "192GB",
    ),
]


@pytest.mark.parametrize(("text", "surface"), PROPERTIES, ids=[c[0][:20] for c in PROPERTIES])
def test_a_property_takes_no_period_carried_from_an_earlier_sentence(text, surface):
    assert periods_of(text)[surface] is None


CARRIED = [
    (
        "In the third quarter of 2024 revenue rose 30%. Its new accelerator sold for $30,000.",
        "$30,000",
    ),
    ("2024年第三季度，该公司营收增长30%。其新款加速卡售价约为2万美元。", "2万美元"),
]


@pytest.mark.parametrize(("text", "surface"), CARRIED, ids=[c[0][:20] for c in CARRIED])
def test_a_price_still_takes_the_period_carried(text, surface):
    assert periods_of(text)[surface] == "2024Q3"
