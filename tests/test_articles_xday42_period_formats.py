"""No fact leaves the extractor with a period article_facts does not write: every period is one
of the formats CONVENTIONS.md and the article_facts column comment list (2024, FY2025, 2024Q3,
FY2026Q1-Q3, 2024H1, 2024M1-M7, 2023-2026, 2022-2025H1, 2024-03, 2024-03-15), never a period
still relative to the publication ("Y-1", "P+0", "R-1") nor a calendar month dated by a fiscal
year ("FY2026-09"). Two paths leaked one on the tuning sets (fifteenth session): a figure of the
same period a year back with no period in force ("…the $1.87 billion reported in the same period
last year", blind14 321: "Y-1"), and a month told after a fiscal year ("capital expenditures for
fiscal year 2026 … the $35 billion it estimated in September", blind13 301: "FY2026-09")."""

import re
from datetime import date

import pytest

from bench import extraction_quality as eq
from suanli.articles import article_paths
from suanli.entities import EntityIndex
from tests.helpers import periods_by_surface

_YEAR = r"(?:FY)?(?:19|20)\d\d"
_FORMATS = re.compile(
    rf"{_YEAR}(?:Q[1-4](?:-Q[1-4])?|H[12]|M(?:[1-9]|1[0-2])-M(?:[1-9]|1[0-2]))?"
    r"|(?:19|20)\d\d-(?:19|20)\d\d(?:Q[1-4]|H[12])?"
    r"|(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?"
)
TUNING_SETS = [s for s in eq.SETS if s not in eq.FROZEN_SETS and (eq.CORPUS / s).is_dir()]


def test_every_tuning_set_period_is_written_as_article_facts_writes_it():
    entities = EntityIndex.load()
    leaks = []
    for name in TUNING_SETS:
        set_dir = eq.CORPUS / name
        for path in sorted(article_paths(set_dir)):
            _, facts = eq.extracted_facts(path, set_dir, entities)
            leaks += [
                (name, path.stem, f.surface, f.period)
                for f in facts
                if f.period is not None and not _FORMATS.fullmatch(f.period)
            ]
    assert leaks == []


CASES = [
    # The same period a year back with no period in force: of no period the text gives.
    (
        "Net income reached $5.24 billion, nearly triple the $1.87 billion reported in the same "
        "period last year.",
        date(2025, 12, 18),
        {"$1.87 billion": None},
    ),
    ("净利润达到52.4亿美元，去年同期为18.7亿美元。", date(2025, 12, 18), {"18.7亿美元": None}),
    ("淨利潤達到52.4億美元，去年同期為18.7億美元。", date(2025, 12, 18), {"18.7亿美元": None}),
    # A month told after a fiscal year is the calendar's; a fiscal year's budget said of it
    # is that year's.
    (
        "In fiscal 2026, Oracle shipped 5,000 racks in September.",
        date(2025, 12, 11),
        {"5,000 racks": "2025-09"},
    ),
    (
        "Management now expects capital expenditures for fiscal year 2026 to be $15 billion "
        "higher than the $35 billion it estimated in September.",
        date(2025, 12, 11),
        {"$15 billion": "FY2026", "$35 billion": "FY2026"},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:14] for c in CASES])
def test_no_period_is_left_unresolved(text, published, expected):
    periods = periods_by_surface(text, published)
    assert {s: periods.get(s) for s in expected} == expected


NEAR_MISSES = [
    # With a period in force, the same period a year back is that period a year earlier.
    (
        "Net income for the third quarter of 2025 reached $5.24 billion, against $1.87 billion "
        "in the same period last year.",
        date(2025, 12, 18),
        {"$5.24 billion": "2025Q3", "$1.87 billion": "2024Q3"},
    ),
    (
        "2025年第三季度净利润达到52.4亿美元，去年同期为18.7亿美元。",
        date(2025, 12, 18),
        {"52.4亿美元": "2025Q3", "18.7亿美元": "2024Q3"},
    ),
    # A month with its own calendar year keeps it.
    (
        "Oracle expects capital expenditures for fiscal year 2026 to reach $50 billion. It had "
        "spent $35 billion in September 2023.",
        date(2025, 12, 11),
        {"$50 billion": "FY2026", "$35 billion": "2023-09"},
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), NEAR_MISSES, ids=[c[0][:14] for c in NEAR_MISSES]
)
def test_periods_in_force_still_date_them(text, published, expected):
    periods = periods_by_surface(text, published)
    assert {s: periods.get(s) for s in expected} == expected
