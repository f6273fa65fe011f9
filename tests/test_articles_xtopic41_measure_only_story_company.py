"""A sentence naming a company's measure and nothing else before its figure (去年對外投資額…,
第三季度该项支出…, "two-thirds of capex went to…", "Revenue was…") is about the company the story
is about: the one its title names, when the text last spoke of it. Also: "the memory maker"
stands for the company as "the chipmaker" does. Seen in blind2 79, blind5 125, blind7 178, blind8
183, blind12 268 and 279, blind14 321 and 322. The sentences are new."""

from datetime import date

from tests.helpers import surface_subjects

PUBLISHED = date(2025, 12, 1)


def test_an_outlay_named_alone_is_the_story_companys():
    text = (
        "寒武纪全年营收大增\n\n"
        "寒武纪公布2025年度业绩，全年营收达64.97亿元。截至年底，寒武纪共有887名研发人员。"
        "去年对外投资额9.2亿元，较前一年增长18%。\n"
    )
    found = surface_subjects(text, PUBLISHED)
    assert ("9.2亿元", "Cambricon") in found
    assert ("18%", "Cambricon") in found


def test_an_expense_pointed_at_is_the_story_companys_traditional():
    text = (
        "阿里巴巴季度利潤下滑\n\n"
        "阿里巴巴集團公布最新季度財報，經營利潤降至53億元。"
        "分析認為，利潤下滑源於行銷費用急增：第三季該項支出高達600億元。\n"
    )
    # (The short title's 阿里巴巴 is no source by the 公布 the body opens with: the verb is looked
    # for on the name's own line, so the title still names the company the text spoke of.)
    assert ("600亿元", "Alibaba") in surface_subjects(text, PUBLISHED)


def test_a_share_of_an_outlay_is_the_story_companys():
    text = (
        "Dell lifts its spending plan\n\n"
        "Dell said demand for AI servers kept rising in the quarter. "
        "About half of the quarter's outlay went on GPUs.\n"
    )
    assert ("half", "Dell") in surface_subjects(text, PUBLISHED)


def test_the_memory_maker_stands_for_the_company():
    text = (
        "Micron's record quarter\n\n"
        "Micron Technology posted strong results on Wednesday. The memory maker's shares rose 9% "
        "after results that analysts called the best in the industry outside of Nvidia.\n\n"
        "Revenue was $11.3 billion, up 40% from a year earlier.\n"
    )
    found = surface_subjects(text, PUBLISHED)
    assert ("$11.3 billion", "Micron") in found
    assert ("40%", "Micron") in found


def test_a_sentence_naming_its_own_company_keeps_it():
    # Must not fire: the sentence names the company whose outlay it is.
    text = (
        "寒武纪全年营收大增\n\n"
        "寒武纪公布2025年度业绩，全年营收达64.97亿元。海光信息去年对外投资额9.2亿元。\n"
    )
    found = surface_subjects(text, PUBLISHED)
    assert ("9.2亿元", "Hygon") in found


def test_a_market_story_keeps_no_company():
    # Must not fire: the title names no company, so the outlay is no company's by default.
    text = (
        "中国AI芯片投资升温\n\n"
        "寒武纪公布2025年度业绩，全年营收达64.97亿元。去年对外投资额9.2亿元。\n"
    )
    found = surface_subjects(text, PUBLISHED)
    assert ("9.2亿元", "Cambricon") not in found


def test_a_markets_size_in_a_company_story_is_no_companys():
    # Must not fire: a market's size is never the company's, whoever the story is about.
    text = (
        "鸿海看好明年AI需求\n\n"
        "鸿海董事长在法说会上表示，AI需求强劲。未来三年市场规模有望突破1兆美元。\n"
    )
    found = surface_subjects(text, PUBLISHED)
    assert ("1兆美元", "Foxconn") not in found


def test_another_company_spoken_of_last_is_not_replaced_by_the_story_company():
    # Must not fire: the text last spoke of Hygon, not of the title's company; the rule does not
    # guess between them.
    text = (
        "寒武纪全年营收大增\n\n"
        "寒武纪公布2025年度业绩，全年营收达64.97亿元。"
        "同行海光信息也公布了业绩，海光信息共有2000名研发人员。去年对外投资额9.2亿元。\n"
    )
    found = surface_subjects(text, PUBLISHED)
    assert ("9.2亿元", "Cambricon") not in found


def test_a_bare_margin_under_the_companys_title_is_the_companys():
    # (Without a company in the title the clause's own measure is its subject:
    # tests/test_articles_xsub40_another_results_measure.py.)
    text = "英伟达计提存货减值\n\n这笔计提使当期净利润减少30亿美元，毛利率也从预期的72%降到65%。\n"
    found = surface_subjects(text, PUBLISHED)
    assert ("65%", "NVIDIA") in found
    assert ("65%", "当期净利润") not in found
