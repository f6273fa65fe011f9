"""人幣 / 人币, Hong Kong's short name of the renminbi (issue 12, round 37): 1600億人幣 is 160
billion yuan, not 160 billion people (人 counted people and left 币 behind). The sentences are
new."""

import pytest

from tests.helpers import valued_quantities

CASES = [
    ("某集團計劃明年投放800億人幣興建數據中心。", ("800亿人币", "money", "CNY", 8e10)),
    ("該股收市報325元人幣。", ("325元人币", "money", "CNY", 325.0)),
    ("某公司今年资本开支约120亿人币。", ("120亿人币", "money", "CNY", 1.2e10)),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_renminbi_short_name_is_money(text, row):
    assert row in [(q.surface, q.kind, q.unit, q.value) for q in valued_quantities(text)]


UNTOUCHED = [
    # people are still counted
    ("該平台用戶超過3億人。", ("3亿人", "count")),
    ("公司员工达1200人。", ("1200人", "count")),
]


@pytest.mark.parametrize(("text", "row"), UNTOUCHED)
def test_people_are_still_counted(text, row):
    assert row in [(q.surface, q.kind) for q in valued_quantities(text)]
