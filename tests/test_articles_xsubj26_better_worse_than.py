"""优于 / 逊于 (better / worse than) before a base figure compare as 高于 / 低于 do: the base is the
measure of the clause before, not a phrase named by the comparison verb.

"汽車相關收入6.04億美元，亦遜於預期的6.43億美元": the expectation was given the subject 亦逊于
(blind9 209). 优于/優於 before a base figure is also in blind6 159 and blind8 199. The sentences are
new. Each row is (surface, subject)."""

from tests.helpers import surface_subjects


def test_worse_than_the_expectation_is_the_same_measure():
    rows = surface_subjects("云业务收入8.2亿美元，亦逊于市场预期的8.6亿美元。")
    assert ("8.6亿美元", "云业务收入") in rows


def test_better_than_the_expectation_in_traditional_script():
    rows = surface_subjects("網通業務收入12億美元，優於預期的11億美元。")
    assert ("11亿美元", "网通业务收入") in rows


def test_lower_than_still_compares():
    rows = surface_subjects("游戏收入37亿美元，低于预期的40亿美元。")
    assert ("40亿美元", "游戏收入") in rows
