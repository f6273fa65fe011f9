"""What a clause's noun phrase is when no reference entity names the subject: time spans, adverbs
and prepositions before the figure are no part of it, a modifier before the head noun is not the
head, and in English the thing pushed up or down is what moved. One short text each, in wordings
of our own, as (surface, subject, value, unit): the fact type, metric and period are pinned
elsewhere."""

import pytest

from tests.helpers import subject_rows

# A span counted from the year's start (前九月, 前三季度) says when; an adverb before the verb
# (再升, 更只剩) starts the predicate: the later figure goes on with the clause before's subject.
SPAN_AND_ADVERB_CASES = [
    (
        "美国的占比去年为73%，今年前九月再升至78.9%。",
        [("73%", "美国", 73.0, "percent"), ("78.9%", "美国", 78.9, "percent")],
    ),
    (
        "美國的占比去年為73%，今年前九月再升至78.9%。",
        [("73%", "美国", 73.0, "percent"), ("78.9%", "美国", 78.9, "percent")],
    ),
    (
        "输往香港的占比去年为6.1%，今年前三季度更只剩1.8%。",
        [("6.1%", "输往香港", 6.1, "percent"), ("1.8%", "输往香港", 1.8, "percent")],
    ),
    (
        "輸往香港的占比去年為6.1%，今年前九月更只剩1.8%。",
        [("6.1%", "输往香港", 6.1, "percent"), ("1.8%", "输往香港", 1.8, "percent")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPAN_AND_ADVERB_CASES)
def test_a_span_and_an_adverb_are_no_subject(text, expected):
    assert subject_rows(text) == expected


# "X以56%的份额居首": the share after 以 is held by what the clause names before 以, not by the
# noun after 的 (份额排…).
BY_A_SHARE_CASES = [
    (
        "北美以56%的全球份额排在首位，欧洲以20%次之。",
        [("56%", "北美", 56.0, "percent"), ("20%", "欧洲", 20.0, "percent")],
    ),
    (
        "北美以56%的全球份額排在首位，歐洲以20%次之。",
        [("56%", "北美", 56.0, "percent"), ("20%", "欧洲", 20.0, "percent")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BY_A_SHARE_CASES)
def test_a_share_after_yi_is_the_holders(text, expected):
    assert subject_rows(text) == expected


# What a thing is built on (以游戏业务为主力的…) and why (因为地利之便) qualify; the head noun
# before them or after them is the subject.
MODIFIER_CASES = [
    (
        "以游戏业务为主力的互动娱乐集团，季度营收达到500亿元。",
        [("500亿元", "互动娱乐集团", 5e10, "CNY")],
    ),
    (
        "以遊戲業務為主力的互動娛樂集團，季度營收達到500億元。",
        [("500亿元", "互动娱乐集团", 5e10, "CNY")],
    ),
    (
        "墨西哥因为地利之便，在美国进口的市占率约为七成。",
        [("七成", "墨西哥", 70.0, "percent")],
    ),
    (
        "墨西哥因為地利之便，在美國進口的市占率約為七成。",
        [("七成", "墨西哥", 70.0, "percent")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MODIFIER_CASES)
def test_a_modifier_before_the_head_is_not_the_subject(text, expected):
    assert subject_rows(text) == expected


# English: a forecaster that "sees" a figure is its source; after a verb of causing or seeing,
# the noun phrase right before up/down is what moved ("push the shares down 2%"), and a
# possessive later in the sentence ("their rise") goes on with it.
MOVED_CASES = [
    (
        "Gartner sees data center shipments up nearly 20% in 2025.",
        [("20%", "data center shipments", 20.0, "percent")],
    ),
    (
        "Worry over export rules has helped push the shares down 4% this year, after their "
        "nearly two-fold rise in 2024.",
        [("4%", "shares", -4.0, "percent"), ("two-fold", "shares", 2.0, "ratio")],
    ),
    (
        "The shortage sent memory prices up 40% in the quarter.",
        [("40%", "memory prices", 40.0, "percent")],
    ),
    # A forecaster puts, pegs or values a thing at a figure; an entity named there stays the
    # entity (a measure alone, "put total capex at", is the company's said before).
    (
        "The bank values the liquid-cooling segment at $12 billion in 2026.",
        [("$12 billion", "liquid-cooling segment", 1.2e10, "USD")],
    ),
    (
        "Analysts peg the inference chip market at $50 billion this year.",
        [("$50 billion", "inference chip market", 5e10, "USD")],
    ),
    (
        "Rising demand pushed the H100 up 10% this quarter.",
        [("10%", "NVIDIA H100", 10.0, "percent")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MOVED_CASES)
def test_what_is_pushed_up_or_down_is_what_moved(text, expected):
    assert subject_rows(text) == expected


# A plural speaker (Analysts expect, Brokers forecast) and a relative word (in which, where) open
# the clause; what is measured is named after them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brokers expect memory prices to rise 20% next quarter.",
            [("20%", "memory prices", 20.0, "percent")],
        ),
        (
            "The bear case is a grim one, in which the server market grows by about 5%.",
            [("5%", "server market", 5.0, "percent")],
        ),
    ],
)
def test_a_speaker_or_relative_word_opening_the_clause(text, expected):
    assert subject_rows(text) == expected
