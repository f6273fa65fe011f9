"""A model the entity list does not hold, named right after its vendor (英伟达DGX200, AMD MI500),
is what a figure after it measures, not the vendor; a period after the vendor (Q3, H1) is no
model. Blind 54 showed the class; the sentences are new. Each row is (surface, subject, value,
unit)."""

import pytest

from tests.helpers import subject_rows

MODEL_CASES = [
    ("英伟达DGX200的算力为180PFlops。", "英伟达DGX200"),
    ("英偉達DGX200的算力為180PFlops。", "英伟达DGX200"),
    ("NVIDIA DGX200 delivers 180PFlops of compute.", "NVIDIA DGX200"),
]


@pytest.mark.parametrize(("text", "subject"), MODEL_CASES)
def test_an_unlisted_model_after_its_vendor_is_the_subject(text, subject):
    assert subject_rows(text) == [("180PFlops", subject, 1.8e17, "FLOP/s")]


def test_a_listed_model_after_its_vendor_stays_the_listed_entity():
    assert subject_rows("英伟达H100的售价为3万美元。") == [
        ("3万美元", "NVIDIA H100", 30_000.0, "USD")
    ]


PERIOD_AFTER_VENDOR_CASES = [
    "英伟达Q3营收增长50%。",
    "NVIDIA Q3 revenue rose 50%.",
    "NVIDIA FY25 revenue rose 50%.",
]


@pytest.mark.parametrize("text", PERIOD_AFTER_VENDOR_CASES)
def test_a_period_after_the_vendor_is_no_model(text):
    assert subject_rows(text) == [("50%", "NVIDIA", 50.0, "percent")]
