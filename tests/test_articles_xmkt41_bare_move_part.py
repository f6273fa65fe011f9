"""A part of a sentence after a semicolon told only by a time and a move (；明年还会再成长24%，来到
5,200亿美元) goes on about the thing the sentence's earlier part named, when that thing is a noun
phrase of the text as well as when it is a listed entity. Seen in blind13 287 (TrendForce's CSP
capex forecast). The sentences are new; the construction is Chinese (English goes on with a
pronoun, "it will grow…", which `subject_pronouns_resolved` reads)."""

from datetime import date

from tests.helpers import fact_rows

PUBLISHED = date(2025, 10, 14)


def _subjects(text: str) -> dict[str, str | None]:
    return {row[0]: row[3] for row in fact_rows(text, PUBLISHED)}


def test_next_years_move_goes_on_traditional():
    text = (
        "雲端業者資本支出\n\n研調機構預估全球十大雲端服務業者今年的資本支出合計將超過3,800億美元，"
        "年增55%；明年還會再成長20%，來到4,560億美元。\n"
    )
    found = _subjects(text)
    assert found["3,800亿美元"] is not None
    assert found["3,800亿美元"].startswith("全球十大云端服务业者")
    assert found["20%"] == found["4,560亿美元"] == found["3,800亿美元"]


def test_a_bare_decline_goes_on_simplified():
    text = "存储市场\n\n国内主要模组厂今年的出货总额约为900亿元；明年将下降12%。\n"
    found = _subjects(text)
    assert found["900亿元"] is not None
    assert found["900亿元"].startswith("国内主要模组厂")
    assert found["12%"] == found["900亿元"]


def test_a_part_naming_its_own_thing_keeps_it():
    # Must not fire: the part names what it measures (x86服务器收入).
    text = (
        "服务器市场\n\n全球服务器市场收入今年将达到3,000亿美元；x86服务器收入将增长30%，"
        "达到2,100亿美元。\n"
    )
    assert _subjects(text)["30%"] == "x86服务器收入"


def test_a_measure_alone_is_not_carried():
    # Must not fire: the earlier part names only a measure (持股比例), no thing to go on about.
    text = "股东\n\n据披露，持股比例为28.57%；明年还会再增长5%。\n"
    assert _subjects(text)["5%"] != "持股比例"
