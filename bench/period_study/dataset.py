"""`PYTHONPATH=TREE python bench/period_study/dataset.py OUT.json SET [SET …]`: for each
article of the sets, the extracted facts (period, sentence, offsets), the periods its sentences
state (resolved against the publication date) and, for each fact that loosely matches a
hand-written one (type, unit and value, as bench.extraction_quality matches them), the expected
period.

Run it as a script with PYTHONPATH at the tree whose extractor is studied: this tree for the
current rules, an older commit (git worktree add --detach) for the rules as they were while a set
was unseen. The evaluator and the expectations are always this tree's (`--corpus`): matching and
conventions as they stand now."""

from __future__ import annotations

import argparse
import json
import runpy
from pathlib import Path

import pandas as pd

from suanli.entities import EntityIndex

# This tree's evaluator, whatever tree PYTHONPATH names (bench/this_tree.py).
eq = runpy.run_path(str(Path(__file__).parents[1] / "this_tree.py"))["evaluator"]()

# Older rules may lack what resolves a stated period; only their facts' periods are studied.
try:
    from suanli.facts import periods as _periods
    from suanli.quantities import PERIOD_KINDS

    _periods._dated_by_publication, _periods._resolve_relative  # noqa: B018
except (ImportError, AttributeError):
    _periods, PERIOD_KINDS = None, frozenset()


def _stated_periods(text: str, quantities, published) -> list[dict]:
    stated = []
    for q in quantities:
        if q.kind not in PERIOD_KINDS or not q.period:
            continue
        if _periods._RELATIVE_PERIOD.fullmatch(q.period):
            q = _periods._resolve_relative(q, published)
        elif q.period.startswith(("Q", "H", "-")) and published is not None:
            q = _periods._dated_by_publication(text, q, published, None)
        stated.append(
            {"period": q.period, "kind": q.kind, "start": q.char_start, "end": q.char_end}
        )
    return stated


def article_record(path: Path, set_dir: Path, corpus: Path, entities: EntityIndex) -> dict:
    row, sentences, quantities, frame = eq.extract_stages(path, set_dir, entities)
    text, published = row["normalised_text"], row["published_date"]
    expected_path = corpus / set_dir.name / (path.stem + eq.EXPECTED_SUFFIX)
    expected = eq.load_expected(expected_path, row["raw_text"])
    found = []
    for f in frame.itertuples(index=False):
        low = f.value_low if not pd.isna(f.value_low) else f.value
        high = f.value_high if not pd.isna(f.value_high) else f.value
        subject = eq._optional(f.subject)
        found.append(
            eq.Fact(
                str(f.surface),
                str(f.fact_type),
                eq._optional(f.metric),
                (subject,) if subject else (),
                float(low),
                float(high),
                str(f.unit),
                eq._optional(f.period),
            )
        )
    # (extracted index → expected index: the loose pairs the evaluator scores periods on)
    pairs = {j: i for i, j in eq.match(expected, found, strict=False)}
    facts = [
        {
            "fact_type": f.fact_type,
            "metric": eq._optional(f.metric),
            "period": eq._optional(f.period),
            "period_basis": eq._optional(getattr(f, "period_basis", None)),
            "sentence_no": int(f.sentence_no),
            "start": int(f.char_start),
            # (the figure's end: the lexical features read the text between it and a mention)
            "end": int(getattr(f, "char_end", f.char_start + len(str(f.surface)))),
            "surface": str(f.surface),
            "matched": j in pairs,
            "want_period": expected[pairs[j]].period if j in pairs else None,
        }
        for j, f in enumerate(frame.itertuples(index=False))
    ]
    return {
        "set": set_dir.name,
        "article": path.stem,
        "language": row["language"],
        "published": published.isoformat() if published else None,
        "text": text,
        "sentences": [
            {"no": s.sentence_no, "start": s.char_start, "end": s.char_end} for s in sentences
        ],
        "stated": _stated_periods(text, quantities, published) if _periods else [],
        "facts": facts,
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="bench/period_study/dataset.py")
    parser.add_argument("out", type=Path)
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--corpus", type=Path, default=eq.CORPUS)
    args = parser.parse_args()
    entities = EntityIndex.load()
    records = [
        article_record(path, args.corpus / name, args.corpus, entities)
        for name in args.sets
        for path in sorted((args.corpus / name).glob("*.txt"), key=eq._article_order)
    ]
    args.out.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    print(f"{len(records)} articles, {sum(len(r['facts']) for r in records)} facts → {args.out}")


if __name__ == "__main__":
    main()
