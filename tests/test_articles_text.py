"""Normalisation: pinyin removal, traditional → simplified, width folding, garbled spans, and the
offset map from normalised text back to the raw text."""

from pathlib import Path

import pytest

from suanli.extraction import normalise_article, quality_frame
from suanli.sentences import split_sentences
from suanli.text import REPLACEMENT, OffsetMap, detect_language, find_garbled, normalise

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
SEED = next((Path(__file__).parents[1] / "seeds" / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def seed_raw() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Words that are not in the seed: the rule is about the annotation's shape.
        ("我們(men)的產(chǎn)品(pǐn)價格(gé)很高", "我们的产品价格很高"),
        ("市場(shì chǎng)規模", "市场规模"),
        ("他們(tā men)說", "他们说"),
        ("中(zhōng)國(guó)", "中国"),
        ("顯卡（xiǎn kǎ）", "显卡"),
    ],
)
def test_pinyin_annotations_after_cjk_are_removed(raw, expected):
    assert normalise(raw).text == expected


@pytest.mark.parametrize(
    "raw",
    [
        "英伟达(NVIDIA)和(TSMC)",  # English in brackets
        "报告(2021年下半年)",  # a Chinese parenthetical
        "ABC(ā)",  # not after a CJK character
        "GPU(gù)",
        "集群(由GPU组成)",
    ],
)
def test_other_parentheses_are_kept(raw):
    assert normalise(raw).text == raw


def test_traditional_becomes_simplified_and_full_width_forms_fold():
    assert normalise("礦卡風口再次來臨").text == "矿卡风口再次来临"
    assert normalise("算力（TFLOPS）１２３，４５６％。").text == "算力(TFLOPS)123,456%。"


def test_seed_is_pinyin_free_simplified_and_keeps_its_length_map(seed_raw):
    norm = normalise(seed_raw)
    assert "(chǎng)" in seed_raw and "chǎng" not in norm.text
    assert "市场" in norm.text and "市場" not in norm.text
    assert "矿卡风口再次来临" in norm.text
    assert norm.offsets.norm_length == len(norm.text)
    assert norm.offsets.raw_length == len(seed_raw)


def test_seed_garbled_spans_are_recorded_not_dropped(seed_raw):
    norm = normalise(seed_raw)
    spans = [g.raw_text for g in norm.garbled]
    assert len(spans) == 5
    assert any("??傊?" in s for s in spans)
    assert any(s.startswith("?yàn)樗") for s in spans)
    for g in norm.garbled:
        assert seed_raw[g.raw_start : g.raw_end] == g.raw_text
        assert norm.text[g.norm_start : g.norm_end] == REPLACEMENT
    assert norm.text.count(REPLACEMENT) == 5


def test_quality_rows_point_at_raw_spans_and_placeholders(seed_raw):
    article = normalise_article(seed_raw)
    quality = quality_frame("seed", seed_raw, article.normalised_text, article.offset_map)
    assert len(quality) == article.garbled_span_count == 5
    for row in quality.itertuples():
        assert seed_raw[row.raw_char_start : row.raw_char_end] == row.raw_text
        assert article.normalised_text[row.norm_char_start] == REPLACEMENT


@pytest.mark.parametrize(
    "raw",
    [
        "AI芯片国产化替代破局点在哪儿?",  # a real question mark ends a sentence
        "What next? Prices rose.",
        "价格会涨吗?会。",
    ],
)
def test_real_question_marks_are_not_garbled(raw):
    assert find_garbled(raw) == []


@pytest.mark.parametrize(
    "raw",
    ["运行??傊?3?万台服务器", "因?yàn)樗婕暗紸I芯片", "价格\ufffd\ufffd上涨", "priced at â€œ30kâ€"],
)
def test_encoding_damage_is_garbled(raw):
    assert find_garbled(raw)


def test_no_digit_survives_next_to_damage():
    text = normalise("運行??傊?3?萬臺服務器").text
    assert "3" not in text and REPLACEMENT in text
    # Full-width digits inside damage too (found by fuzzing: they once crashed the scanner).
    text = normalise("因?２àn)橥/?guó倒企業").text
    assert "2" not in text and REPLACEMENT in text


def round_trip_spans(text: str):
    """Every sentence and every word-sized window of the text."""
    spans = [(s.char_start, s.char_end) for s in split_sentences(text)]
    spans += [(i, min(i + 7, len(text))) for i in range(0, len(text), 5)]
    return spans


@pytest.mark.parametrize("path", [SEED, *sorted(FIXTURES.glob("*.txt"))], ids=lambda p: p.name)
def test_offset_map_round_trip(path):
    raw = path.read_text(encoding="utf-8")
    norm = normalise(raw)
    starts = norm.offsets.to_starts()
    assert len(starts) == len(norm.text) + 1 and starts[-1] == len(raw)
    assert starts == sorted(starts)
    rebuilt = OffsetMap.from_starts(starts, norm.text)
    for start, end in round_trip_spans(norm.text):
        raw_start, raw_end = norm.offsets.to_raw(start, end)
        assert rebuilt.to_raw(start, end) == (raw_start, raw_end)
        # The raw span, normalised on its own, says the same thing (placeholders aside).
        if REPLACEMENT not in norm.text[start:end]:
            assert normalise(raw[raw_start:raw_end]).text == norm.text[start:end]


def test_every_normalised_character_comes_from_its_raw_character(seed_raw):
    norm = normalise(seed_raw)
    for position, char in enumerate(norm.text):
        raw_start, raw_end = norm.offsets.to_raw(position, position + 1)
        if char == REPLACEMENT:
            assert raw_end > raw_start
            continue
        assert raw_end - raw_start == 1
        assert normalise(seed_raw[raw_start]).text in (char, "")


def test_offset_map_rejects_a_map_of_another_text():
    with pytest.raises(ValueError, match="offset map"):
        OffsetMap.from_starts([0, 1, 2], "a")


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("01_simplified_h800_prices.txt", "zh-Hans"),
        ("02_traditional_server_market.txt", "zh-Hant"),
        ("03_traditional_pinyin_gpu_prices.txt", "zh-Hant"),
        ("04_english_gpu_market.txt", "en"),
    ],
)
def test_language_is_detected(name, language):
    assert detect_language((FIXTURES / name).read_text(encoding="utf-8")) == language


def test_seed_language_is_traditional(seed_raw):
    assert normalise(seed_raw).language == "zh-Hant"
