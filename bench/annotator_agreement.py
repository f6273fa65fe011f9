"""`python -m bench.annotator_agreement [--study DIR] [--corpus DIR] [--json] [--verbose]`: how
often two people writing the expected facts of the same article by hand agree, under the matching
of bench/extraction_quality.py, and where the extractor stands beside them (issue 12).

Each study (a directory under `bench/agreement_study/`) holds `articles.yaml`, a list of corpus
articles as `set/stem`, and one directory per extra writer, each with a hand-written
`stem.expected.yaml` for every listed article, written from the text and the corpus conventions
alone, without seeing the corpus's expectations. The corpus's own expectation is the writer
`original`. A frozen set may be listed, and is then read as the evaluator reads it, for counts
only: the totals and the causes print, a study's per-article tables (`--verbose`) are withheld.

For every pair of writers (A, B), and for the extractor against each writer, the facts of each
article are paired with `extraction_quality.match`, A's facts as the expected ones and B's as the
found ones, strictly and loosely. Between people the matching is read leniently where the
conventions let a writer hedge: a hand-written found fact matches when any of its subject
alternatives does, and one without a metric (its writer unsure of it) leaves the metric open, as
an expected fact without one does. The extractor gives one subject and always a metric, so it is
scored exactly as the evaluator scores it. Summed over the articles: agreed pairs,
P = agreed / |B|, R = agreed / |A| and F1 = 2·agreed / (|A| + |B|), the same for both orders.
A's facts left without a strict partner get the cause `extraction_quality.miss_cause` gives (the
fields the closest loose partner differs on). Beside the pairs: the extractor's recall on the
facts every writer states alike, and its precision against any writer (a found fact is right
when it strictly matches some writer's fact), which together separate the extractor's errors
from the writers' differing readings.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import yaml
from tabulate import tabulate

from bench.extraction_quality import (
    CORPUS,
    EXPECTED_SUFFIX,
    FROZEN_SETS,
    SETS,
    CorpusError,
    Fact,
    extracted_facts,
    load_expected,
    match,
    miss_cause,
)
from suanli.articles import ingest_article
from suanli.entities import EntityIndex

STUDY = Path(__file__).with_name("agreement_study")
MANIFEST = "articles.yaml"
ORIGINAL = "original"
EXTRACTOR = "extractor"


@dataclass
class Article:
    name: str  # set/stem
    language: str
    facts: dict[str, list[Fact]]  # writer (or the extractor) → facts


@dataclass
class Agreement:
    reference: str
    other: str
    reference_facts: int = 0
    other_facts: int = 0
    strict: int = 0
    loose: int = 0
    causes: Counter[str] = field(default_factory=Counter)

    def add(self, reference: Sequence[Fact], other: Sequence[Fact]) -> None:
        open_metric = self.other != EXTRACTOR
        strict = match(reference, other, strict=True, open_metric=open_metric)
        self.reference_facts += len(reference)
        self.other_facts += len(other)
        self.strict += len(strict)
        self.loose += len(match(reference, other, strict=False))
        paired_reference = {i for i, _ in strict}
        paired_other = {j for _, j in strict}
        unpaired = [f for j, f in enumerate(other) if j not in paired_other]
        self.causes.update(
            miss_cause(f, unpaired, open_metric)
            for i, f in enumerate(reference)
            if i not in paired_reference
        )

    def f1(self, agreed: int) -> float | None:
        facts = self.reference_facts + self.other_facts
        return 2 * agreed / facts if facts else None

    def precision(self, agreed: int) -> float | None:
        return agreed / self.other_facts if self.other_facts else None

    def recall(self, agreed: int) -> float | None:
        return agreed / self.reference_facts if self.reference_facts else None

    def _scores(self, agreed: int) -> dict[str, float | int | None]:
        return {
            "agreed": agreed,
            "precision": self.precision(agreed),
            "recall": self.recall(agreed),
            "f1": self.f1(agreed),
        }

    def as_dict(self) -> dict[str, object]:
        return {
            "reference": self.reference,
            "other": self.other,
            "reference_facts": self.reference_facts,
            "other_facts": self.other_facts,
            "strict": self._scores(self.strict),
            "loose": self._scores(self.loose),
            "reference_unmatched_by_cause": dict(self.causes.most_common()),
        }


def writers(study: Path) -> list[str]:
    """The extra writers: the study's subdirectories holding expectations, in name order."""
    return sorted(
        d.name for d in study.iterdir() if d.is_dir() and any(d.glob(f"*{EXPECTED_SUFFIX}"))
    )


