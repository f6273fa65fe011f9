"""A clause naming a company's results measure bare (但毛利率只有6.9％, 毛利率也从…降到60.5%) is
not about the phrase of the figure before it when that phrase names only another measure
(營業毛利, 当期净利润): the clause's own measure is the subject. Seen in blind9 217 and blind11
245. The sentences are new; the construction is Chinese results copy (an English clause names
its measure as the phrase itself). (The titles name no company: under a title naming one, the bare
measure is that company's, tests/test_articles_xtopic41_measure_only_story_company.py.)"""

from datetime import date

from tests.helpers import surface_subjects

PUBLISHED = date(2025, 11, 20)


def test_a_margin_after_another_measures_figure_traditional():
    text = "代工廠季報\n\n第三季營業毛利120億元，年增15％，但毛利率只有8.2％，低於前一季。\n"
    found = surface_subjects(text, PUBLISHED)
    assert ("120亿元", "营业毛利") in found
    assert ("8.2%", "毛利率") in found


def test_a_margin_after_a_charges_measure_simplified():
    text = "巨头计提减值\n\n这笔计提使当期净利润减少30亿美元，毛利率也从预期的72%降到65%。\n"
    found = surface_subjects(text, PUBLISHED)
    assert ("65%", "毛利率") in found
    assert ("65%", "当期净利润") not in found


def test_the_company_named_in_the_sentence_keeps_its_margin():
    # Must not fire: the figures before have the company for subject, not a measure's phrase.
    text = "海光信息业绩\n\n海光信息第三季度营收40亿元，同比增长69%，但毛利率仅为57%。\n"
    assert ("57%", "Hygon") in surface_subjects(text, PUBLISHED)


def test_a_business_keeps_its_margin():
    # Must not fire: the phrase before names a business (云业务), whose margin the clause gives.
    text = "某公司业绩\n\n云业务收入增长26%至398亿元，毛利率达到12%。\n"
    found = surface_subjects(text, PUBLISHED)
    assert ("12%", "云业务收入") in found
