"""Two ways a Chinese clause wraps its subject. A causative verb (使, 使得, 令, 让) opening the
clause puts what is measured right after it: "采购使整个市场的收入达到…" is about 整个市场的收入,
not 使整个市场的收入. And a rate of change told as the noun's own (X的增幅, X的增速, X的涨幅)
measures X: the subject is X, the growth word the measure. Two blind6 articles (two writers)
showed the classes; the sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import subject_rows

CAUSATIVE_CASES = [
    ("云厂商的大举采购，使整个市场的收入达到520亿美元。", ("520亿美元", "整个市场的收入")),
    ("雲廠商的大舉採購，使整個市場的收入達到520億美元。", ("520亿美元", "整个市场的收入")),
    ("需求回暖，使得存储芯片合约价上涨18%。", ("18%", "存储芯片合约价")),
    ("需求回暖，令液冷服务器出货量增长35%。", ("35%", "液冷服务器出货量")),
    ("需求回暖，讓液冷伺服器出貨量增長35%。", ("35%", "液冷伺服器出货量")),
]


@pytest.mark.parametrize(("text", "row"), CAUSATIVE_CASES)
def test_a_causative_verb_opening_the_clause_is_no_part_of_the_subject(text, row):
    assert row in {r[:2] for r in subject_rows(text)}


RATE_OF_CASES = [
    ("业内预计，明年全国智能算力规模的增幅将超过35%。", ("35%", "全国智能算力规模")),
    ("業內預計，明年全國智能算力規模的增幅將超過35%。", ("35%", "全国智能算力规模")),
    ("今年液冷服务器出货量的增速有望达到60%。", ("60%", "液冷服务器出货量")),
    ("今年存储芯片合约价的涨幅预计在20%左右。", ("20%", "存储芯片合约价")),
]


@pytest.mark.parametrize(("text", "row"), RATE_OF_CASES)
def test_a_rate_of_change_of_a_noun_phrase_is_about_the_noun_phrase(text, row):
    assert row in {r[:2] for r in subject_rows(text)}
