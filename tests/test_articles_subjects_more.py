"""Subjects that the words around a figure name, one sentence at a time, in wordings that appear
in none of the articles: for each figure (by its surface), the subject it is about."""

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article
from suanli.text import to_simplified

ENTITIES = EntityIndex.load()


def subjects_of(sentence: str) -> dict[str, str | None]:
    """{surface: subject} of the facts of one sentence."""
    facts = extract_article("s", sentence, ENTITIES).facts
    return {f.surface: None if pd.isna(f.subject) else f.subject for f in facts.itertuples()}


# A count standing before a copula (十台为备用机, 其中3家是国企) counts what the copula names: the
# noun after 为/是, not the words before the figure.
COUNT_BEFORE_COPULA = [
    ("该机房共有200台服务器，其中前20台为备用服务器。", "20台", "备用服务器"),
    ("該機房共有200台伺服器，其中前20台為備用伺服器。", "20台", "備用伺服器"),
    ("这栋大楼底部5层是数据中心机房。", "5层", "数据中心机房"),
    ("這棟大樓底部5層是數據中心機房。", "5層", "數據中心機房"),
]


@pytest.mark.parametrize(("sentence", "surface", "expected"), COUNT_BEFORE_COPULA)
def test_a_count_before_a_copula_counts_what_the_copula_names(sentence, surface, expected):
    subjects = subjects_of(sentence)
    assert to_simplified(subjects.get(to_simplified(surface)) or "") == to_simplified(expected), (
        subjects
    )


# A clause whose subject is a partitive pronoun (没有一家, 其中一家, 每家, none of them) is about
# the members the clause before counted, not about whatever the sentence named first.
PARTITIVE_OF_THE_COUNTED = [
    ("英伟达占据80%的份额，其余厂商超过20家，却没有一家的份额超过2%。", "2%", "其余厂商"),
    ("英偉達佔據80%的份額，其餘廠商超過20家，卻沒有一家的份額超過2%。", "2%", "其余厂商"),
    ("英伟达占据80%的份额，另有12家初创企业，其中一家的份额为3%。", "3%", "初创企业"),
]


@pytest.mark.parametrize(("sentence", "surface", "expected"), PARTITIVE_OF_THE_COUNTED)
def test_a_partitive_pronoun_refers_to_the_members_counted_before(sentence, surface, expected):
    subjects = subjects_of(sentence)
    assert to_simplified(subjects.get(to_simplified(surface)) or "") == expected, subjects


# A price no subject is named for in its own sentence (a quote before the sentence naming what was
# quoted, "报完50万元后") is the price of what the nearest price of its paragraph is about; a
# price in another paragraph stays without.
PRICE_OF_THE_PARAGRAPH = [
    ("“现在要价是12万元。”店主说的是一台H20服务器，上周它的售价为10万元。", "12万元", "NVIDIA H20"),
    ("“現在要價是12萬元。”店主說的是一台H20伺服器，上週它的售價為10萬元。", "12萬元", "NVIDIA H20"),
    # (A quote in corner brackets opens no phrase of its own: 「 is punctuation, not a word.)
    (
        "「现在要价是12万元。」店主说的是一台H20服务器，上周它的售价为10万元。",
        "12万元",
        "NVIDIA H20",
    ),
    (
        "「現在要價是12萬元。」店主說的是一台H20伺服器，上週它的售價為10萬元。",
        "12萬元",
        "NVIDIA H20",
    ),
    (
        "一台H20服务器的价格上月涨了3万元。报完50万元后，店主又说价格明天才能定。",
        "50万元",
        "NVIDIA H20",
    ),
    (
        "一台H20伺服器的價格上月漲了3萬元。報完50萬元後，店主又說價格明天才能定。",
        "50萬元",
        "NVIDIA H20",
    ),
    (
        '"It is $90,000 now." The dealer quoted an H20 server, which sold for $70,000 last week.',
        "$90,000",
        "NVIDIA H20",
    ),
    ("一台H20服务器的价格上月涨了3万元。\n\n报完50万元后，店主又说价格明天才能定。", "50万元", ""),
]


@pytest.mark.parametrize(("text", "surface", "expected"), PRICE_OF_THE_PARAGRAPH)
def test_a_price_without_a_subject_is_the_price_its_paragraph_quotes(text, surface, expected):
    subjects = subjects_of(text)
    assert to_simplified(subjects.get(to_simplified(surface)) or "") == expected, subjects


# "…, with limits that cut their performance by 30%": a possessive after the clause's verb owns
# the measure the figure changes; the owner is the noun phrase the clause before ends with, not
# the clause's own subject (the limits).
POSSESSED_MEASURE = [
    (
        "Regulators may approve sales of the trimmed accelerators, with firmware limits that"
        " reduce their bandwidth by 40%.",
        "40%",
        "trimmed accelerators",
    ),
    (
        "Suppliers are shipping the new liquid-cooled racks, whose redesigned pumps cut their"
        " power draw by 15%.",
        "15%",
        "new liquid-cooled racks",
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "expected"), POSSESSED_MEASURE)
def test_a_possessive_after_the_verb_names_the_owner_before_the_clause(sentence, surface, expected):
    assert subjects_of(sentence).get(surface) == expected, subjects_of(sentence)


# A figure whose clause opens with a topic of its own ("李明在芯片行业工作超过十五年") is not about
# a company the next clause happens to name ("加入英伟达前…").
OWN_TOPIC_BEFORE_THE_NEXT_CLAUSE = [
    ("李明在芯片行业工作超过十五年，加入英伟达前曾任职于英特尔。", "十五年", "李明"),
    ("李明在晶片行業工作超過十五年，加入輝達前曾任職於英特爾。", "十五年", "李明"),
    # A clause opening with a time adverbial has no topic of its own: the next clause's applies.
    ("Over the past two months, the H20 went from $12,000 to $15,000.", "two months", "NVIDIA H20"),
    ("过去两个月，H20的价格从12万元涨到15万元。", "两个月", "NVIDIA H20"),
    ("過去兩個月，H20的價格從12萬元漲到15萬元。", "兩個月", "NVIDIA H20"),
]


@pytest.mark.parametrize(("sentence", "surface", "expected"), OWN_TOPIC_BEFORE_THE_NEXT_CLAUSE)
def test_a_clause_with_its_own_topic_keeps_it_over_the_next_clauses_company(
    sentence, surface, expected
):
    subjects = subjects_of(sentence)
    assert subjects.get(to_simplified(surface)) == expected, subjects
