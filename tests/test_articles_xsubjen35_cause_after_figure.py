""" "a 94.5 percent surge that it put down to shipments of AI servers", "up 22%, helped by sales
of MI350 GPUs": what a figure is put down to, attributed to, or helped / powered / boosted by is
its cause, not what it measures, as "driven by" and "thanks to" already were (a widening of
`_CAUSE` in attribution.py; blind12 282 gave Quanta's revenue surge to the AI server market).
The sentences are new."""

from datetime import date

from tests.helpers import subject_rows

_PUBLISHED = date(2025, 6, 10)


def test_what_a_surge_is_put_down_to_is_no_subject():
    assert subject_rows(
        "Pegatron reported revenue of NT$120 billion for May, a 31 percent year-on-year jump "
        "that it put down to strong shipments of AI servers.",
        _PUBLISHED,
    ) == [
        ("NT$120 billion", "Pegatron", 1.2e11, "TWD"),
        ("31 percent", "Pegatron", 31.0, "percent"),
    ]


def test_what_a_rise_is_attributed_to_is_no_subject():
    assert subject_rows(
        "Inventec said May revenue rose 12 percent, which it attributed to AI servers.",
        _PUBLISHED,
    ) == [("12 percent", "Inventec", 12.0, "percent")]


def test_what_helped_a_rise_is_no_subject():
    assert subject_rows(
        "Wiwynn said revenue rose 20 percent, helped by AI servers.",
        _PUBLISHED,
    ) == [("20 percent", "Wiwynn", 20.0, "percent")]


def test_a_thing_named_before_the_figure_keeps_it():
    # Must not fire: the AI servers are named before the figure, as what rose.
    assert subject_rows(
        "Shipments of AI servers rose 31 percent, helped by new orders.",
        _PUBLISHED,
    ) == [("31 percent", "AI server market", 31.0, "percent")]