def manifest(study: Path) -> list[tuple[str, str]]:
    path = study / MANIFEST
    try:
        listed = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CorpusError(f"{path}: {exc}") from exc
    if not isinstance(listed, list) or not listed:
        raise CorpusError(f"{path}: needs a list of set/stem entries")
    articles = []
    for entry in listed:
        set_name, _, stem = str(entry).partition("/")
        if set_name not in SETS or not stem:
            raise CorpusError(
                f"{path}: {entry!r} is not set/stem of a corpus set ({', '.join(SETS)})"
            )
        articles.append((set_name, stem))
    return articles


def read_articles(study: Path, corpus: Path, with_extractor: bool) -> list[Article]:
    entities = EntityIndex.load() if with_extractor else None
    names = writers(study)
    articles = []
    for set_name, stem in manifest(study):
        set_dir = corpus / set_name
        text_path = set_dir / f"{stem}.txt"
        if not text_path.exists():
            raise CorpusError(f"{text_path}: no such corpus article")
        row = ingest_article(text_path, set_dir)
        text = row["raw_text"]
        facts = {ORIGINAL: load_expected(set_dir / f"{stem}{EXPECTED_SUFFIX}", text)}
        for writer in names:
            facts[writer] = load_expected(study / writer / f"{stem}{EXPECTED_SUFFIX}", text)
        if entities is not None:
            facts[EXTRACTOR] = extracted_facts(text_path, set_dir, entities)[1]
        articles.append(Article(f"{set_name}/{stem}", row["language"] or "und", facts))
    return articles


def agreements(articles: Sequence[Article], people: Sequence[str]) -> list[Agreement]:
    """Every pair of people, then the extractor against each person (as the found facts)."""
    pairs = list(combinations(people, 2))
    if articles and EXTRACTOR in articles[0].facts:
        pairs += [(person, EXTRACTOR) for person in people]
    results = []
    for reference, other in pairs:
        agreement = Agreement(reference, other)
        for article in articles:
            agreement.add(article.facts[reference], article.facts[other])
        results.append(agreement)
    return results


def consensus(article: Article, people: Sequence[str]) -> list[Fact]:
    """The first writer's facts that every other writer states too (strictly, as people are
    compared): what the conventions settle, so what an extractor can be held to."""
    first, *others = people
    facts = article.facts[first]
    agreed = set(range(len(facts)))
    for other in others:
        agreed &= {i for i, _ in match(facts, article.facts[other], strict=True, open_metric=True)}
    return [f for i, f in enumerate(facts) if i in agreed]


def on_consensus(articles: Sequence[Article], people: Sequence[str]) -> Agreement:
    """The extractor scored on the consensus facts alone (recall is what it means here: the
    found facts not in the consensus are no errors of it)."""
    result = Agreement("consensus", EXTRACTOR)
    for article in articles:
        result.add(consensus(article, people), article.facts[EXTRACTOR])
    return result


def any_writer_precision(articles: Sequence[Article], people: Sequence[str]) -> tuple[int, int]:
    """(found facts that strictly match some writer's fact, found facts): the extractor's
    precision when any careful reading counts as right."""
    right = found = 0
    for article in articles:
        extracted = article.facts[EXTRACTOR]
        found += len(extracted)
        right += len(
            {
                j
                for person in people
                for _, j in match(article.facts[person], extracted, strict=True)
            }
        )
    return right, found


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


HEADERS = [
    "A",
    "B",
    "facts A",
    "facts B",
    "strict agreed",
    "strict P",
    "strict R",
    "strict F1",
    "loose agreed",
    "loose F1",
]


