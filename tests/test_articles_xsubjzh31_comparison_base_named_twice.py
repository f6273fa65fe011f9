"""A figure's comparison base is not its subject anywhere in the sentence.

"算力只有H100的七成" measures something against the H100; when the clause names only that base,
the measured product is the one named earlier in the sentence, not the base named there again
(blind6 158: "H20是美方仍禁止出口的H100晶片的降规版本，…，算力只有H100的七成" gave the 七成 to
the H100). The sentences are new."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    ("H20是H100芯片的降规版本，算力只有H100的七成。", ("七成", "NVIDIA H20")),
    (
        "據業界數據，H20是H100晶片的簡化版本，除了核心較少，效能僅為H100的三成。",
        ("三成", "NVIDIA H20"),
    ),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_the_base_named_again_is_no_subject(text, row):
    assert row in surface_subjects(text)


KEEP_CASES = [
    # The base's own figure elsewhere in the sentence stays the base's.
    ("H100的算力为1000 TFLOPS，H20只有H100的七成。", ("1000 TFLOPS", "NVIDIA H100")),
    ("H100的算力为1000 TFLOPS，H20只有H100的七成。", ("七成", "NVIDIA H20")),
    ("910B的性能约为A100的80%。", ("80%", "Huawei Ascend 910B")),
]


@pytest.mark.parametrize(("text", "row"), KEEP_CASES)
def test_the_measured_product_keeps_its_figure(text, row):
    assert row in surface_subjects(text)
