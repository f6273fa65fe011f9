"""Sentences and the section headings they fall under (suanli.sentences)."""

from pathlib import Path

import pytest

from suanli.sentences import line_kind, split_sentences
from suanli.text import normalise
from tests.helpers import fact_rows

SEED = next((Path(__file__).parents[1] / "seeds" / "articles").glob("*.txt"))


def seed_sentences():
    text = normalise(SEED.read_text(encoding="utf-8")).text
    return text, split_sentences(text)


def test_seed_headings_are_found_in_simplified_form():
    _, sentences = seed_sentences()
    headings = [s.text for s in sentences if s.line_kind == "heading"]
    assert headings == [
        "ChatGPT拉动算力持续飙升",
        "矿卡风口再次来临",
        "国产替代跑步前进,但仍有高墙难越",
        "AI芯片国产化替代破局点在哪儿?",
    ]
    assert [s.text for s in sentences if s.line_kind == "byline"] == ["文|刘旷"]


def test_sentences_carry_the_heading_they_fall_under():
    _, sentences = seed_sentences()
    h100 = next(s for s in sentences if "H100为例" in s.text)
    assert h100.heading == "矿卡风口再次来临"
    market = next(s for s in sentences if "350.3亿元" in s.text)
    assert market.heading == "国产替代跑步前进,但仍有高墙难越"
    first_body = next(s for s in sentences if s.line_kind == "body")
    assert first_body.heading is None  # before the first heading
    assert first_body.text.startswith("2023年伊始")


def test_sentence_offsets_index_the_normalised_text_and_numbers_are_consecutive():
    text, sentences = seed_sentences()
    assert [s.sentence_no for s in sentences] == list(range(1, len(sentences) + 1))
    for sentence in sentences:
        assert text[sentence.char_start : sentence.char_end] == sentence.text
    ends = [s.text[-1] for s in sentences if s.line_kind == "body"]
    assert ends.count("。") > 30


def test_decimals_and_abbreviations_do_not_end_sentences():
    sentences = split_sentences("Revenue was $13.5 billion in the U.S. market. It rose 3.5% again.")
    assert [s.text for s in sentences] == [
        "Revenue was $13.5 billion in the U.S. market.",
        "It rose 3.5% again.",
    ]


def test_line_kinds():
    assert line_kind("礦卡風口再次來臨") == "heading"
    assert line_kind("GPU prices keep climbing") == "heading"
    assert line_kind("Where does substitution break through?") == "heading"
    assert line_kind("文|王小明") == "byline"
    assert line_kind("By Jane Doe") == "byline"
    assert line_kind("H100售价约25万元。") == "body"
    assert line_kind(
        "Prices of the NVIDIA H100 rose by about $5,000 within two weeks, and more."
    ) == ("body")


def test_titles_bylines_and_datelines():
    text = (
        "Nvidia's data center boom, in numbers\n"
        "By Sam Lee, November 22, 2023\n"
        "March 14, 2024\n"
        "Revenue rose. Margins held.\n"
        "记者王大明/台北报导\n"
        "发布时间:2023-05-08 10:30\n"
    )
    kinds = [(s.line_kind, s.text) for s in split_sentences(text)]
    assert kinds == [
        ("heading", "Nvidia's data center boom, in numbers"),  # the title, comma and all
        ("byline", "By Sam Lee, November 22, 2023"),
        ("byline", "March 14, 2024"),
        ("body", "Revenue rose."),
        ("body", "Margins held."),
        ("byline", "记者王大明/台北报导"),
        ("byline", "发布时间:2023-05-08 10:30"),
    ]
    assert line_kind("Prices rose in March 2024") == "heading"  # a date inside a line is text


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("By Jane Doe", "byline"),
        ("BY MARIA CHEN", "byline"),
        ("By Reuters staff", "byline"),
        ("Written by Ann Lee and Tom Ng, May 3, 2024", "byline"),
        # A sentence opening on a time is no byline, however its next word is written.
        ("By the end of June, the company will operate 50,000 GPUs.", "body"),
        ("By March, prices of the H100 had risen 5%.", "body"),
        ("By 2027, the cluster will hold 100,000 accelerators.", "body"),
    ],
)
def test_a_byline_is_by_and_names_only(line, kind):
    assert line_kind(line) == kind


def test_a_sentence_opening_with_by_keeps_its_figures():
    text = "GPU fleet plans\n\nBy the end of June, the company will operate 50,000 GPUs.\n"
    assert [f for f in fact_rows(text) if f[0] == "50,000 GPUs"]


def test_a_unit_per_second_ends_a_sentence():
    # "9.6TB/s." is a unit, not an initial like "U.S.": the next sentence's year is its own.
    text = "For 2027 Acme has planned the X3, with memory at 9.6TB/s. The X4 will follow in 2028."
    assert [s.text for s in split_sentences(text)] == [
        "For 2027 Acme has planned the X3, with memory at 9.6TB/s.",
        "The X4 will follow in 2028.",
    ]
