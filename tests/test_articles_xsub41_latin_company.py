"""A company no reference entity lists, named by its Latin short name as the subject of a Chinese
clause (緯創說明，WIMY 將以這筆增資，在…), owns the figures after it, not the listed parent that
spoke before. Seen in blind12 276. The sentences are new; the construction is Chinese text naming
a subsidiary by its initials."""

from datetime import date

from tests.helpers import surface_subjects

PUBLISHED = date(2025, 11, 14)


def test_a_subsidiary_by_its_initials_traditional():
    text = (
        "緯創投資\n\n緯創說明，WIMY 將以這筆增資，"
        "在 2831 萬美元 (不超過 1.19 億馬來西亞令吉) 的額度內興建員工宿舍。\n"
    )
    found = surface_subjects(text, PUBLISHED)
    assert ("2831 万美元", "WIMY") in found
    assert ("1.19 亿马来西亚令吉", "WIMY") in found


def test_a_subsidiary_in_the_figures_clause_simplified():
    text = "浪潮投资\n\n浪潮信息表示，YZX 将在 5000 万元额度内建设新厂房。\n"
    assert ("5000 万元", "YZX") in surface_subjects(text, PUBLISHED)


def test_an_acronym_of_a_technology_is_no_company():
    # Must not fire: GPU names a product kind, not a company; the speaker keeps the figure.
    text = "英伟达价格\n\n英伟达表示，GPU 将在 2026 年涨价 10%。\n"
    assert ("10%", "NVIDIA") in surface_subjects(text, PUBLISHED)


def test_a_listed_name_between_keeps_the_listed_company():
    # Must not fire: the listed company is named after the initials, before the figure.
    text = "纬创投资\n\nWKS 将向英伟达采购，英伟达报价 1.2 亿美元。\n"
    assert ("1.2 亿美元", "WKS") not in surface_subjects(text, PUBLISHED)
