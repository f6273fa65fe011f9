"""The evaluation command (bench/extraction_quality.py): its matching rules, one class of input
per test, and a run of the real extractor over a corpus written in tmp_path."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from bench import extraction_quality
from bench.extraction_quality import (
    SETS,
    CorpusError,
    Fact,
    PeriodAgreement,
    SourceAgreement,
    guard_counts,
    load_expected,
    main,
    match,
    miss_cause,
)
from suanli.articles import read_article
from tests.helpers import break_stage_for

H100_PRICE = Fact(
    surface="25万元",
    fact_type="unit_price",
    metric="price",
    subjects=("NVIDIA H100", "H100"),
    low=250000.0,
    high=250000.0,
    unit="CNY",
    period="2024",
)


def found(**changes) -> Fact:
    """An extracted fact: one subject, everything else as H100_PRICE unless changed."""
    return replace(H100_PRICE, **({"subjects": ("NVIDIA H100",)} | changes))


def test_identical_fact_matches_strictly():
    assert match([H100_PRICE], [found()], strict=True) == [(0, 0)]


@pytest.mark.parametrize(
    ("value", "matches"), [(252_000.0, True), (247_600.0, True), (253_000.0, False)]
)
def test_value_within_one_percent_relative(value, matches):
    assert bool(match([H100_PRICE], [found(low=value, high=value)], strict=True)) == matches


def test_range_matches_end_by_end_and_never_a_single_value():
    wanted = replace(H100_PRICE, low=30000.0, high=200000.0)
    assert match([wanted], [found(low=30000.0, high=200000.0)], strict=True) == [(0, 0)]
    assert match([wanted], [found(low=30000.0, high=250000.0)], strict=True) == []
    assert match([H100_PRICE], [found(low=200000.0, high=300000.0)], strict=True) == []


def test_subject_after_folding_contains_or_is_contained():
    wanted = replace(H100_PRICE, subjects=("中国AI服务器市场",))
    # Traditional script, full-width letters and spaces fold away; regional vocabulary
    # (伺服器 for 服务器) is not a script difference and does not.
    assert match([wanted], [found(subjects=("中國 ＡＩ伺服器市場",))], strict=True) == []
    assert match([wanted], [found(subjects=("中國 ＡＩ服務器市場",))], strict=True) == [(0, 0)]
    assert match([wanted], [found(subjects=("AI服务器市场",))], strict=True) == [(0, 0)]
    assert match([wanted], [found(subjects=("2024年中国AI服务器市场",))], strict=True) == [(0, 0)]
    assert match([wanted], [found(subjects=("NVIDIA",))], strict=True) == []


def test_null_subject_never_matches_strictly_but_does_loosely():
    assert match([H100_PRICE], [found(subjects=())], strict=True) == []
    assert match([H100_PRICE], [found(subjects=(" ",))], strict=True) == []
    assert match([H100_PRICE], [found(subjects=())], strict=False) == [(0, 0)]


def test_period_must_be_equal_and_null_only_equals_null():
    assert match([H100_PRICE], [found(period=None)], strict=True) == []
    assert match([H100_PRICE], [found(period="2024Q1")], strict=True) == []
    unstated = replace(H100_PRICE, period=None)
    assert match([unstated], [found(period=None)], strict=True) == [(0, 0)]


def test_metric_counts_only_when_expected_gives_one():
    assert match([H100_PRICE], [found(metric="price_to")], strict=True) == []
    any_metric = replace(H100_PRICE, metric=None)
    assert match([any_metric], [found(metric="price_to")], strict=True) == [(0, 0)]


def test_type_and_unit_count_even_loosely():
    assert match([H100_PRICE], [found(fact_type="cost")], strict=False) == []
    assert match([H100_PRICE], [found(unit="USD")], strict=False) == []


def test_one_to_one_with_exact_candidates_first():
    # Both expected facts accept the first extracted one; the same surface claims it first, so
    # the second extracted one is left for the other expectation instead of being spurious.
    other = replace(H100_PRICE, surface="25 万元")
    extracted = [found(surface="25 万元"), found()]
    assert match([H100_PRICE, other], extracted, strict=True) == [(0, 1), (1, 0)]
    assert match([H100_PRICE], extracted, strict=True) == [(0, 1)]


ARTICLE = "英伟达H100报价\n英伟达H100的价格为25万元。A800的价格为12万元。\n"
EXPECTED = """\
written: 2026-12-06
facts:
  - surface: "25万元"
    fact_type: unit_price
    subject: [NVIDIA H100, H100]
    value: 2.5e5
    unit: CNY
    period: null
  - surface: "12万元"
    fact_type: unit_price
    subject: [NVIDIA A800]
    value: 120000
    unit: CNY
    period: "2023"      # the text states no period: this expectation is wrong on purpose
