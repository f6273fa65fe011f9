"""The range of a fall in an earnings preview (issue 12, twelfth session): 亏损额较上年同期减少
6.11亿元至7.59亿元 states one fall's bounds, as 较上年同期增加27.08亿元到35.18亿元 states a rise's:
ends within 1.5 times of each other after a verb of change are one range, not a change and the
level it reaches. A price's move (下跌2000元至28000元) stays a move and its level. Single
sentences written for the test, answers first."""

from suanli.quantities import extract_quantities


def money(sentence: str) -> list[tuple]:
    return [
        (q.surface, q.value_low, q.value_high)
        for q in extract_quantities(sentence)
        if q.kind == "money"
    ]


def test_a_fall_with_close_ends_is_one_range():
    sentence = "公司预计全年亏损额较上年同期减少3.2亿元至4.1亿元。"
    assert money(sentence) == [("3.2亿元至4.1亿元", 3.2e8, 4.1e8)]


def test_a_narrowing_with_close_ends_is_one_range():
    sentence = "预计归母净亏损较上年同期收窄1.5亿元到1.9亿元。"
    assert money(sentence) == [("1.5亿元到1.9亿元", 1.5e8, 1.9e8)]


def test_a_fall_to_a_far_higher_level_is_a_fall_and_its_level():
    sentence = "该型号报价减少2000元至26000元。"
    assert money(sentence) == [("2000元", 2000.0, 2000.0), ("26000元", 26000.0, 26000.0)]


def test_a_price_that_drops_is_a_move_and_its_level():
    sentence = "整机价格下跌2万元至2.5万元。"
    assert money(sentence) == [("2万元", 2e4, 2e4), ("2.5万元", 2.5e4, 2.5e4)]
