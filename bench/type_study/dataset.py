"""`PYTHONPATH=TREE python bench/type_study/dataset.py OUT.json SET [SET …]`: for each extracted
fact of the sets that matches a hand-written one on value and unit, whatever its type, the text
around the figure and both readings of what it is: the extractor's (fact_type, metric) and the
expected (fact_type, metric or null).

Pairs are one-to-one and found by the evaluator's own loose matching (bench.extraction_quality
`match`), with the type taken out of the comparison: the same surface first, then the closest
value. Run it as a script with PYTHONPATH at the tree whose extractor is studied, as
bench/period_study/dataset.py is run; the evaluator and the expectations are always this tree's
(`--corpus`)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import runpy
from pathlib import Path

import pandas as pd

from suanli.entities import EntityIndex

# This tree's evaluator, whatever tree PYTHONPATH names (bench/this_tree.py).
eq = runpy.run_path(str(Path(__file__).parents[1] / "this_tree.py"))["evaluator"]()

# Characters of context kept on each side of the figure, within its sentence.
WINDOW = 40


def _untyped(facts):
    return [dataclasses.replace(f, fact_type="") for f in facts]


def type_pairs(expected, found) -> list[tuple[int, int]]:
    """(expected index, extracted index) pairs agreeing on unit and value, the type ignored."""
    return eq.match(_untyped(expected), _untyped(found), strict=False)


def article_pairs(path: Path, set_dir: Path, corpus: Path, entities: EntityIndex) -> list[dict]:
    row, sentences, _, frame = eq.extract_stages(path, set_dir, entities)
    text = row["normalised_text"]
    expected = eq.load_expected(
        corpus / set_dir.name / (path.stem + eq.EXPECTED_SUFFIX), row["raw_text"]
    )
    # (as eq.extracted_facts reads them, from the frame already here rather than extracting twice)
    found = [
        eq.Fact(
            str(f.surface),
            str(f.fact_type),
            eq._optional(f.metric),
            (),
            float(f.value if pd.isna(f.value_low) else f.value_low),
            float(f.value if pd.isna(f.value_high) else f.value_high),
            str(f.unit),
            None,
        )
        for f in frame.itertuples(index=False)
    ]
    bounds = {s.sentence_no: (s.char_start, s.char_end) for s in sentences}
    rows = list(frame.itertuples(index=False))
    pairs = []
    for i, j in type_pairs(expected, found):
        f = rows[j]
        start, end = int(f.char_start), int(f.char_end)
        first, last = bounds.get(int(f.sentence_no), (0, len(text)))
        pairs.append(
            {
                "set": set_dir.name,
                "article": path.stem,
                "surface": str(f.surface),
                "left": text[max(first, start - WINDOW) : start],
                "figure": text[start:end],
                "right": text[end : min(last, end + WINDOW)],
                "unit": str(f.unit),
                "fact_type": found[j].fact_type,
                "metric": found[j].metric,
                "want_type": expected[i].fact_type,
                "want_metric": expected[i].metric,
            }
        )
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(prog="bench/type_study/dataset.py")
    parser.add_argument("out", type=Path)
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--corpus", type=Path, default=eq.CORPUS)
    args = parser.parse_args()
    entities = EntityIndex.load()
    pairs = [
        pair
        for name in args.sets
        for path in sorted((args.corpus / name).glob("*.txt"), key=eq._article_order)
        for pair in article_pairs(path, args.corpus / name, args.corpus, entities)
    ]
    args.out.write_text(json.dumps(pairs, ensure_ascii=False), encoding="utf-8")
    print(f"{len(pairs)} pairs of {len(args.sets)} sets → {args.out}")


if __name__ == "__main__":
    main()
