"""A Chinese clause opening on its verb or on the span a figure is counted over names nothing it
measures: 预料到2032年可提供…, 包括预计在42个月内…, 从开发到投入营运的首3年累计投资….

"从开发到投入营运的首3年累计投资规模达238亿港元" gave the amount the subject 开发; "包括预计在
42个月内开始营运" gave the term the subject 包括 (blind5 128). The sentences are new. Each row is
(surface, subject)."""

from tests.helpers import surface_subjects


def test_a_span_as_its_own_clause_still_leaves_the_measure_after_it():
    rows = surface_subjects("由建設到全面投產的首5年，累計投資規模達120億港元。")
    assert ("120亿港元", "累计投资规模") in rows


def test_a_span_told_by_its_ends_inside_the_clause():
    rows = surface_subjects("从动工到投产的前两年累计投资规模达80亿元。")
    assert ("80亿元", "累计投资规模") in rows


def test_including_opens_on_its_verb():
    rows = surface_subjects("承建商作出多项承诺，包括预计在36个月内完成工程。")
    assert ("36个月", "包括") not in rows


def test_expecting_opens_on_its_verb():
    rows = surface_subjects("数据中心园区累计投资300亿元，预料到2030年可提供5万P算力。")
    assert all(subject != "预料" for _, subject in rows)
