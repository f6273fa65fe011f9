"""A broker's forecast lists a figure a year with 分别 and then, in a later clause of the same
sentence, as many figures again of another measure with only 、 or 和 between (…归母净利润分别为
A、B、C亿元，对应PE为X、Y、Z倍): the second list pairs with the same years in order, as the first
did. A later list of another count, or one that states its own period, does not. (surface:
period)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

MARCH = date(2026, 3, 1)
CASES = [
    ("券商预计甲公司2026-2028年归母净利润分别为60.5、80.2、95.1亿元，对应PE为18.20、14.35、12.07倍。",
     {"60.5": "2026", "80.2": "2027", "95.1亿元": "2028",
      "18.20": "2026", "14.35": "2027", "12.07倍": "2028"}),
    ("券商预计乙公司2026、2027年营收分别为100亿元和120亿元，对应市盈率为30倍和25倍。",
     {"100亿元": "2026", "120亿元": "2027", "30倍": "2026", "25倍": "2027"}),
    # as many years as figures in the first list only: the second list of two is not paired
    ("券商预计丙公司2026-2028年营收分别为100亿元、120亿元和150亿元，其中海外收入占20%、25%。",
     {"100亿元": "2026", "120亿元": "2027", "150亿元": "2028",
      "20%": "2026-2028", "25%": "2026-2028"}),
    # the second list states its own period
    ("丁公司2026、2027年营收分别为100亿元和120亿元，2025年的两款产品售价为8万元和9万元。",
     {"100亿元": "2026", "120亿元": "2027", "两款": "2025", "8万元": "2025", "9万元": "2025"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "periods"), CASES, ids=[c[0][:12] for c in CASES])
def test_a_second_list_pairs_with_the_first_lists_years(text, periods):
    assert {row[0]: row[6] for row in fact_rows(text, MARCH)} == periods
