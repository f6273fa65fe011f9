"""4. Extraction throughput: extract_article over generated articles of the seed's size."""

from __future__ import annotations

from bench.datagen import SEED_ARTICLE
from bench.proc import run_worker
from bench.report import Row, Section, fmt_bytes, fmt_rate, fmt_seconds

SECTION = "4. Extraction"


def run(count: int) -> Section:
    section = Section(SECTION)
    try:
        sample = run_worker("extract", {"count": count})
    except Exception as exc:
        section.fail("extraction", exc)
        return section
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
    return section
