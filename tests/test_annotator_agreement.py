"""The agreement study's command (bench/annotator_agreement.py): people compared pairwise under
the evaluator's matching, the extractor beside them, and frozen sets refused."""

import json

from bench import annotator_agreement
from bench.annotator_agreement import main
from bench.extraction_quality import Fact, match
from tests.test_extraction_quality import EXPECTED, H100_PRICE, write_corpus

# A second writer: the H100 price as the original gives it, the A800 price dated by neither
# (the original gives 2023), and one fact the original does not list.
SECOND = """\
written: 2026-12-06
facts:
  - surface: "25万元"
    fact_type: unit_price
    subject: [H100]
    value: 250000
    unit: CNY
    period: null
  - surface: "12万元"
    fact_type: unit_price
    subject: [A800, NVIDIA A800]
    value: 120000
    unit: CNY
    period: null
  - surface: "12万元"
    fact_type: price_change
    subject: [A800]
    value: 120000
    unit: CNY
    period: null
"""


def write_study(tmp_path, listed="dev/01_prices", writers=(("ann1", SECOND),)):
    (tmp_path / "corpus").mkdir()
    write_corpus(tmp_path / "corpus")
    study = tmp_path / "study"
    study.mkdir()
    (study / "articles.yaml").write_text(f"- {listed}\n", encoding="utf-8")
    for name, expected in writers:
        (study / name).mkdir()
        (study / name / "01_prices.expected.yaml").write_text(expected, encoding="utf-8")
    return ["--study", str(study), "--corpus", str(tmp_path / "corpus")]


def pair(report, reference, other):
    return next(p for p in report["pairs"] if (p["reference"], p["other"]) == (reference, other))


def test_two_people_agree_on_what_they_both_wrote_and_the_period_is_named(tmp_path, capsys):
    assert main([*write_study(tmp_path), "--no-extractor", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["study"]
    (people,) = report["pairs"]
    assert (people["reference"], people["other"]) == ("original", "ann1")
    assert (people["reference_facts"], people["other_facts"]) == (2, 3)
    assert people["strict"]["agreed"] == 1
    assert people["loose"]["agreed"] == 2
    assert people["strict"]["f1"] == 2 * 1 / 5
    assert people["reference_unmatched_by_cause"] == {"period": 1}


def test_identical_writers_agree_fully(tmp_path, capsys):
    writers = (("ann1", EXPECTED), ("ann2", EXPECTED))
    assert main([*write_study(tmp_path, writers=writers), "--no-extractor", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["study"]
    assert len(report["pairs"]) == 3  # original–ann1, original–ann2, ann1–ann2
    assert {p["strict"]["f1"] for p in report["pairs"]} == {1.0}


def test_the_extractor_stands_beside_each_person_as_the_evaluator_scores_it(tmp_path, capsys):
    assert main(write_study(tmp_path) + ["--json"]) == 0
    report = json.loads(capsys.readouterr().out)["study"]
    # The evaluator's own reading of this corpus: the H100 price matches, the A800 price is
    # extracted undated (tests/test_extraction_quality.py), so against the original 1 of 2.
    original = pair(report, "original", "extractor")
    assert (original["strict"]["agreed"], original["other_facts"]) == (1, 2)
    # ann1 dates neither price, as the extractor does: both agree.
    assert pair(report, "ann1", "extractor")["strict"]["agreed"] == 2


def test_any_subject_alternative_of_a_hand_written_fact_counts():
    other = Fact(**{**H100_PRICE.__dict__, "subjects": ("英伟达", "H100 GPU")})
    assert match([H100_PRICE], [other], strict=True) == [(0, 0)]
    unrelated = Fact(**{**H100_PRICE.__dict__, "subjects": ("A800", "华为")})
    assert match([H100_PRICE], [unrelated], strict=True) == []


def test_a_frozen_set_is_compared_for_its_counts_only(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(annotator_agreement, "FROZEN_SETS", ("dev",))
    args = [*write_study(tmp_path), "--no-extractor"]
    assert main([*args, "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "| original | ann1 |" in out
    assert "### dev/01_prices" not in out
    assert "Per-article tables withheld: dev is frozen." in out
    monkeypatch.setattr(annotator_agreement, "FROZEN_SETS", ())
    assert main([*args, "--verbose"]) == 0
    assert "### dev/01_prices" in capsys.readouterr().out


def test_an_article_of_no_corpus_set_is_refused_by_name(tmp_path, capsys):
    assert main([*write_study(tmp_path, listed="drafts/01_prices"), "--no-extractor"]) == 2
    assert "'drafts/01_prices'" in capsys.readouterr().err


def test_a_found_fact_is_right_against_any_writer_that_states_it(tmp_path, capsys):
    assert main(write_study(tmp_path) + ["--json"]) == 0
    report = json.loads(capsys.readouterr().out)["study"]
    # The extractor's undated A800 price matches ann1's reading, not the original's, and its H100
    # price both: right against some writer, both of the two.
    assert report["extractor_against_any_writer"] == {"right": 2, "found": 2}
    assert pair(report, "original", "extractor")["strict"]["agreed"] == 1


def test_a_writer_missing_an_article_is_an_error_naming_the_file(tmp_path, capsys):
    args = write_study(tmp_path)
    (tmp_path / "study" / "ann2").mkdir()
    (tmp_path / "study" / "ann2" / "02_other.expected.yaml").write_text("facts: []\n")
    assert main([*args, "--no-extractor"]) == 2
    assert "ann2/01_prices.expected.yaml" in capsys.readouterr().err


def test_each_study_under_a_directory_is_read_with_its_own_writers(tmp_path, capsys):
    args = write_study(tmp_path)
    studies = tmp_path / "studies"
    studies.mkdir()
    (tmp_path / "study").rename(studies / "first")
    second = studies / "second"
    (second / "ann9").mkdir(parents=True)
    (second / "articles.yaml").write_text("- dev/01_prices\n", encoding="utf-8")
    (second / "ann9" / "01_prices.expected.yaml").write_text(EXPECTED, encoding="utf-8")
    args[1] = str(studies)
    assert main([*args, "--no-extractor", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(p["reference"], p["other"]) for p in report["first"]["pairs"]] == [
        ("original", "ann1")
    ]
    assert [(p["reference"], p["other"], p["strict"]["f1"]) for p in report["second"]["pairs"]] == [
        ("original", "ann9", 1.0)
    ]


def test_a_directory_without_any_study_is_an_error(tmp_path, capsys):
    args = write_study(tmp_path)
    args[1] = str(tmp_path / "corpus")
    assert main([*args, "--no-extractor"]) == 2
    assert "articles.yaml" in capsys.readouterr().err
