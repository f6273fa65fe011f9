"""A clause that opens with a verb of driving (，带动X上涨N%) names what its figure measures.

The driving rule only set aside the name right before the verb; a name further back in the
sentence (三星电子股价上涨7.5%；SK海力士涨约3%，带动首尔综指上涨3.43%) or in the sentence before
still took the driven figure (blind7 175; blind8 199's 该集团整体收入, blind3 87 and 102 are
the same construction). A verb of driving inside a clause (只提到云业务的增长带动…) keeps the old
reading. The sentences are new."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    # A name two clauses back, before a semicolon, no longer takes the index's move.
    (
        "当天三星电子股价大涨6%；SK海力士涨约2%，带动韩国综合指数上涨2.8%。",
        ("2.8%", "韩国综合指数"),
    ),
    # Nor does the first of two names before the verb.
    ("英伟达股价上涨3%，AMD上涨2%，带动费城半导体指数上涨1.8%。", ("1.8%", "费城半导体指数")),
]

UNTOUCHED = [
    # The drivers' own figures, before the verb, stay their own.
    ("当天三星电子股价大涨6%；SK海力士涨约2%，带动韩国综合指数上涨2.8%。", ("6%", "Samsung")),
    ("英伟达股价上涨3%，AMD上涨2%，带动费城半导体指数上涨1.8%。", ("3%", "NVIDIA")),
    # A verb of driving inside a clause keeps the old reading: the name after it holds the figure.
    ("云业务的增长带动腾讯企业服务收入同比增长15%。", ("15%", "Tencent")),
    # A frame (在…带动下) is no driven clause: the name after it holds the figure.
    ("在AI需求带动下，阿里云收入增长34%。", ("34%", "Alibaba Cloud")),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_a_driven_clause_names_its_subject(text, row):
    assert row in surface_subjects(text)


@pytest.mark.parametrize(("text", "row"), UNTOUCHED)
def test_no_driven_clause_no_change(text, row):
    assert row in surface_subjects(text)
