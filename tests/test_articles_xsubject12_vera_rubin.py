"""NVIDIA's Vera Rubin platform (VR200, Rubin) is a reference product: reporting on the AI-server
market names it beside GB200 and GB300 (four tuning articles of four writers), and its figures
went to the last listed GPU named before it. The sentences are new. Each row is (surface,
subject)."""

import pytest

from tests.helpers import subject_rows

CASES = [
    ("明年下半年上市的Vera Rubin平台，单颗GPU功耗将升到1800W。", ("1800W", "NVIDIA Vera Rubin")),
    ("明年下半年上市的Vera Rubin平台，單顆GPU功耗將升到1800W。", ("1800W", "NVIDIA Vera Rubin")),
    ("GB200的功耗为1200W，VR200则达到1800W。", ("1800W", "NVIDIA Vera Rubin")),
    ("The Rubin GPU will draw up to 1,800W per package.", ("1,800W", "NVIDIA Vera Rubin")),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_vera_rubin_is_a_listed_nvidia_product(text, row):
    assert row in {r[:2] for r in subject_rows(text)}


def test_gb200_keeps_its_own_figure_beside_vera_rubin():
    rows = {r[:2] for r in subject_rows("GB200的功耗为1200W，VR200则达到1800W。")}
    assert ("1200W", "NVIDIA GB200") in rows
