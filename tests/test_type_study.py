"""The type study's dataset (bench/type_study/dataset.py): extracted figures paired with the
hand-written facts they match on value and unit, whatever type either gives them."""

from bench.type_study.dataset import article_pairs
from suanli.entities import EntityIndex
from tests.test_extraction_quality import EXPECTED, write_corpus


def test_figures_pair_across_types_with_their_windows(tmp_path):
    # The writer calls the A800 price a price change: the pair stands, with both readings.
    expected = EXPECTED.replace(
        "    fact_type: unit_price\n    subject: [NVIDIA A800]",
        "    fact_type: price_change\n    subject: [NVIDIA A800]",
    )
    article = write_corpus(tmp_path, expected)
    pairs = article_pairs(article, tmp_path / "dev", tmp_path, EntityIndex.load())
    assert [(p["surface"], p["fact_type"], p["want_type"]) for p in pairs] == [
        ("25万元", "unit_price", "unit_price"),
        ("12万元", "unit_price", "price_change"),
    ]
    h100, a800 = pairs
    assert (h100["left"], h100["figure"], h100["unit"]) == ("英伟达H100的价格为", "25万元", "CNY")
    assert a800["left"].endswith("A800的价格为") and a800["want_metric"] is None