"""


def write_corpus(tmp_path, expected=EXPECTED, set_name="dev"):
    article = tmp_path / set_name / "01_prices.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / set_name / "01_prices.meta.yaml").write_text(
        "title: 英伟达H100报价\nlanguage: zh-Hans\npublished_date: 2024-05-10\n", encoding="utf-8"
    )
    (tmp_path / set_name / "01_prices.expected.yaml").write_text(expected, encoding="utf-8")
    return article


def test_real_extraction_one_matched_one_missed_one_spurious(tmp_path, capsys):
    write_corpus(tmp_path)
    assert main(["--set", "dev", "--corpus", str(tmp_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    total = report["sets"]["dev"]["total"]
    # The H100 price matches; the A800 price is extracted without the period the expectation
    # wrongly gives it, so strictly it is one missed and one spurious fact.
    assert total["strict"] == {
        "expected": 2,
        "extracted": 2,
        "matched": 1,
        "precision": 0.5,
        "recall": 0.5,
    }
    assert total["loose"]["precision"] == 1.0 and total["loose"]["recall"] == 1.0
    (article,) = report["sets"]["dev"]["articles"]
    assert [f["surface"] for f in article["missed"]] == ["12万元"]
    assert [(f["surface"], f["period"]) for f in article["extra"]] == [("12万元", None)]
    assert report["sets"]["dev"]["missed_by_cause"] == {"period": 1}
    assert report["sets"]["dev"]["guards"] == {
        "prices_under_100": 0,
        "prices_under_100_plausible": 0,
        "implausible": 0,
    }


def test_blind2_is_a_set_of_its_own_and_part_of_all(tmp_path, capsys):
    write_corpus(tmp_path)
    write_corpus(tmp_path, set_name="blind2")
    assert main(["--set", "blind2", "--corpus", str(tmp_path), "--json"]) == 0
    assert list(json.loads(capsys.readouterr().out)["sets"]) == ["blind2"]
    # `all` takes every set directory the corpus has, here dev and blind2 but no blind/.
    assert main(["--set", "all", "--corpus", str(tmp_path), "--json"]) == 0
    sets = json.loads(capsys.readouterr().out)["sets"]
    assert list(sets) == ["dev", "blind2"]
    assert sets["blind2"]["total"]["strict"]["matched"] == 1


@pytest.mark.parametrize(
    ("unmatched", "cause"),
    [
        ([found(subjects=("NVIDIA A100",))], "subject"),
        ([found(period=None, metric="price_to")], "metric + period"),
        # The closest loose match names the cause: one field wrong beats two.
        ([found(period=None, subjects=("AMD",)), found(subjects=("AMD",))], "subject"),
        ([found(fact_type="cost")], "type or unit"),
        ([found(unit="USD")], "type or unit"),
        ([found(low=90.0, high=90.0)], "not extracted"),
        ([], "not extracted"),
    ],
)
def test_a_missed_fact_is_given_the_fields_its_closest_extraction_gets_wrong(unmatched, cause):
    assert miss_cause(H100_PRICE, unmatched) == cause


def test_guards_count_prices_under_100_that_are_no_rents_and_implausible_facts():
    month_as_price = found(low=6.0, high=6.0, plausible=False)
    rent = found(low=2.1, high=2.1, metric="rental_price_per_gpu_hour", fact_type="unit_price")
    share_price = found(low=35.7, high=35.7, metric="share_price")
    fall = found(fact_type="price_change", low=3.0, high=3.0)
    counts = guard_counts([H100_PRICE, month_as_price, rent, share_price, fall])
    # (The month read as a price is flagged implausible; the fall of 3 is not.)
    assert counts == {"prices_under_100": 2, "prices_under_100_plausible": 1, "implausible": 1}


def test_sources_of_matched_pairs_are_counted_as_subjects_are_compared():
    cited = replace(H100_PRICE, source="IDC")
    pairs = [
        (cited, found(source="IDC中国")),  # folded containment: got it
        (replace(H100_PRICE, source="集邦諮詢"), found(source="集邦咨询")),  # t2s: got it
        (cited, found()),  # none
        (cited, found(source="Gartner")),  # another
        (H100_PRICE, found(source="报辉达拟明年")),  # none expected, one given anyway
        (H100_PRICE, found()),
    ]
    agreement = SourceAgreement()
    for want, got in pairs:
        agreement.count(want, got)
    assert agreement.counts() == {
        "named": 4,
        "agreed": 2,
        "missing": 1,
        "other": 1,
        "unnamed": 2,
        "added": 1,
    }
    # (Only the disagreeing pairs are listed, for --verbose.)
    assert [got.source for _, got in agreement.differing] == [None, "Gartner", "报辉达拟明年"]


def test_the_source_line_is_reported_per_set_from_strict_matches_only(tmp_path, capsys):
    cited = EXPECTED.replace("    period: null\n", "    period: null\n    source: IDC\n")
    write_corpus(tmp_path, cited)
    assert main(["--set", "dev", "--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    # The A800 price matches nothing strictly, so only the H100 pair is counted.
    assert (
        "Sources (not scored): of 1 matched facts whose expectation names a source, 0 got it, "
        "1 none, 0 another; 0 of 0 whose expectation names none got one."
    ) in out


def test_periods_of_loose_pairs_are_counted_by_how_the_extractor_found_them():
    pairs = [
        (H100_PRICE, found(period_basis="stated")),
        (H100_PRICE, found(period="2023", period_basis="stated")),
        (H100_PRICE, found(period_basis="carried")),
        (H100_PRICE, found(period=None)),  # the extractor left it NULL: counted as none
        (replace(H100_PRICE, period=None), found(period=None)),
    ]
    agreement = PeriodAgreement()
    for want, got in pairs:
        agreement.count(want, got)
    assert agreement.counts() == {
        "stated": {"pairs": 2, "right": 1},
        "carried": {"pairs": 1, "right": 1},
        "inferred": {"pairs": 0, "right": 0},
        "none": {"pairs": 2, "right": 1},
    }
    assert agreement.describe() == (
        "Periods right among loose-matched facts, by period_basis: stated 1 of 2, "
        "carried 1 of 1, none 1 of 2."
    )


def test_the_period_line_counts_loose_pairs_of_a_real_extraction(tmp_path, capsys):
    write_corpus(tmp_path)
    assert main(["--set", "dev", "--corpus", str(tmp_path), "--json"]) == 0
    periods = json.loads(capsys.readouterr().out)["sets"]["dev"]["periods"]
    # Neither price has a period in the text: both NULL, one expected so, one wrongly "2023".
    assert periods["none"] == {"pairs": 2, "right": 1}
    assert sum(p["pairs"] for p in periods.values()) == 2


def test_without_verbose_only_the_counts_of_causes_are_printed(tmp_path, capsys):
    write_corpus(tmp_path)
    assert main(["--set", "dev", "--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Missed facts by cause: period 1." in out
    assert "Guards: 0 unit_price/price_change facts under 100" in out
    assert "12万元" not in out


def test_articles_selects_by_number(tmp_path, capsys):
    article = write_corpus(tmp_path)
    for name in ("07_prices", "12_prices"):
        for suffix in (".txt", ".meta.yaml", ".expected.yaml"):
            source = article.with_name("01_prices" + suffix)
            source.with_name(name + suffix).write_bytes(source.read_bytes())
    assert main(["--set", "dev", "--corpus", str(tmp_path), "--articles", "2-10", "--json"]) == 0
    (dev,) = json.loads(capsys.readouterr().out)["sets"].values()
    assert [a["article"] for a in dev["articles"]] == ["07_prices"]
    assert main(["--set", "dev", "--corpus", str(tmp_path), "--articles", "12", "--json"]) == 0
    (dev,) = json.loads(capsys.readouterr().out)["sets"].values()
    assert [a["article"] for a in dev["articles"]] == ["12_prices"]
    with pytest.raises(SystemExit):
        main(["--set", "dev", "--corpus", str(tmp_path), "--articles", "x-3"])


def test_verbose_lists_missed_and_extra(tmp_path, capsys):
    write_corpus(tmp_path)
    assert main(["--set", "dev", "--corpus", str(tmp_path), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "| **total dev**" in out
    assert "- missed: '12万元' unit_price 120000 CNY period=2023" in out
    assert "- extra:  '12万元' unit_price/price 120000 CNY period=null" in out


@pytest.mark.parametrize("listing", ["--verbose", "--json"])
def test_a_frozen_set_is_read_for_its_counts_only(tmp_path, capsys, monkeypatch, listing):
    # Between a retirement and the next unseen set nothing is frozen; the refusal is tested on the
    # newest set either way.
    frozen = SETS[-1]
    monkeypatch.setattr(extraction_quality, "FROZEN_SETS", (frozen,))
    write_corpus(tmp_path, set_name=frozen)
    assert main(["--set", frozen, "--corpus", str(tmp_path), listing]) == 2
    assert f"{frozen} is frozen" in capsys.readouterr().err
    assert main(["--set", "all", "--corpus", str(tmp_path), listing]) == 2
    assert main(["--set", frozen, "--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f"| **total {frozen}**" in out
    assert "missed:" not in out


def test_surface_not_in_text_is_an_error_naming_the_file(tmp_path, capsys):
    write_corpus(tmp_path, EXPECTED.replace('"12万元"', '"13万元"'))
    assert main(["--set", "dev", "--corpus", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "01_prices.expected.yaml: fact 2: surface '13万元' is not in the article text" in err


@pytest.mark.parametrize(
    ("fact", "problem"),
    [
        ("{surface: 25万元, fact_type: unit_price, subject: [H100], unit: CNY}", "give either"),
        (
            "{surface: 25万元, fact_type: unit_price, subject: [H100], value: x, unit: CNY}",
            "number",
        ),
        ("{surface: 25万元, fact_type: unit_price, value: 1, unit: CNY}", "missing subject"),
        ("{surface: 25万元, fact_tpye: unit_price, subject: [H], value: 1, unit: CNY}", "unknown"),
    ],
)
def test_malformed_expectation_is_rejected(tmp_path, fact, problem):
    path = tmp_path / "a.expected.yaml"
    path.write_text(f"facts:\n  - {fact}\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=problem):
        load_expected(path, "价格为25万元")


CORPUS_ARTICLES = sorted(
    (Path(__file__).parents[1] / "bench" / "extraction_corpus").glob("*/*.txt")
)


@pytest.mark.parametrize("article", CORPUS_ARTICLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_corpus_files_are_well_formed(article):
    """Every corpus article reads with its sidecar and its expectations load (no extraction)."""
    read = read_article(article, article.parent)
    assert read.has_metadata_file and read.source_url
    expected = load_expected(article.with_name(article.stem + ".expected.yaml"), read.raw_text)
    assert expected


def test_an_article_whose_extraction_raises_is_scored_as_nothing_and_named(
    tmp_path, capsys, monkeypatch
):
    write_corpus(tmp_path)
    (tmp_path / "dev" / "100_more.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "dev" / "100_more.expected.yaml").write_text(EXPECTED, encoding="utf-8")
    break_stage_for(monkeypatch, "article_facts", "100_more")
    assert main(["--set", "dev", "--corpus", str(tmp_path), "--json"]) == 0
    articles = json.loads(capsys.readouterr().out)["sets"]["dev"]["articles"]
    # The other article is still measured, and 100_ sorts after 01_ by its number.
    assert [(a["article"], a["strict"]["extracted"], a["error"]) for a in articles] == [
        ("01_prices", 2, None),
        ("100_more", 0, "RuntimeError: article_facts exploded"),
    ]
    assert articles[1]["strict"]["expected"] == 2
    assert main(["--set", "dev", "--corpus", str(tmp_path)]) == 0
    assert "Extraction failed, scored as nothing extracted: 100_more (RuntimeError:" in (
        capsys.readouterr().out
    )
