"""A project's compute figure standing right before the compute it sizes:
"提供10000P国产推理算力" (blind7 166), "投入5000 P(12kw)算力设备" (blind12 278),
"项目的建设目标是八标段1000 P(稠密型)算力设备" (blind12 278),
"按总体200PHPC算力规模" (blind12 266). The words before the figure tell the
project's goal or work, or a noun carried from the clause before; the compute
noun after the figure is what it measures. A compute noun followed by 的
qualifies the noun after it and is left alone. The sentences are new."""

from datetime import date

from tests.helpers import fact_rows

PUBLISHED = date(2025, 11, 25)


def _subjects(text: str) -> dict[str, str | None]:
    return {row[0]: row[3] for row in fact_rows(text, PUBLISHED)}


def test_compute_after_a_goal_clause():
    text = "招标\n\n该项目的建设目标是二标段 800 P算力设备，连同网络和存储设备。\n"
    assert _subjects(text)["800 P"] == "算力设备"


def test_compute_after_a_bracketed_aside():
    text = "招标\n\n二期工程负责园区内全部机房的建设，并投入 3000 P(10kw)算力设备。\n"
    assert _subjects(text)["3000 P"] == "算力设备"


def test_compute_noun_with_its_qualifier():
    text = "枢纽\n\n该项目将建成一个由2万张加速卡组成的集群，提供6000P国产训练算力。\n"
    assert _subjects(text)["6000P"] == "国产训练算力"


def test_traditional_compute_scale():
    text = "超算\n\n項目本期建設30P算力規模，遠期再擴至120P算力規模。\n"
    assert _subjects(text)["120P"] == "算力规模"  # subjects are stored simplified


def test_compute_before_de_names_the_centre_after_it():
    # Must not fire: 算力 before 的 qualifies the centre; the figure is not the 算力's alone.
    text = "园区\n\n当地将建成500P算力的智算中心。\n"
    assert _subjects(text)["500P"] != "算力"
