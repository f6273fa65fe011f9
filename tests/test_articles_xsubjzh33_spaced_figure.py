"""超 and 最多 before a figure set apart by a space (订单超 20 亿元, 楼面面积最多 25 万平方米).

The phrase is cut at the figure, so a space was left after the stop and its lookahead, which
accepted the figure or the phrase's end, met neither: the subject kept the word (在手订单超,
楼面面积最多; blind 53, blind3 97, blind10 224 and 226). The sentences are new."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    ("截至三季度末，公司在手订单超 35 亿元。", ("35 亿元", "公司在手订单")),
    ("该地块的楼面面积最多 18 万平方米。", ("18 万平方米", "地块的楼面面积")),
]

UNTOUCHED = [
    # No space: as before.
    ("截至三季度末，公司在手订单超35亿元。", "公司在手订单"),
    # 超 inside a word (超算) is no predicate, a spaced figure after it or not.
    ("超算中心的算力规模为 300P。", "超算中心的算力规模"),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_the_word_before_a_spaced_figure_ends_the_subject(text, row):
    assert row in surface_subjects(text)


@pytest.mark.parametrize(("text", "subject"), UNTOUCHED)
def test_names_keep_their_words(text, subject):
    subjects = [s for _, s in surface_subjects(text)]
    assert any(subject in (s or "") for s in subjects), subjects
