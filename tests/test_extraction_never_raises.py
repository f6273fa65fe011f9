"""Extraction must not raise on reporting it has never seen: every real article of the dev corpus
and the fixtures, mangled the ways copy-pasted and OCRed news is (spaces inside figures and around
dashes, commas turned into spaced dashes, full-width digits, dropped full stops and characters,
stray minus signs, shuffled lines). A crash on one spaced range ("10 - 20%") in a real article
was what found this class; the mutations are seeded, so a failure reproduces."""

import random
import re
from datetime import date
from pathlib import Path

import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ROOT = Path(__file__).resolve().parents[1]
ENTITIES = EntityIndex.load()
TEXTS = [
    p.read_text(encoding="utf-8")
    for p in sorted((ROOT / "bench/extraction_corpus/dev").glob("*.txt"))
    + sorted((ROOT / "tests/fixtures/articles").glob("*.txt"))
]


def _mangled(text: str, rnd: random.Random) -> str:
    def spaced_ranges(t):
        return re.sub(r"(\d)([-~–至到])(\d)", r"\1 \2 \3", t)

    def spaced_digits(t):
        return re.sub(r"\d", lambda m: m[0] + (" " if rnd.random() < 0.2 else ""), t)

    def dashed_commas(t):
        return t.replace("，", " - ").replace(",", " - ")

    def dropped_stops(t):
        return re.sub(r"[。.]", lambda m: "" if rnd.random() < 0.3 else m[0], t)

    def dropped_characters(t):
        return "".join(c for c in t if rnd.random() > 0.02)

    def stray_minus(t):
        return re.sub(r"\d+", lambda m: ("-" if rnd.random() < 0.2 else "") + m[0], t)

    def full_width(t):
        return re.sub(r"\d", lambda m: chr(ord(m[0]) + 0xFEE0) if rnd.random() < 0.3 else m[0], t)

    def shuffled_lines(t):
        lines = t.split("\n")
        return "\n".join(rnd.sample(lines, len(lines)))

    mutations = [
        spaced_ranges, spaced_digits, dashed_commas, dropped_stops, dropped_characters,
        stray_minus, full_width, shuffled_lines,
    ]  # fmt: skip
    for mutate in rnd.sample(mutations, rnd.randrange(1, 4)):
        text = mutate(text)
    return text


@pytest.mark.parametrize("seed", range(8))
def test_mangled_real_articles_extract_without_raising(seed):
    rnd = random.Random(seed)
    for n in range(40):
        text = _mangled(rnd.choice(TEXTS), rnd)
        extract_article(f"mangled-{seed}-{n}", text, ENTITIES, date(2025, 6, 1))


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high"),
    [
        # A range whose dash the clause splitter also reads as a break lies in one clause.
        ("The plan needs 3 - five servers.", "3 - five servers", 3.0, 5.0),
        # An article after a spaced dash is no range's second end.
        ("EPS came to $0.82 - a rise of 28%.", "$0.82", 0.82, 0.82),
    ],
)
def test_a_figure_never_straddles_a_clause_break(sentence, surface, low, high):
    found = extract_article("s", sentence, ENTITIES, None).facts
    row = found[found.surface == surface].iloc[0]
    assert (row.value_low, row.value_high) == (low, high)


def test_a_dates_comma_still_breaks_its_clause():
    sentence = "SAN JOSE, Calif., March 3, 2025 — Global server revenue grew 43 percent in 2Q 2025."
    found = extract_article("s", sentence, ENTITIES, None).facts
    assert found.set_index("surface").loc["43 percent", "subject"] == "Global server revenue"


def test_a_spaced_year_range_opening_a_sentence_leaves_its_subject_to_the_words_after():
    found = extract_article(
        "s", "2023 - 2025 AI server revenue grew 30% a year.", ENTITIES, None
    ).facts
    row = found[found.surface == "30% a year"].iloc[0]
    assert (row.subject, row.period) == ("AI server revenue", "2023-2025")
