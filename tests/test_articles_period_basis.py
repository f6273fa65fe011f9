"""article_facts.period_basis: how a fact's period was found (stated in its own sentence, carried
from an earlier one, inferred), one class of text per test, through the real extraction."""

from datetime import date

import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article


@pytest.fixture(scope="module")
def entities():
    return EntityIndex.load()


def bases(entities, text, published=date(2025, 6, 10)):
    facts = extract_article("a", text, entities, published).facts
    return {
        (row.surface, None if row.period is None else str(row.period)): (
            None if row.period_basis is None else str(row.period_basis)
        )
        for row in facts.astype(object).where(facts.notna(), None).itertuples()
    }


@pytest.mark.parametrize(
    "text, surface, period",
    [
        ("2024年，英伟达H100的价格为25万元。", "25万元", "2024"),
        ("去年第四季度，浪潮信息的营收为300亿元。", "300亿元", "2024Q4"),
        ("In 2024, the H100 sold for $30,000.", "$30,000", "2024"),
    ],
)
def test_a_period_its_own_sentence_states_is_stated(entities, text, surface, period):
    assert bases(entities, text)[(surface, period)] == "stated"


@pytest.mark.parametrize(
    "text, surface, period",
    [
        ("2024年，AI服务器市场快速扩张。浪潮信息的营收为300亿元。", "300亿元", "2024"),
        (
            "In 2024 the AI-server market boomed. Inspur's revenue was $40 billion.",
            "$40 billion",
            "2024",
        ),
    ],
)
def test_a_period_only_an_earlier_sentence_states_is_carried(entities, text, surface, period):
    assert bases(entities, text)[(surface, period)] == "carried"


@pytest.mark.parametrize(
    "text, surface, period",
    [
        ("目前，英伟达H100的价格为25万元。", "25万元", "2025"),
        ("The H100 currently sells for $30,000.", "$30,000", "2025"),
    ],
)
def test_a_period_read_from_a_word_of_the_present_is_inferred(entities, text, surface, period):
    assert bases(entities, text)[(surface, period)] == "inferred"


def test_no_period_has_no_basis(entities):
    assert bases(entities, "英伟达H100的价格为25万元。")[("25万元", None)] is None
