"""The seed article's claims, extracted (never typed in): values, units, subjects, provenance."""

from pathlib import Path

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article
from suanli.facts import facts_in_garbled_spans, offset_mismatches, restatement_comparisons
from suanli.text import normalise

SEED = next((Path(__file__).parents[1] / "seeds" / "articles").glob("*.txt"))
FACT_TYPES = {
    "unit_price", "price_change", "pct_change", "market_size", "spend", "cost", "earnings",
    "valuation", "count", "share", "model_parameters", "compute", "data_size", "duration", "ratio",
    "release", "spec",
}  # fmt: skip


@pytest.fixture(scope="module")
def raw() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def extraction(raw):
    return extract_article("seed", raw, EntityIndex.load())


@pytest.fixture(scope="module")
def facts(extraction) -> pd.DataFrame:
    return extraction.facts


def one(facts: pd.DataFrame, **where) -> pd.Series:
    rows = facts
    for column, value in where.items():
        rows = rows[rows[column] == value]
    assert len(rows) == 1, f"{where}: {len(rows)} rows\n{rows.to_string()}"
    return rows.iloc[0]


def test_h100_up_nearly_70k_cny_within_a_week_to_about_300k(facts):
    h100 = facts[facts.subject == "NVIDIA H100"]
    rise = one(h100, metric="price_increase")
    assert (rise.fact_type, rise.value, rise.unit, rise.qualifier) == (
        "price_change",
        7e4,
        "CNY",
        "approx",
    )
    window = one(h100, metric="price_window")
    assert (window.value, window.unit, window.qualifier) == (7, "days", "up_to")
    price = one(h100, metric="price")
    assert (price.fact_type, price.value, price.unit, price.qualifier) == (
        "unit_price",
        3e5,
        "CNY",
        "approx",
    )
    assert "一周之内" in price.quote and rise.claim_id == price.claim_id


def test_a100_from_60k_to_90k_cny_in_just_over_three_months_up_50_percent(facts):
    a100 = facts[
        (facts.subject == "NVIDIA A100")
        & (facts.sentence_no == one(facts, metric="price_from").sentence_no)
    ]
    assert (one(a100, metric="price_from").value, one(a100, metric="price_to").value) == (6e4, 9e4)
    assert set(a100[a100.fact_type == "unit_price"].unit) == {"CNY"}
    window = one(a100, metric="price_window")
    assert (window.value, window.unit, window.qualifier) == (3, "months", "at_least")
    pct = one(a100, metric="price_change_pct")
    assert (pct.value, pct.unit, pct.qualifier) == (50, "percent", "at_least")


def test_china_ai_server_market_2021(facts):
    market = facts[facts.subject == "中国AI服务器市场"]
    size = one(market, metric="market_size")
    assert (size.value, size.unit, size.period, size.subject_kind) == (
        pytest.approx(35.03e9),
        "CNY",
        "2021",
        "market",
    )
    growth = one(market, metric="yoy_growth")
    assert (growth.fact_type, growth.value, growth.unit, growth.period) == (
        "pct_change",
        68.6,
        "percent",
        "2021",
    )


def test_server_demand_training_2e8_usd_per_llm_inference_4_5e9_usd(facts):
    training = one(facts, subject="AI training server market", metric="demand")
    assert (training.value, training.unit, training.qualifier) == (2e8, "USD", "approx")
    assert "单个大语言训练" in training.quote
    inference = one(facts, subject="AI inference server market", metric="demand")
    assert (inference.value, inference.unit, inference.qualifier) == (4.5e9, "USD", "approx")


def test_model_sizes_and_training_compute(facts):
    gpt3 = one(facts, subject="GPT-3", metric="parameters")
    assert (gpt3.value, gpt3.unit, gpt3.period) == (1.75e11, "parameters", "2020")
    gpt2 = one(facts, subject="GPT-2", metric="parameters")
    assert (gpt2.value, gpt2.period) == (1.5e9, "2019")  # 2019、2020年…分别为15亿、1750亿
    bert = one(facts, subject="BERT", metric="parameters")
    assert bert.value == 3e8
    gpt35 = one(facts, subject="GPT-3.5", metric="training_compute")
    assert (gpt35.value, gpt35.unit, gpt35.qualifier) == (3640, "PF-days", "approx")
    m6 = facts[(facts.subject == "M6") & (facts.metric == "parameters")]
    assert sorted(m6.value) == [1e12, 1e13] and m6.period.isna().all()


