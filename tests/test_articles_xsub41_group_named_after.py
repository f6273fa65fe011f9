"""A listed company's name opening the longer name of one of its business groups or subsidiaries
(阿里國際數字商業集團, "Wistron Investment (Malaysia) Sdn. Bhd.") names that group, which no
reference entity lists: its figures are the group's, not the parent's. Seen in blind8 199 (and
blind3 87's writers list 阿里巴巴中國電商集團 as a subject of its own). The sentences are new."""

from datetime import date

from tests.helpers import surface_subjects

PUBLISHED = date(2025, 2, 21)


def test_a_business_group_traditional():
    text = "阿里業績\n\n阿里國際數字商業集團（AIDC）收入則達377.56億元。\n"
    assert ("377.56亿元", "阿里国际数字商业集团") in surface_subjects(text, PUBLISHED)


def test_a_business_group_simplified():
    text = "腾讯业绩\n\n腾讯国际游戏集团收入增长5%至180亿元。\n"
    found = surface_subjects(text, PUBLISHED)
    assert ("180亿元", "Tencent") not in found


def test_the_companys_own_group_name_keeps_it():
    # Must not fire: 阿里巴巴集团 and 阿里云智能集团 are the listed companies' own full names.
    found = surface_subjects("阿里业绩\n\n阿里巴巴集团收入增长8%至2801亿元。\n", PUBLISHED)
    assert ("2801亿元", "Alibaba") in found
    found = surface_subjects("阿里云业绩\n\n阿里云智能集团收入增长13%至317亿元。\n", PUBLISHED)
    assert ("317亿元", "Alibaba Cloud") in found


def test_an_english_legal_name_keeps_the_company():
    # Must not fire: "Cambricon Technologies Corp." is Cambricon's own legal name.
    text = (
        "Cambricon\n\nShares of Cambricon Technologies Corp. surged on Wednesday to 1,464 yuan"
        " apiece.\n"
    )
    assert ("1,464 yuan", "Cambricon") in surface_subjects(text, PUBLISHED)