def _rows(results: Sequence[Agreement]) -> list[list[str]]:
    return [
        [
            r.reference,
            r.other,
            str(r.reference_facts),
            str(r.other_facts),
            str(r.strict),
            _ratio(r.precision(r.strict)),
            _ratio(r.recall(r.strict)),
            _ratio(r.f1(r.strict)),
            str(r.loose),
            _ratio(r.f1(r.loose)),
        ]
        for r in results
    ]


def _table(results: Sequence[Agreement]) -> str:
    return tabulate(_rows(results), headers=HEADERS, tablefmt="github", disable_numparse=True)


def render(articles: Sequence[Article], people: Sequence[str], verbose: bool) -> str:
    parts = [f"## {len(articles)} articles, writers: {', '.join(people)}\n"]
    results = agreements(articles, people)
    parts.append(_table(results))
    parts.append("\nA's facts without a strict partner in B, by cause:")
    for r in results:
        listed = ", ".join(f"{cause} {count}" for cause, count in r.causes.most_common())
        parts.append(f"- {r.reference} vs {r.other}: {listed or 'none'}")
    if len(people) > 1 and articles and EXTRACTOR in articles[0].facts:
        held = on_consensus(articles, people)
        listed = ", ".join(f"{cause} {count}" for cause, count in held.causes.most_common())
        parts.append(
            f"\nFacts every writer states alike: {held.reference_facts} of "
            f"{sum(len(a.facts[people[0]]) for a in articles)} ({people[0]}'s). The extractor "
            f"finds {held.strict} of them strictly (recall {_ratio(held.recall(held.strict))}), "
            f"{held.loose} loosely; the rest by cause: {listed or 'none'}."
        )
        right, found = any_writer_precision(articles, people)
        parts.append(
            f"Found facts that strictly match some writer's fact: {right} of {found} "
            f"(precision {_ratio(right / found if found else None)})."
        )
    for language in sorted({a.language for a in articles}):
        of_language = [a for a in articles if a.language == language]
        parts.append(f"\n### {language} ({len(of_language)} articles)\n")
        parts.append(_table(agreements(of_language, people)))
    if verbose:
        for article in articles:
            parts.append(f"\n### {article.name}\n")
            parts.append(_table(agreements([article], people)))
    return "\n".join(parts) + "\n"


def studies(root: Path) -> list[Path]:
    """`root` itself when it holds a manifest, else each of its subdirectories that does: each
    study has writers of its own."""
    if (root / MANIFEST).exists():
        return [root]
    found = sorted(d for d in root.iterdir() if (d / MANIFEST).is_file()) if root.is_dir() else []
    if not found:
        raise CorpusError(f"{root}: no {MANIFEST} in it or in any directory under it")
    return found


def _report(articles: Sequence[Article], people: Sequence[str], extractor: bool) -> dict:
    report: dict[str, object] = {
        "articles": len(articles),
        "pairs": [r.as_dict() for r in agreements(articles, people)],
    }
    if len(people) > 1 and extractor:
        report["extractor_on_consensus"] = on_consensus(articles, people).as_dict()
        right, found = any_writer_precision(articles, people)
        report["extractor_against_any_writer"] = {"right": right, "found": found}
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.annotator_agreement",
        description="Agreement between people writing expected facts, and the extractor beside.",
    )
    parser.add_argument(
        "--study", type=Path, default=STUDY, help="a study (its manifest and writers) or studies"
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="holds the set directories")
    parser.add_argument(
        "--no-extractor", action="store_true", help="compare the people only, extract nothing"
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--verbose", action="store_true", help="a table per article too")
    args = parser.parse_args(argv)
    results = {}
    try:
        for study in studies(args.study):
            articles = read_articles(study, args.corpus, not args.no_extractor)
            results[study.name] = (articles, [ORIGINAL, *writers(study)])
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        extractor = not args.no_extractor
        reports = {name: _report(a, p, extractor) for name, (a, p) in results.items()}
        print(json.dumps(reports, ensure_ascii=False))
    else:
        for name, (articles, people) in results.items():
            print(f"# study {name}\n")
            frozen = sorted({a.name.split("/")[0] for a in articles} & set(FROZEN_SETS))
            print(render(articles, people, args.verbose and not frozen))
            if args.verbose and frozen:
                print(f"Per-article tables withheld: {', '.join(frozen)} is frozen.\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
