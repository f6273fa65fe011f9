"""A noun-phrase subject that ran into its predicate, because the stop came after a modal, an
existential, an adverb or a verb (算力规模要超过…, 智算中心有455个, 单机柜功率普遍被推到…,
项目建成后能够容纳…, 9家厂商中标), is cut back to the noun phrase. Seen in blind2 71, blind3 97,
blind5 134 and 135, blind6 143, 155 and 156, blind8 193 and 194, blind9 213, blind11 254, blind12
266, blind14 306, 315 and 316. The sentences are new; the construction is Chinese."""

from datetime import date

from tests.helpers import fact_rows

PUBLISHED = date(2025, 10, 14)


def _subjects(text: str) -> dict[str, str | None]:
    return {row[0]: row[3] for row in fact_rows(text, PUBLISHED)}


def test_a_modal_before_the_figure_simplified():
    found = _subjects("算力建设\n\n按照规划，到2027年，全省算力规模要超过50EFLOPS。\n")
    assert found["50EFLOPS"] == "全省算力规模"


def test_an_existential_before_the_count():
    found = _subjects("智算中心\n\n截至今年6月，全省已建成和在建的智算中心有38个。\n")
    assert found["38个"] == "全省已建成和在建的智算中心"


def test_an_adverb_of_the_predicate_traditional():
    found = _subjects("數據中心\n\n受AI訓練需求推動，單機櫃功率普遍被推高到40 kW。\n")
    assert found["40 kW"] == "单机柜功率"


def test_a_verb_a_stop_cut_in_two_traditional():
    found = _subjects("晶片\n\n國內GPU功耗已逼近1500W。\n")
    assert found["1500W"] == "国内GPU功耗"


def test_an_event_time_and_a_modal_verb():
    found = _subjects("数据中心\n\n该项目建成后能够容纳3000个以上的高功率机柜。\n")
    assert found["3000个"] == "项目"


def test_a_verb_of_winning_after_the_count():
    found = _subjects("招标\n\n本轮集采共有7家厂商中标。\n")
    assert found["7家"] == "厂商"


def test_building_in_this_phase():
    found = _subjects("算力\n\n项目本期建设30P算力。\n")
    assert found["30P"] == "项目本期"


def test_a_noun_ending_like_a_verb_stays_whole():
    # Must not fire: 交易所 is a noun, not 交易 and a relative 所.
    found = _subjects("上市\n\n交易所今年新增上市公司12家。\n")
    assert found["12家"] == "交易所"


def test_construction_as_a_noun_stays_whole():
    # Must not fire: 数据中心建设 with no adverb before it is the building, a noun.
    found = _subjects("数据中心\n\n今年全市数据中心建设超过50亿元。\n")
    assert found["50亿元"] == "全市数据中心建设"
