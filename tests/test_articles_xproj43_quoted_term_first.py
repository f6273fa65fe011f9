"""A short term in straight quotes opening a phrase ("東數西算"甘肅樞紐慶陽數據中心集群的機架規模,
blind7 179; "牛散"章建平, blind7 176): the closing straight quote is no stop, as a curly one is
not, so the phrase runs on to its noun. A quotation opening the clause and running past the
figure ("现在低于3100元一条的货源…", dev 11) stops as before. The sentences are new."""

from datetime import date

from tests.helpers import fact_rows

PUBLISHED = date(2025, 9, 1)


def _subjects(text: str) -> dict[str, str | None]:
    return {row[0]: row[3] for row in fact_rows(text, PUBLISHED)}


def test_quoted_term_before_a_cluster():
    text = '集群\n\n扩容继续；"东数西算"宁夏枢纽中卫数据中心集群的机架规模达到2.6万架。\n'
    assert _subjects(text)["2.6万架"] == '东数西算"宁夏枢纽中卫数据中心集群的机架规模'


def test_traditional_quoted_term():
    text = '集群\n\n擴容繼續；"東數西算"寧夏樞紐中衛數據中心集群的機架規模達到2.6萬架。\n'
    assert _subjects(text)["2.6万架"].endswith("机架规模")  # stored simplified


def test_quotation_running_past_the_figure_stops_as_before():
    # Must not fire: the quote is a quotation, not closed before the figure.
    text = '内存\n\n老板说，内存每条卖3000元，"现在低于2000元一条的货源根本找不到"。\n'
    assert _subjects(text)["2000元"] == "内存"


def test_quoted_name_before_a_predicate_without_stop_word_stays_the_name():
    # Must not fire: no predicate word follows the term, so its quote still ends the name.
    text = '业绩\n\n"芯王"年报出炉:全年营收27.3亿元。\n'
    assert _subjects(text)["27.3亿元"] == "芯王"
