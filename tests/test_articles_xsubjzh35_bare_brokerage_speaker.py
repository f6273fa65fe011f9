"""A broker note's forecast told by the bare word for a brokerage (券商预计公司…, 投行一致预计…)
is the brokerage speaking, as 华安证券预计公司… is: the figure is the company's, not 券商's.
A forecast section's label (盈利预测方面) names no speaker either: its 预测 is part of the label,
so the clause after it keeps its own speaker and subject. And an amount approved up to a ceiling
(在不超过52.8亿元的额度内) is of the company or what it is spent on, never of 额度. Widenings of
`_RESEARCH_SPEAKER`, of the speaking stop in `_PHRASE_END` and of `_LEVEL_NOUN`
(attribution.py); seen in blind11 244 (券商预计公司2026-2028年归母净利润分别为…) and blind12 276
(额度), with 额度内 in blind4 107 and blind12 267. The sentences are new; each row is (surface,
subject)."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    (
        "工业富联发布年报，营收增长。券商预计公司2026-2028年归母净利润分别为610、720、830亿元。",
        {
            ("610", "Foxconn Industrial Internet"),
            ("720", "Foxconn Industrial Internet"),
            ("830亿元", "Foxconn Industrial Internet"),
        },
    ),
    (
        "寒武纪发布三季报。盈利预测方面，券商预计公司2026年归母净利润为41.5亿元。",
        {("41.5亿元", "Cambricon")},
    ),
    (
        "寒武纪发布三季报。盈利预测方面，华安证券预计公司2026年归母净利润为41.5亿元。",
        {("41.5亿元", "Cambricon")},
    ),
    (
        "纬创董事会通过，将在不超过36.5亿元的额度内，为新竹厂区购置机器设备。",
        {("36.5亿元", "Wistron")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_company_keeps_a_brokerages_forecast(text, expected):
    assert expected <= surface_subjects(text)


NEVER_A_SUBJECT = {"券商", "盈利", "额度", "投行"}

NOT_SPEAKERS = [
    # A brokerage's own business measured is no speaker: 券商 with words before it.
    ("中国电信表示，券商业务收入增长12%。", {("12%", "券商业务收入")}),
]


@pytest.mark.parametrize(("text", "expected"), NOT_SPEAKERS)
def test_a_brokerage_business_stays_a_subject(text, expected):
    assert expected <= surface_subjects(text)


@pytest.mark.parametrize("text", [text for text, _ in CASES])
def test_no_speaker_or_ceiling_is_a_subject(text):
    assert not {subject for _, subject in surface_subjects(text)} & NEVER_A_SUBJECT
