"""The base of a comparison (和H100相比, compared with the H100) is what a product is measured
against, never the subject of the figures after it; a bare measure (算力, 性能) after a passive
(被限制在…) names nothing of its own. One short text each, in wordings of our own, as
(surface, subject, value, unit): the fact type, metric and period are pinned elsewhere."""

import pytest

from tests.helpers import subject_rows

# A pronoun after the comparison (它的, its) goes back to the product named before it.
BASE_THEN_PRONOUN_CASES = [
    (
        "H20是英伟达推出的特供版。和H100相比，它的核心数量被削减了41%。",
        [("41%", "NVIDIA H20", -41.0, "percent")],
    ),
    (
        "H20是輝達推出的特供版。與H100相比，它的核心數量被削減了41%。",
        [("41%", "NVIDIA H20", -41.0, "percent")],
    ),
    (
        "The H20 is a cut-down chip. Compared with the H100, its core count is 41% lower.",
        [("41%", "NVIDIA H20", -41.0, "percent")],
    ),
    (
        "The H20 is a cut-down part; relative to the H100, its core count is 41% lower.",
        [("41%", "NVIDIA H20", -41.0, "percent")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BASE_THEN_PRONOUN_CASES)
def test_the_base_of_a_comparison_is_not_the_subject(text, expected):
    assert subject_rows(text) == expected


# "算力被限制在H100的15%": the clause's bare measure (算力) is the product named before's.
PASSIVE_MEASURE_CASES = [
    (
        "H20是英伟达推出的特供版。和H100相比，它的核心数量被削减了41%，算力被限制在H100的15%。",
        [("41%", "NVIDIA H20", -41.0, "percent"), ("15%", "NVIDIA H20", 15.0, "percent")],
    ),
    (
        "H20是輝達推出的特供版。和H100相比，它的核心数量被削减了41%，算力被限制在H100的15%。",
        [("41%", "NVIDIA H20", -41.0, "percent"), ("15%", "NVIDIA H20", 15.0, "percent")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_MEASURE_CASES)
def test_a_bare_measure_after_a_passive_is_the_products(text, expected):
    assert subject_rows(text) == expected


# A measure with what it measures named (全球算力总规模) stays the subject.
def test_a_qualified_compute_measure_stays_the_subject():
    rows = subject_rows("白皮书指出，全球算力总规模为650EFLOPS。")
    assert rows == [("650EFLOPS", "全球算力总规模", 6.5e20, "FLOP/s")]
