"""The square-metre sign ㎡ glued to its number (用地面积 109737.88㎡, blind12 278) is m2 after
NFKC, and the scale letter m (as in $5m) took its m, so the figure, glued to the 2 left over,
was dropped as a name. A scale letter with a digit after it is no scale. The sentences are new."""

import pytest

from tests.helpers import valued_quantities

CASES = [
    ("数据中心总建筑面积8600㎡。", ("8600m2", 8600.0, "m2")),
    ("机房面积 1250.5㎡，", ("1250.5m2", 1250.5, "m2")),
    # must not change: a scale letter before a space or a sign
    ("The deal is worth $5m, and the rival's $2B.", ("$5m", 5e6, "USD")),
    ("The deal is worth $5m, and the rival's $2B.", ("$2B", 2e9, "USD")),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_the_area_is_read(text, row):
    assert row in [(q.surface, q.value, q.unit) for q in valued_quantities(text)]


def test_a_name_with_digits_stays_no_figure():
    assert valued_quantities("The 3B6 board ships soon.") == []
