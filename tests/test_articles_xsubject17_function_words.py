"""A subject that is only a quantifier, a determiner, a day or a word of sequence names nothing.

"at least about 3 trillion won of …" (least), "Much of the gain …" (Much), "the same 80GB"
(same), 个别甚至达到… (个别), 今天只要1张GPU, 明天… (今天, 明天), 最终以5.81亿元批出 (最终): the
phrase before the figure says how much of something or when, never what is measured, so it yields
to the next candidate, or to NULL (blind3, blind5 and blind6, English, simplified and traditional
writers). A phrase that only begins with such a word keeps it (most-favoured suppliers, 部分厂商,
最终用户). The sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import surface_subjects

JUNK = {
    "least",
    "most",
    "Much",
    "much",
    "same",
    "Some",
    "个别",
    "部分",
    "今天",
    "明天",
    "三天",
    "最终",
}

NEVER_A_SUBJECT_CASES = [
    "But at least about $2 billion of the quarter's revenue ($9.1 billion) came from cloud.",
    "SK hynix does not split its profit by product. At least 2 trillion won of it came from DRAM.",
    "Much of the increase came from memory, whose prices rose 41% in the quarter.",
    "Some of the new capacity, about 300MW, is already booked.",
    "The card is unchanged: the same 96GB of memory, the same clock.",
    "这些数据中心规模不一，多数在100P左右，个别甚至超过8000P。",
    "今天只要 2 台服务器，明天可能就要 40 台。",
    "三天涨价20万，服务器供不应求。",
    "今次只接獲兩份標書，最終以3.2億元批出。",
]


@pytest.mark.parametrize("text", NEVER_A_SUBJECT_CASES)
def test_a_quantifier_or_time_word_is_never_the_subject(text):
    found = surface_subjects(text)
    assert found, "the figures are still extracted"
    assert not any(subject in JUNK for _, subject in found)


KEPT_CASES = [
    # A phrase that only begins with a quantifier or a time word keeps its noun.
    ("部分厂商出货量增长了30%。", ("30%", "部分厂商出货量")),
    ("最终用户支出增长了12%。", ("12%", "最终用户支出")),
    ("Most-favoured suppliers grew 15% this year.", ("15%", "Most-favoured suppliers")),
]


@pytest.mark.parametrize(("text", "expected"), KEPT_CASES)
def test_a_phrase_opening_with_such_a_word_keeps_its_noun(text, expected):
    assert expected in surface_subjects(text)
