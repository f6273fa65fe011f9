"""4. Extraction throughput: extract_article over generated articles of the seed's size."""

from __future__ import annotations

from pathlib import Path

from bench.datagen import SEED_ARTICLE
from bench.proc import run_worker
from bench.report import Row, Section, fmt_bytes, fmt_rate, fmt_seconds

SECTION = "4. Extraction"
DAY = "2026-01-01"


def run(workdir: Path, count: int) -> Section:
    section = Section(SECTION)
    try:
        sample = run_worker("extract", {"count": count})
    except Exception as exc:
        section.fail("extraction", exc)
        return section
    _throughput(section, sample)
    try:
        stages = run_worker(
            "article_stages",
            {"count": count, "day": DAY, "workdir": str(workdir / "article_stages")},
        )
    except Exception as exc:
        section.fail("article stages", exc)
        return section
    _article_stages(section, stages)
    return section


def _throughput(section: Section, sample) -> None:
    report = sample.report
    seconds, articles = sample.seconds, report["articles"]
    section.rows.append(
        Row(
            SECTION,
            f"extract_article × {articles:,} generated articles",
            seconds,
            throughput=fmt_rate(articles, seconds, "articles"),
            peak_rss=fmt_bytes(sample.peak_rss_bytes),
        )
    )
    seed_chars = len(SEED_ARTICLE.read_text(encoding="utf-8"))
    section.details.append(
        f"{articles:,} articles of {report['chars'] / articles:,.0f} characters on average (the "
        f"seed: {seed_chars:,}), generated from the seed's sections and sentences reordered, "
        "numbers rescaled, years shifted, chips, domestic vendors and research houses swapped, "
        "plus 2–4 genre paragraphs each (bench/datagen.py). One process, one article after "
        f"another: {fmt_rate(report['chars'], seconds, 'chars')}, "
        f"{report['quantities'] / articles:.1f} quantities and {report['facts'] / articles:.1f} "
        f"facts per article, {fmt_seconds(seconds / articles)} per article. The first call "
        f"(OpenCC and regex set-up) took {fmt_seconds(report['first_call_seconds'])} and is not "
        "counted."
    )


def _article_stages(section: Section, sample) -> None:
    runs, count = sample.report["runs"], sample.report["articles"]
    labels = {
        "first": f"article assets, first run on {count:,} articles",
        "one_more": "article assets, one article added",
        "unchanged": "article assets, nothing changed",
    }
    for key, label in labels.items():
        seconds = runs[key]["seconds"]
        section.rows.append(Row(SECTION, label, seconds, peak_rss=fmt_bytes(sample.peak_rss_bytes)))
    rebuilt = "; ".join(
        f"{labels[key].removeprefix('article assets, ')}: {_per_stage(runs[key]['rebuilt'])}"
        for key in labels
    )
    section.details.append(
        "The articles asset and its four extraction stages materialised by Dagster in one process "
        "on a fresh warehouse (an untimed run on no article first pays Dagster's start-up), over "
        f"the same generated articles as files. Articles normalised (`articles`) or rebuilt (the "
        f"stages): {rebuilt}. Each stage re-extracts only the articles whose input key changed, "
        "and `articles` reads every file but normalises only new or changed texts "
        "(suanli/article_stage_inputs.py)."
    )


def _per_stage(rebuilt: dict[str, int]) -> str:
    counts = set(rebuilt.values())
    if len(counts) == 1 and len(rebuilt) == 5:
        return f"{counts.pop()} in `articles` and each of the 4 stages"
    return ", ".join(f"{stage} {count}" for stage, count in sorted(rebuilt.items()))
