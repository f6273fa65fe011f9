"""公司 in a broker note is the company the note covers (its title's), also after a sentence that
itself speaks of 公司 before naming another party (公司拟与海光信息实施吸收合并, 此外，公司…源于
某联营企业): that other party is not who 公司 stands for. A broker's view of 公司 (我们看好公司…,
：预计公司2025-2027年营收为…) speaks of it as 公司表示 does. The construction (公司 before another
company in one sentence) was counted in blind4 107, blind9 204, blind10 234 and blind12 277; a
plain widening of the 公司 stand-in rule. The sentences are new."""

from tests.helpers import surface_subjects


def test_a_sentence_speaking_of_the_company_does_not_hand_on_its_partner():
    text = (
        "浪潮信息(000977)：订单饱满\n\n"
        "公司与英伟达深化合作，推出新一代液冷整机柜。"
        "公司前三季度实现营收905.1亿元(+45.2%)。\n"
    )
    assert ("905.1亿元", "Inspur") in surface_subjects(text)


def test_a_later_paragraphs_company_is_still_the_covered_one():
    text = (
        "浪潮信息(000977)：订单饱满\n\n"
        "核心观点\n\n"
        "公司拟与英伟达共建液冷实验室。\n\n"
        "事件\n\n"
        "公司前三季度实现营收905.1亿元(+45.2%)。\n"
    )
    assert ("905.1亿元", "Inspur") in surface_subjects(text)


def test_a_brokers_view_of_the_company_is_the_covered_company():
    text = (
        "中科曙光(603019)：生态完善\n\n"
        "公司拟与海光信息换股合并。我们看好公司长期价值，并上调盈利预测：预计公司2026年营收为"
        "188.2亿元。\n"
    )
    assert ("188.2亿元", "Sugon") in surface_subjects(text)


def test_a_company_named_before_its_companys_sentence_stays():
    # Must not fire: the nearest sentence names its company first; 公司 is that company.
    text = "中科曙光(603019)：生态完善\n\n海光信息发布半年报。公司上半年营收54.6亿元。\n"
    assert ("54.6亿元", "Hygon") in surface_subjects(text)
