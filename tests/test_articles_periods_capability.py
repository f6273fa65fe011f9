"""What a system can do holds at any time: a figure stated as a capability (能支持, 可提供, can
train, able to) takes no period carried from the sentences before it; a forecast (可实现, 可望)
still does. One short text each, in wordings that appear in none of the articles."""

from datetime import date

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ENTITIES = EntityIndex.load()
PUBLISHED = date(2025, 6, 18)


def period_of(text: str, surface: str) -> str | None:
    facts = extract_article("r", text, ENTITIES, PUBLISHED).facts
    period = facts.set_index("surface").loc[surface, "period"]
    return None if pd.isna(period) else period


CAPABILITIES = [
    (
        "2025年公司推出新款GPU。以这款产品搭建的集群能支持万亿参数大模型训练。",
        "万亿参数",
    ),
    (
        "2025年公司推出新款GPU。以這款產品搭建的集群能支援萬億參數大模型訓練。",
        "万亿参数",
    ),
    (
        "In 2025 the company launched a new GPU. The cluster built on it can train models with "
        "up to 1 trillion parameters.",
        "1 trillion parameters",
    ),
]


@pytest.mark.parametrize(("text", "surface"), CAPABILITIES)
def test_a_capability_takes_no_carried_period(text, surface):
    assert period_of(text, surface) is None


def test_a_forecast_with_can_still_takes_the_carried_year():
    assert period_of("2025年公司营收增长。公司预计可实现营收100亿元。", "100亿元") == "2025"
