"""A sentence whose subject is a personal pronoun ("They grew…", "It guided to…", "2023年，它成为…")
continues what the sentence before is about (`subject_pronouns_resolved`, pronouns.py; blind7
170 "Servers with integrated GPUs stand out. They grew 49.4 percent", blind12 281 "It guided to
…, a non-GAAP effective tax rate of 13% and about 1.65B diluted shares", blind12 271, blind13
294). A pronoun doing what only a company does (guided, expects, 预计) makes every item its
figures name the company's. The sentences are new; each row is (surface, subject)."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    (
        "Liquid-cooled racks stand out this year. They grew 35 percent from a year earlier.",
        {("35 percent", "Liquid-cooled racks")},
    ),
    (
        "Shares of Cambricon jumped on Friday. They closed at 1,250 yuan, up 4.1%.",
        {("1,250 yuan", "Cambricon"), ("4.1%", "Cambricon")},
    ),
    (
        "摩尔线程成立于2020年。公司起步时选择了全功能GPU路线。2023年，它成为首家以5nm工艺量产的公司。",
        {("5nm", "Moore Threads")},
    ),
    (
        "AMD reported its results. The company expects growth in Data Center. It guided to "
        "operating expenses of about $2.8B, a tax rate of 13% and about 1.6B diluted shares.",
        {("$2.8B", "AMD"), ("13%", "AMD"), ("1.6B diluted shares", "AMD")},
    ),
]

# Where the rule must not fire: an "It" standing for no thing ("It is expected that…"); a
# pronoun opening a new paragraph; a research firm's "It expects" keeps what it measures; a
# sentence naming its own subject.
KEPT = [
    (
        "Analysts met on Monday. It is expected that AI server shipments will grow 20% this year.",
        {("20%", None)},
    ),
    ("Shares of Cambricon jumped on Friday.\n\nThey closed at 1,250 yuan.", {("1,250 yuan", None)}),
    (
        "TrendForce published a report. It expects AI server shipments to grow 20% this year.",
        {("20%", "AI server shipments")},
    ),
    (
        "Servers with integrated GPUs stand out. Shipments grew 30 percent.",
        {("30 percent", "Shipments")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + KEPT)
def test_a_subject_pronoun_continues_the_sentence_before(text, expected):
    assert surface_subjects(text) == expected
