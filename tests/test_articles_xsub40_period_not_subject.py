"""A period is no subject, also where it reaches the figure's clause as a fragment: the tail of a
date cut at its last digit (截至2024年9月30日的第二财季 → 日的第二财季, 截至7月30日止的第二季度 →
止的第二季度), a fiscal quarter (第二财季), or a quarter or term pointed at (该财季营收, 本财季营收,
当期净利润: a time and a measure, naming nothing measured). The figures are the company's, or
the business the sentence opens with. Seen in blind14 304, 313 and 319 (9 figures). The sentences
are new."""

from datetime import date

from tests.helpers import surface_subjects

PUBLISHED = date(2025, 11, 20)


def test_the_fiscal_quarter_a_date_ends_is_not_the_subject():
    text = (
        "联想集团第二财季营收增长\n\n"
        "联想集团发布了截至2025年9月30日的第二财季业绩：该财季营收为1460亿人民币，同比增长15%。\n"
    )
    found = surface_subjects(text, PUBLISHED)
    assert ("1460亿人民币", "Lenovo") in found
    assert ("15%", "Lenovo") in found


def test_a_quarter_ended_on_a_day_is_not_the_subject_traditional():
    text = (
        "輝達季度收入創新高\n\n"
        "截至10月26日止的第三季度，營業收入為570億元(美元‧下同)，高於分析員預期的549億美元。\n"
    )
    found = surface_subjects(text, PUBLISHED)
    assert ("570亿元", "NVIDIA") in found
    assert ("549亿美元", "NVIDIA") in found


def test_this_fiscal_quarters_revenue_is_the_business_named_first():
    text = (
        "英伟达第三财季业绩\n\n按业务划分，游戏业务仍有增长，本财季营收达43亿美元，同比增长30%。\n"
    )
    found = surface_subjects(text, PUBLISHED)
    assert ("43亿美元", "游戏业务") in found


def test_a_business_qualified_by_its_quarter_keeps_its_name():
    # Must not fire: 数据中心业务本季营收 names the business; the quarter only qualifies it.
    text = "英伟达第三财季业绩\n\n其中，数据中心业务本季营收达512亿美元。\n"
    assert ("512亿美元", "数据中心业务") in surface_subjects(text, PUBLISHED)


def test_a_term_word_inside_a_noun_phrase_stays():
    # Must not fire: 本期 qualifies the bond; the phrase names what the figure measures.
    text = "公司发债\n\n本期债券发行规模为10亿元。\n"
    assert ("10亿元", "本期债券发行规模") in surface_subjects(text, PUBLISHED)
