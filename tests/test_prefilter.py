"""`suanli.prefilter.prefiltered`: a look-ahead on a pattern's first characters that changes no
match, only how fast positions that cannot start one are passed over."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from suanli import quantities
from suanli.entities import EntityIndex
from suanli.prefilter import prefiltered
from suanli.text import normalise

ROOT = Path(__file__).resolve().parents[1]
_LEAD = re.compile(r"\(\?=\(\?i:\[(?:\\.|[^\]\\])*\]\)\)\(\?:(?P<plain>.*)\)\Z", re.DOTALL)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    lead = _LEAD.match(pattern.pattern)
    return re.compile(lead["plain"], pattern.flags) if lead else None


def _prefiltered_in_use() -> dict[str, re.Pattern[str]]:
    found = {
        f"quantities.{name}": value
        for name, value in vars(quantities).items()
        if isinstance(value, re.Pattern) and _plain(value)
    }
    index = EntityIndex.load()
    for name, value in vars(index).items():
        if isinstance(value, re.Pattern) and _plain(value):
            found[f"EntityIndex.{name}"] = value
    return found


def _texts() -> list[str]:
    paths = sorted((ROOT / "bench" / "extraction_corpus" / "dev").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))
    paths += sorted((ROOT / "seeds" / "articles").glob("*.txt"))
    return [normalise(path.read_text(encoding="utf-8")).text for path in paths]


def test_the_hot_scans_are_prefiltered():
    names = set(_prefiltered_in_use())
    assert {
        "quantities._PERIOD",
        "quantities._RELATIVE",
        "quantities._NAME_OR_RANK",
        "quantities._QUANTITY",
        "EntityIndex._pattern",
    } <= names


@pytest.mark.parametrize("name", sorted(_prefiltered_in_use()))
def test_a_prefiltered_scan_finds_what_the_plain_pattern_finds(name):
    pattern = _prefiltered_in_use()[name]
    plain = _plain(pattern)
    texts = _texts()
    # Random text made of the corpus's own characters, so odd neighbours are tried as well.
    alphabet = sorted(set("".join(texts)))
    rng = random.Random(12)
    texts += ["".join(rng.choices(alphabet, k=400)) for _ in range(200)]
    for text in texts:
        assert _matches(pattern, text) == _matches(plain, text)
        for start in range(0, len(text), 97):
            a, b = pattern.search(text, start), plain.search(text, start)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
            a, b = pattern.match(text, start), plain.match(text, start)
            assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize(
    ("source", "text"),
    [
        (r"(?<![A-Za-z])(?:Q(?P<q>[1-4])|FY(?P<y>\d{2}))", "in Q3 and FY24, not XQ2"),
        (r"(?:\b(?i:the first) (?P<n>three|six) months)", "THE FIRST six months"),
        (r"(?:约|近)?\d+(?:万|亿)?元", "约3万元和近5亿元,以及12元"),
        (r"(?:GPU|显卡)\s?\d+", "GPU 100与显卡20"),
        # A zero-width break before a word (the clause break before 而): the look-ahead's
        # character leads, and the match is still empty and at the same place.
        (r"(?<=[a-z])(?=而)", "ab而c,d而e"),
    ],
)
def test_a_lookahead_is_added_and_matches_stay_the_same(source, text):
    pattern = prefiltered(source)
    assert pattern.pattern.startswith("(?=")
    assert _matches(pattern, text) == _matches(re.compile(source), text)
    assert _matches(pattern, text)


@pytest.mark.parametrize(
    "source",
    [
        r"(?:x)?y?",  # can match the empty string, so it may start anywhere
        r"[^a]b",  # a negated class admits almost every first character
        r"(a)?\1x",  # a back-reference is not read
        r".b",  # any character
        r"(?i)abc",  # global flags must stay at the start
    ],
)
def test_a_pattern_whose_first_characters_are_not_worked_out_is_left_as_it_is(source):
    assert prefiltered(source).pattern == source


def test_the_flags_are_kept():
    pattern = prefiltered(r"gpu\s+price", re.IGNORECASE)
    assert pattern.flags & re.IGNORECASE
    assert pattern.search("the GPU  Price rose")
