"""One figure of several companies (or products) named together and then owned jointly (合计,
一共, together, combined) is theirs jointly: the subject names all of them, however many, written
as the text names them from the first to the last, the way a pair is written (英伟达与华为海思);
a company list is a company subject (subject_kind vendor or organization), a product list a
phrase. One sentence each, in simplified and traditional Chinese and English."""

from datetime import date

import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

PUBLISHED = date(2025, 9, 1)


def subject_of(text: str, surface: str) -> tuple[str | None, str | None]:
    """(subject, subject_kind) of the one fact of `text` with that surface."""
    facts = extract_article("s", text, EntityIndex.load(), published_date=PUBLISHED).facts
    rows = facts[facts.surface == surface]
    assert len(rows) == 1, facts[["surface", "subject"]].to_dict("records")
    return rows.subject.iloc[0], rows.subject_kind.iloc[0]


JOINT_FIGURES = [
    # three or more, the last two joined by a conjunction
    ("英伟达、AMD和英特尔合计占80%的份额。", "80%", ("英伟达、AMD和英特尔", "vendor")),
    ("輝達、英特爾與高通合計佔80%的份額。", "80%", ("辉达、英特尔与高通", "vendor")),
    (
        "Nvidia, AMD and Intel together hold 80% of the market.",
        "80%",
        ("Nvidia, AMD and Intel", "vendor"),
    ),
    (
        "Nvidia, AMD and Intel combined hold 80% of the market.",
        "80%",
        ("Nvidia, AMD and Intel", "vendor"),
    ),
    # four, with a company that is no vendor: an organisation subject
    (
        "阿里巴巴、腾讯、百度和字节跳动今年一共投入1000亿元。",
        "1000亿元",
        ("阿里巴巴、腾讯、百度和字节跳动", "organization"),
    ),
    # listed with 、 only
    ("英伟达、AMD、英特尔合计占80%的份额。", "80%", ("英伟达、AMD、英特尔", "vendor")),
    ("輝達、超威、英特爾共佔80%的份額。", "80%", ("辉达、超威、英特尔", "vendor")),
    # a count of the group between the list and the joint word
    ("英伟达、AMD和英特尔三家合计占80%的份额。", "80%", ("英伟达、AMD和英特尔", "vendor")),
    ("輝達、英特爾與高通三家合計佔80%的份額。", "80%", ("辉达、英特尔与高通", "vendor")),
    # what is added up between the list and the joint word
    (
        "英伟达、AMD和英特尔的营收合计达到1000亿美元。",
        "1000亿美元",
        ("英伟达、AMD和英特尔", "vendor"),
    ),
    (
        "Nvidia, AMD and Intel's combined revenue reached $200 billion.",
        "$200 billion",
        ("Nvidia, AMD and Intel", "vendor"),
    ),
    # products named jointly: a phrase
    ("H100、H200和B200合计出货100万颗。", "100万颗", ("H100、H200和B200", "phrase")),
    ("H100、H200和B200的出货量合计100万颗。", "100万颗", ("H100、H200和B200", "phrase")),
    ("H100、H200與B200的出貨量合計100萬顆。", "100万颗", ("H100、H200与B200", "phrase")),
    # two, as before: the pair, now a company subject too
    ("英伟达与华为海思合计占94.4%的市场份额。", "94.4%", ("英伟达与华为海思", "vendor")),
    ("NVIDIA and AMD together hold 90% of the market.", "90%", ("NVIDIA and AMD", "vendor")),
]


@pytest.mark.parametrize(("text", "surface", "expected"), JOINT_FIGURES)
def test_a_joint_figure_names_every_company_listed(text, surface, expected):
    assert subject_of(text, surface) == expected


NOT_JOINT = [
    # a company named before the list, outside it, is not one of its members
    ("英伟达领先,AMD和英特尔合计占20%的份额。", "20%", ("AMD和英特尔", "vendor")),
    ("輝達領先,超威與英特爾合計佔20%的份額。", "20%", ("超威与英特尔", "vendor")),
    ("Nvidia leads; AMD and Intel together hold 20%.", "20%", ("AMD and Intel", "vendor")),
    # no joint word: the company right before the figure
    ("英伟达领先,AMD占10%的份额。", "10%", ("AMD", "vendor")),
]


@pytest.mark.parametrize(("text", "surface", "expected"), NOT_JOINT)
def test_only_the_companies_listed_together_are_joint(text, surface, expected):
    assert subject_of(text, surface) == expected


def test_companies_paired_with_their_own_figures_stay_apart():
    facts = extract_article(
        "s", "英伟达、AMD和英特尔的份额分别为80%、10%和5%。", EntityIndex.load(), PUBLISHED
    ).facts
    assert list(facts.subject) == ["NVIDIA", "AMD", "Intel"]


def test_an_attribute_list_without_entities_still_names_its_noun():
    facts = extract_article(
        "s", "投资规模30亿元、机柜数量5000个的数据中心。", EntityIndex.load(), PUBLISHED
    ).facts
    assert list(facts.subject) == ["投资规模", "数据中心"]
