"""A component's market named in a product's specification is a part of the product. "昇腾910C
配有128GB HBM内存，内存带宽3.2TB/s": the memory and its bandwidth are the chip's, not the HBM
market's, when a chip, accelerator or system is named before the figure in its sentence (a
widening of the market avoidance in `_subject`, attribution.py; seen in blind13 284 and blind11
243). The sentences are new; each row is (surface, subject)."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    (
        "昇腾910C配有128GB HBM内存，内存带宽3.2TB/s。",
        {("128GB", "Huawei Ascend 910C"), ("3.2TB/s", "Huawei Ascend 910C")},
    ),
    (
        "英伟达B300配备288GB HBM3e内存和8TB/s带宽。",
        {("288GB", "NVIDIA B300"), ("8TB/s", "NVIDIA B300")},
    ),
    (
        "The B200 carries 192GB of HBM3e with 8TB/s of bandwidth.",
        {("192GB", "NVIDIA B200"), ("8TB/s", "NVIDIA B200")},
    ),
]

# Where the rule must not fire: no product is named, so HBM's own capacity stays the market's.
KEPT = [
    ("HBM单颗容量将从24GB提升到36GB。", {("24GB", "HBM market"), ("36GB", "HBM market")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES + KEPT)
def test_a_components_market_in_a_products_spec_is_the_product(text, expected):
    assert surface_subjects(text) == expected
