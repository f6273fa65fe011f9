"""An item of a company-by-company list naming its company bare, no reference entity listing it
(河南昆仑约8.37亿元, 宏碁為295.3億元, "Acer came in at $2.1 billion"), is that company's, not the
listed company named in an earlier item. Seen in blind9 205 and blind14 308. The sentences are
new."""

from datetime import date

from tests.helpers import surface_subjects

PUBLISHED = date(2025, 11, 20)


def test_unlisted_bidders_after_listed_ones_simplified():
    text = (
        "集采结果\n\n据测算，中兴通讯的中标金额约8.85亿元，新华三约5.48亿元；"
        "河南昆仑约8.37亿元，华鲲振宇约6.68亿元。\n"
    )
    found = surface_subjects(text, PUBLISHED)
    assert ("8.85亿元", "ZTE") in found
    assert ("8.37亿元", "河南昆仑") in found
    assert ("6.68亿元", "华鲲振宇") in found


def test_an_unlisted_rival_after_a_semicolon_traditional():
    text = "9月營收\n\n華碩9月營收825億元創新高;宏碁為295億元,寫下同期新高。\n"
    found = surface_subjects(text, PUBLISHED)
    assert ("825亿元", "ASUS") in found
    assert ("295亿元", "宏碁") in found


def test_an_unlisted_rival_in_english():
    text = (
        "Results\n\nLenovo posted revenue of $18 billion, up 12%; Acer came in at $2.1 billion.\n"
    )
    found = surface_subjects(text, PUBLISHED)
    assert ("$18 billion", "Lenovo") in found
    assert ("$2.1 billion", "Acer") in found


def test_a_listed_companys_own_item_keeps_it():
    # Must not fire: the item names a listed company (戴尔 is Dell).
    text = "9月营收\n\n联想9月营收300亿元，同比增长12%；戴尔为280亿元。\n"
    found = surface_subjects(text, PUBLISHED)
    assert ("280亿元", "Dell") in found
    assert ("12%", "Lenovo") in found


def test_a_time_or_a_part_is_no_company():
    # Must not fire: 全年 is a time and 其中数据中心 a part, not companies of a list.
    text = "英伟达业绩\n\n英伟达营收350亿美元；全年约为1200亿美元。\n"
    assert ("1200亿美元", "NVIDIA") in surface_subjects(text, PUBLISHED)


def test_a_verb_before_the_figure_is_no_name():
    # Must not fire: 收在 is a verb; without an approximation or a copula no name is read.
    text = "緯穎股價\n\n緯穎股價昨天上漲15元，收在3,315元。\n"
    assert ("3,315元", "收在") not in surface_subjects(text, PUBLISHED)


def test_a_measure_is_no_company():
    # Must not fire: 最大功耗 ends in a measure (功耗), the chip's named before.
    text = "思元370\n\n寒武纪思元370的INT8算力最高可达256 TOPS，最大功耗为250W。\n"
    assert ("250W", "最大功耗") not in surface_subjects(text, PUBLISHED)
