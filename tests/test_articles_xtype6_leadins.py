"""A line ending in a colon leads in what follows it: the bare figures of the lines under it
measure what the lead-in names (shipments; a rent per GPU-hour), up to the next heading or
lead-in. Each text is written for the test."""

import pytest

from tests.helpers import typed_rows

SHIPMENT_CASES = [
    "各厂商明年出货预测：\n\n- 甲平台：约 80 万颗。\n\n- 乙平台：约 30 万颗。",
    "各廠商明年出貨預測：\n\n- 甲平台：約 80 萬顆。\n\n- 乙平台：約 30 萬顆。",
    "Shipment forecasts for next year:\n\n- Platform A: about 800,000 units.\n\n"
    "- Platform B: about 300,000 units.",
]


@pytest.mark.parametrize("text", SHIPMENT_CASES)
def test_counts_under_a_shipments_lead_in_are_shipments(text):
    assert [row[1:3] for row in typed_rows(text)] == [
        ("count", "shipments"),
        ("count", "shipments"),
    ]


RENT_CASES = [
    (
        "Where hourly prices stood this month (on-demand, dollars per GPU-hour):\n\n"
        "The older card costs $1.10–$1.50 at a specialty cloud and runs $0.80–$1.10 elsewhere.",
        [("unit_price", "rental_price"), ("unit_price", "rental_price")],
    ),
    (
        "本月各云厂商的租金（每卡每小时）：\n\n甲云报价约12元，乙云约9元。",
        [("unit_price", "rental_price"), ("unit_price", "rental_price")],
    ),
    (
        "本月各雲廠商的租金（每卡每小時）：\n\n甲雲報價約12元，乙雲約9元。",
        [("unit_price", "rental_price"), ("unit_price", "rental_price")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RENT_CASES)
def test_amounts_under_a_rent_lead_in_are_rents(text, expected):
    assert [row[1:3] for row in typed_rows(text) if row[4] in ("USD", "CNY")] == expected


# A lead-in reaches no further than the next heading: a price under a new heading is a price.
def test_a_lead_in_ends_at_the_next_heading():
    text = (
        "Hourly rates (per GPU-hour):\n\nThe card costs $2.00 at one cloud.\n\n"
        "Hardware\n\nA new server is priced at $250,000."
    )
    assert [row[1:3] for row in typed_rows(text)] == [
        ("unit_price", "rental_price"),
        ("unit_price", "server_price"),
    ]


# A figure whose own words name a measure keeps it under any lead-in.
def test_a_figures_own_measure_outranks_the_lead_in():
    text = "明年出货预测：\n\n- 甲公司：营收约 50 亿元。"
    assert [row[1:3] for row in typed_rows(text)] == [("spend", "revenue")]
