"""A count of companies (12家企业, 20家公司) is never one company's figure: the counted noun is
its subject, with a postposition placing what follows within the set (20家企业中, 这些公司里)
left off. Blind3 83 showed the class; the sentences are new. Each row is (surface, subject,
value, unit)."""

import pytest

from tests.helpers import subject_rows

COUNTED_COMPANY_CASES = [
    (
        "英伟达的营收大增。共有12家企业实现净利增长，占比为60%。",
        [
            ("12家", "企业", 12.0, "count"),
            ("60%", "企业", 60.0, "percent"),
        ],
    ),
    (
        "英偉達的營收大增。共有12家企業實現淨利增長，占比為60%。",
        [
            ("12家", "企业", 12.0, "count"),
            ("60%", "企业", 60.0, "percent"),
        ],
    ),
    ("记者梳理了20家公司的年报。", [("20家", "公司", 20.0, "count")]),
    ("記者梳理了20家上市公司的年報。", [("20家", "上市公司", 20.0, "count")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_COMPANY_CASES)
def test_a_count_of_companies_is_the_counted_nouns(text, expected):
    assert subject_rows(text) == expected


LOCATIVE_CASES = [
    "在这20家企业中，盈利的占多数。",
    "在這20家企業中，盈利的佔多數。",
    "在这20家企业当中，盈利的占多数。",
]


@pytest.mark.parametrize("text", LOCATIVE_CASES)
def test_a_postposition_after_the_counted_noun_is_no_part_of_it(text):
    assert subject_rows(text) == [("20家", "企业", 20.0, "count")]


def test_a_count_of_chips_stays_with_the_company_named_before():
    # Only companies are counted apart from the company named before; chips it ships are its own.
    assert subject_rows("英伟达出货100万颗芯片。") == [("100万颗", "NVIDIA", 1_000_000.0, "count")]


RESULTS_SENTENCE_CASES = [
    "浪潮信息营收大增。净利润方面的表现更为亮眼：共有12家企业实现净利增长，占比为60%。",
    "浪潮信息營收大增。淨利潤方面的表現更為亮眼：共有12家企業實現淨利增長，占比為60%。",
]


@pytest.mark.parametrize("text", RESULTS_SENTENCE_CASES)
def test_counted_companies_are_not_the_company_a_results_sentence_goes_on_about(text):
    # A sentence opening with a results measure goes on about the company before, unless its
    # figure counts companies: many companies are not that one.
    assert subject_rows(text) == [
        ("12家", "企业", 12.0, "count"),
        ("60%", "企业", 60.0, "percent"),
    ]
