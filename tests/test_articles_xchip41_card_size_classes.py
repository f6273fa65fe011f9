"""A lone 千卡 / 万卡 that grades a cluster (万卡级集群, 千卡級集群) or is part of a project's name
(国产万卡算力项目, 绿色智算中心万卡项目(三期), 千卡、万卡智算中心项目) names a size class, not a
number of cards: the writers of blind5 139, blind7 166, blind11 243, blind12 278 and 280 and
blind14 305 list none of them, and the extractor read each as a count of chips. 万卡集群 (a cluster
of ten thousand cards), 1万卡 with a digit and a level a count reaches (扩大到百万卡级别) still
count cards. The sentences are new."""

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2025, 12, 1)


def _cards(text: str) -> list[tuple]:
    return [
        row[1:]
        for row in fact_fields(text, PUBLISHED, "fact_type", "surface", "value")
        if row[0] == "count"
    ]


def test_a_graded_cluster_counts_nothing():
    assert _cards("多家运营商的万卡级智算集群陆续落地。\n") == []


def test_traditional_thousand_card_grade():
    assert _cards("該公司主打千卡級集群，走高算力路線。\n") == []


def test_a_projects_name():
    assert _cards("当地的国产万卡算力项目于昨日启动。\n") == []
    assert _cards("绿色智算中心万卡项目(二期)启动招标。\n") == []


def test_a_list_of_size_classes_before_projects():
    assert _cards("其千卡、万卡智算中心项目均已确认收入。\n") == []


def test_real_counts_of_cards_are_kept():
    # Must not fire: a cluster of ten thousand cards, a phase's 1万卡, a level a count reaches.
    assert _cards("华为推出首个万卡AI集群。\n") == [("万卡", 10000.0)]
    assert _cards("一期2万卡将于年底建成。\n") == [("2万卡", 20000.0)]
    assert _cards("目标是把单一集群扩大到十万卡级别。\n") == [("十万卡", 100000.0)]