def test_br100_compute(facts):
    br100 = facts[facts.subject == "Biren BR100"]
    fp16 = one(br100, metric="compute_fp16")
    assert (fp16.value, fp16.unit, fp16.qualifier) == (1e15, "FLOP/s", "at_least")
    int8 = one(br100, metric="compute_int8")
    assert (int8.value, int8.unit, int8.qualifier) == (2e15, "OP/s", "at_least")
    ratio = one(br100, metric="performance_ratio")
    assert (ratio.value, ratio.qualifier) == (3, "at_least")
    assert one(br100, metric="release_year").period == "2022"


def test_gpu_ip_development_paths(facts):
    own = facts[facts.subject == "GPU IP 自研"]
    months = one(own, metric="development_time")
    assert (months.value_low, months.value_high, months.value, months.unit) == (
        36,
        48,
        42,
        "months",
    )
    engineers = one(own, metric="engineers")
    assert (engineers.fact_type, engineers.value, engineers.unit) == ("count", 200, "count")
    licensed = one(facts, subject="GPU IP 外购", metric="development_time")
    assert (licensed.value_low, licensed.value_high, licensed.unit) == (12, 18, "months")


def test_deployment_cost_claims(facts):
    sentence = facts[facts.quote.str.contains("3000枚")]
    chips = sentence[sentence.metric == "chips_required"].sort_values("value")
    assert list(chips.value) == [3000, 30000] and set(chips.subject) == {"NVIDIA A100"}
    assert chips.iloc[0].qualifier == "at_least"  # 至少需要3000枚
    price = one(sentence, metric="price")
    assert (price.value, price.unit) == (9e4, "CNY")  # 9万/枚
    assert sorted(sentence[sentence.fact_type == "cost"].value) == [2.7e8, 2.7e9]


def test_market_share_and_period(facts):
    share = one(facts, metric="market_share")
    assert (share.subject, share.value, share.period) == ("NVIDIA", 88, "2022Q3")


def test_restatements_agree_or_are_reported(facts):
    comparisons = {(c["check"], c["stated"]): c for c in restatement_comparisons(facts)}
    assert comparisons[("count_times_price_vs_cost", 2.7e8)]["agrees"]  # 3000 × 9万 = 2.7亿
    assert comparisons[("count_times_price_vs_cost", 2.7e9)]["agrees"]  # 3万 × 9万 = 27亿
    # 6万 → 9万 is +50%, text: 超过50%. Rounded to the 万, the prices allow +30.8% to +72.7%,
    # which includes changes over 50% (suanli.agreement).
    move = comparisons[("price_from_to_vs_pct", 50)]
    assert move["agrees"] and move["implied"] == pytest.approx(50)
    assert move["severity"] == "ok" and "6万元 → 9万元" in move["message"]


def test_every_fact_points_at_its_surface_in_both_texts(raw, extraction, facts):
    text = extraction.normalised.normalised_text
    assert offset_mismatches(facts, text, raw) == []
    for fact in facts.itertuples():
        assert text[fact.char_start : fact.char_end] == fact.surface
        assert fact.surface in fact.quote
        assert normalise(raw[fact.raw_char_start : fact.raw_char_end]).text == fact.surface


def test_no_fact_comes_from_a_garbled_span(extraction, facts):
    assert len(extraction.quality) == 5
    assert facts_in_garbled_spans(facts, extraction.quality) == []


def test_fact_vocabulary_and_ids(facts):
    assert set(facts.fact_type) <= FACT_TYPES
    assert facts.fact_id.is_unique
    money = facts[facts.fact_type.isin(["unit_price", "price_change", "market_size", "cost"])]
    assert set(money.unit) <= {"CNY", "USD"}
    assert len(facts) >= 40
