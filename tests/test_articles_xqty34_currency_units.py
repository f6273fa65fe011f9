"""Two currencies read as bare numbers before: Hong Kong's cent (每股基本盈利2﹒81仙, blind12 269;
the small full stop ﹒ is a decimal point after NFKC) and Malaysia's ringgit (1.26 億馬來西亞令吉,
blind12 276). The sentences are new."""

import pytest

from tests.helpers import valued_quantities

CASES = [
    ("甲公司每股派息12﹒5仙。", ("12.5仙", 0.125, "HKD")),
    ("乙公司每股盈利 30 仙。", ("30 仙", 0.3, "HKD")),
    ("丙公司將投資不超過 2.5 億馬來西亞令吉。", ("2.5 亿马来西亚令吉", 2.5e8, "MYR")),
    ("The plant will cost 900 million ringgit.", ("900 million ringgit", 9e8, "MYR")),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_the_currency_is_read(text, row):
    assert row in [(q.surface, q.value, q.unit) for q in valued_quantities(text)]


def test_immortals_are_no_cents():
    assert [q.unit for q in valued_quantities("八仙过海，各显神通。")] == []
