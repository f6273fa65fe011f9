"""People counted by their role right after a bare number, with no measure word (150万开发者,
"5 million developers", 1,200 AI engineers) are a count of those people, and those people are its
subject (issue 12, sixth session).
Single sentences written for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2026, 3, 2)


def counts(sentence: str) -> list[tuple]:
    """(surface, fact_type, metric, subject, value) of the sentence's facts."""
    return [
        (surface, fact_type, metric, subject, value)
        for surface, fact_type, metric, subject, value, _unit, _period in fact_rows(
            sentence, PUBLISHED
        )
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "这套软件栈背后站着约300 万 ROCm 开发者。",
            [("300 万", "count", "developers", "ROCm 开发者", 3_000_000.0)],
        ),
        (
            "這套軟體棧背後站著約300萬ROCm開發者。",
            [("300万", "count", "developers", "ROCm开发者", 3_000_000.0)],
        ),
        (
            "该开源框架已吸引超过80万开发者参与。",
            [("80万", "count", "developers", "开发者", 800_000.0)],
        ),
        (
            "The toolkit now counts 4 million registered developers.",
            [("4 million", "count", "developers", "registered developers", 4_000_000.0)],
        ),
        (
            "The chip start-up hired 1,200 AI engineers last year.",
            [("1,200", "count", "engineers", "AI engineers", 1200.0)],
        ),
        (
            "該開源框架已吸引超過80萬開發者參與。",
            [("80万", "count", "developers", "开发者", 800_000.0)],
        ),
    ],
)
def test_people_counted_by_role_are_a_count(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A price charged to developers is not a count of them.
        "该平台向开发者收取每小时2美元的费用。",
        # A share beside the role names no people.
        "The toolkit's users grew 40% as developers moved to it.",
    ],
)
def test_a_role_beside_other_figures_counts_nobody(sentence):
    assert all(fact_type != "count" for _s, fact_type, _m, _subject, _v in counts(sentence))
