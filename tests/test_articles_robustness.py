"""Unseen articles must never break extraction: seeded random and mutated texts keep every
invariant the asset checks rely on (no crash, offsets on the surface, nothing read from a garbled
span, ranges ordered)."""

import random
from pathlib import Path

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article
from suanli.facts import (
    PERIOD_KINDS,
    facts_in_garbled_spans,
    offset_mismatches,
    restatement_comparisons,
)

ENTITIES = EntityIndex.load()
PROJECT_ROOT = Path(__file__).resolve().parents[1]
CORPUS = "".join(
    p.read_text(encoding="utf-8")
    for p in sorted([*(PROJECT_ROOT / "seeds" / "articles").glob("*.txt"),
                     *(Path(__file__).parent / "fixtures" / "articles").glob("*.txt")])
)  # fmt: skip
TOKENS = [
    "3", "4.5", "1,000", "２５", "万", "亿", "千", "两", "三", "十", "元", "美元", "$", "¥", "%",
    "个月", "年", "天", "周", "倍", "x", "T", "P", "G", "TB", "GB/s", "TFLOPS", "-", "—", "至",
    "到", "从", "涨至", "同比增长", "约", "近", "超过", "不超过", "以上", "左右", "分别为", "、",
    ",", "。", "\n", " ", "H100", "A100s", "英伟达", "市场规模", "售价", "between", "and", "from",
    "to", "up", "about", "more than", "million", "billion", "per hour", "GPUs", "2023",
    "2024年", "Q3", "FY2024", "第三季度", "(chǎng)", "??傊?", "\ufffd", "a year earlier",
    "翻了一番", "其", "Its", "据IDC", "每秒", "次", "年复合增长率", "份额", "server", "每张",
    "/枚", ";", ":", "(", ")",
]  # fmt: skip


def texts(seed: int, count: int):
    rng = random.Random(seed)
    alphabet = sorted(set(CORPUS))
    for n in range(count):
        if n % 2:
            yield "".join(rng.choice(TOKENS) for _ in range(rng.randint(0, 60)))
        else:
            start = rng.randint(0, len(CORPUS) - 600)
            piece = CORPUS[start : start + rng.randint(1, 600)]
            yield "".join(c if rng.random() > 0.05 else rng.choice(alphabet) for c in piece)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_and_mutated_texts_keep_the_invariants(seed):
    for text in texts(seed, 150):
        extraction = extract_article("fuzz", text, ENTITIES)
        normalised = extraction.normalised.normalised_text
        assert offset_mismatches(extraction.facts, normalised, text) == [], text
        assert facts_in_garbled_spans(extraction.facts, extraction.quality) == [], text
        restatement_comparisons(extraction.facts)
        for q in extraction.quantities.itertuples():
            assert normalised[q.char_start : q.char_end] == q.surface, text
            if pd.isna(q.value):
                # Only a time reference whose year the text leaves open has no value yet.
                assert q.kind in PERIOD_KINDS and not pd.isna(q.period), text
            else:
                assert q.value_low <= q.value <= q.value_high, text
            assert "\ufffd" not in q.surface, text
