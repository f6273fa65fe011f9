"""A company's name opening the name of one of its centres (中国电信中部智算中心, blind5 133):
the centre's compute and racks, told in the clauses after it, are the centre's, named by the
clause's own words (扩容后的算力规模, 机架规模), not the operator's. A centre the company builds,
told with a verb or 的 between, leaves the company the subject. The sentences are new."""

from datetime import date

from tests.helpers import fact_rows

PUBLISHED = date(2025, 9, 1)


def _subjects(text: str) -> dict[str, str | None]:
    return {row[0]: row[3] for row in fact_rows(text, PUBLISHED)}


def test_compute_of_a_centre_the_company_name_opens():
    text = (
        "扩容\n\n在武汉，中国电信华中智算中心新增了200台服务器，扩容后的算力规模超过1500PFLOPS。\n"
    )
    assert _subjects(text)["1500PFLOPS"] == "扩容后的算力规模"


def test_racks_in_the_next_clause():
    text = "扩容\n\n中国移动西部数据中心完成扩容；在甘肃的另一处集群，机架规模已达2.5万架。\n"
    assert _subjects(text)["2.5万架"] == "机架规模"


def test_traditional_centre_name():
    text = "擴容\n\n中國電信華中智算中心完成擴容，擴容後的算力規模超過1500PFLOPS。\n"
    assert _subjects(text)["1500PFLOPS"] == "扩容后的算力规模"


def test_a_centre_the_company_builds_stays_the_company():
    # Must not fire: a verb between the name and the centre makes the company the builder.
    text = "扩容\n\n中国电信在庆阳新建了数据中心，算力规模超过1500PFLOPS。\n"
    assert _subjects(text)["1500PFLOPS"] == "China Telecom"


def test_money_of_the_centre_stays_the_company():
    # Must not fire: the operator's investment in its centre is the operator's spend too.
    text = "扩容\n\n中国电信华中智算中心完成扩容，总投资超过15亿元。\n"
    assert _subjects(text)["15亿元"] == "China Telecom"
