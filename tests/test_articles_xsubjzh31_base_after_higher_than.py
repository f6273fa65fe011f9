"""A name after 高于/低于 following the figure is the base it is set against, as after "than".

blind6 147: "SK海力士上一季的营业利润率达到58.4%，睽违7年再度高于…台积电" gave the 7年 to TSMC; the
English "more/less/…er than" filter of the names after a figure now takes its Chinese twin. The
sentences are new."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    (
        "SK海力士第三季营业利润率为55%，相隔5年再次高于台积电。",
        ("5年", "SK hynix"),
    ),
    (
        "三星的HBM良率为60%，时隔两年仍低於SK海力士。",
        ("两年", "Samsung"),
    ),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_the_name_after_higher_than_is_no_subject(text, row):
    assert row in surface_subjects(text)
