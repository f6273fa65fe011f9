"""Quantities that are claims → typed, attributed facts, plus pure consistency checks.

Everything here is driven by cue words and sentence patterns (从X涨至Y, 同比增长X, 参数量分别为X、Y,
from X to Y…), never by values of a particular article. A quantity becomes a fact when a cue says
what it measures; the subject is the reference entity (or else the noun phrase) the clause, the
sentence or the section is about. One module per job:

- `cues`: the cue lexicon, every word list and pattern;
- `classify`: fact type and metric, one small classifier per kind of quantity;
- `attribution`: subject; `periods`: period; `sources`: the cited source;
- `consistency`: checks over extracted facts (restatements, offsets, garbled spans);
- `assembly`: one article's facts and their frame.
"""

from suanli.entities import PRODUCT_KINDS
from suanli.facts.assembly import FACT_COLUMNS, FACT_DTYPES, build_facts, facts_frame
from suanli.facts.clauses import PERIOD_KINDS, Fact
from suanli.facts.consistency import (
    facts_in_garbled_spans,
    offset_mismatches,
    restatement_comparisons,
    restatement_discrepancies,
)

__all__ = [
    "FACT_COLUMNS",
    "FACT_DTYPES",
    "PERIOD_KINDS",
    "PRODUCT_KINDS",
    "Fact",
    "build_facts",
    "facts_frame",
    "facts_in_garbled_spans",
    "offset_mismatches",
    "restatement_comparisons",
    "restatement_discrepancies",
]
