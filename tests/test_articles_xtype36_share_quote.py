"""A share's quote touched during trading (最高见, 最低见, as 一度见 already is) and an English
session's end ("finished the day at") are a share's price; a seller's top quote (最高报) and a
price that ended a year stay what they were. Each text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 20)


def rows(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "fact_type", "metric", "value")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("業績公布後，該公司美股最高見88.5美元。", ("unit_price", "share_price", 88.5)),
        ("该股午后最低见42.3港元。", ("unit_price", "share_price", 42.3)),
        ("They finished the day at 1,280 yuan.", ("unit_price", "share_price", 1280.0)),
        ("The stock ended the session at $31.40.", ("unit_price", "share_price", 31.4)),
    ],
)
def test_a_quote_touched_or_ended_is_a_share_price(text: str, row: tuple) -> None:
    assert row in rows(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("华强北服务器最高报40万元。", ("unit_price", "server_price", 400000.0)),
        (
            "The server's price ended the year at $300,000.",
            ("unit_price", "server_price", 300000.0),
        ),
    ],
)
def test_other_prices_stay_theirs(text: str, row: tuple) -> None:
    assert rows(text) == [row]
