"""A second company named right before a product (緯創今年輝達AI伺服器出貨…, SK海力士拿下輝達
（NVIDIA）次世代AI平台所需HBM4…的供應份額), after the company its sentence or clause opens with,
is whose product the opening company ships or supplies; the figure is the opening company's. Seen
in blind4 107 and blind6 147. The sentences are new."""

from datetime import date

from tests.helpers import surface_subjects

PUBLISHED = date(2026, 1, 10)


def test_a_customers_servers_after_the_shipper_traditional():
    text = "英業達今年輝達AI伺服器估出貨3萬櫃 年增40%\n\n英業達看好今年AI需求。\n"
    found = surface_subjects(text, PUBLISHED)
    assert ("3万柜", "Inventec") in found
    assert ("40%", "Inventec") in found


def test_a_customers_platform_after_the_supplier_in_a_clause():
    text = (
        "三星HBM4供货提速\n\n"
        "另据业内消息，三星已拿下英伟达（NVIDIA）新一代AI平台所需HBM4约3成的供应份额。\n"
    )
    assert ("3成", "Samsung") in surface_subjects(text, PUBLISHED)


def test_a_company_opening_its_own_clause_keeps_its_figure():
    # Must not fire: 輝達 opens a clause of its own, so its servers' shipments are its own.
    text = "英業達營收創新高，輝達AI伺服器今年出貨估達3萬櫃。\n"
    assert ("3万柜", "NVIDIA") in surface_subjects(text, PUBLISHED)


def test_a_company_listed_with_the_first_is_not_dropped():
    # Must not fire: 英业达与英伟达 lists two subjects; the second is no customer of the first.
    text = "英业达与英伟达AI服务器合作项目今年营收达300亿元。\n"
    assert ("300亿元", "Inventec") not in surface_subjects(text, PUBLISHED)


def test_no_opening_company_leaves_the_maker():
    # Must not fire: no company opens the sentence, so the product's maker is what is counted.
    text = "今年英伟达AI服务器出货估达3万柜。\n"
    assert ("3万柜", "Inventec") not in surface_subjects(text, PUBLISHED)
    assert ("3万柜", "NVIDIA") in surface_subjects(text, PUBLISHED)
