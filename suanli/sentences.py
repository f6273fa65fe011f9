"""Sentence splitting and section headings for normalised article text."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from suanli.frames import typed_frame

SENTENCE_COLUMNS = [
    "article_id",
    "sentence_no",
    "paragraph_no",
    "line_kind",
    "heading",
    "text",
    "char_start",
    "char_end",
]

# A sentence ends at CJK/ASCII terminators (plus closing quotes/brackets that follow them); an
# ASCII period only ends a sentence before whitespace, so decimals and "U.S." stay intact.
_SENTENCE_END = re.compile(r"(?:[。！？!?]+|…{1,2}|\.(?=\s|$))[”’\"'」』）)]*")
_FINAL_PUNCT = tuple("。！!；;，,：:…、.")
_BYLINE = re.compile(
    r"^\s*(?:(?:文|作者|撰文|记者|编辑|责编|来源|出品|图)\s*[|｜/:：丨]"
    r"|记者\S{1,8}[/／|｜]|\S{0,12}报[导道]$"  # 记者王大明/台北报导
    r"|author:?\s+[A-Z])",
    re.IGNORECASE,
)
# "By Sam Lee, November 22, 2023", "By Reuters staff": "by" and names, with a date after them;
# "By the end of June, the company will…" and "By March, prices…" are sentences that open on a
# time. Every word of a byline is a capitalised name or one of these small words.
_BY = re.compile(r"^\s*(?:[Ww]ritten |WRITTEN )?(?:[Bb]y|BY)\s+(?=[A-Z])")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_SMALL_WORDS_OF_A_BYLINE = frozenset({"and", "staff", "in", "for", "at", "de", "van", "von", "da"})
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# A line that only dates the article: "March 14, 2024", "Published on 2023-08-15", "2023年5月8日".
_DATELINE = re.compile(
    r"^\s*(?:(?:published|updated|posted|date|发布时间|发布于|日期|时间)\s*(?:on|:|：)?\s*)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}"
    r"|\d{4}\s*(?:-|/|\.|年)\s*\d{1,2}\s*(?:-|/|\.|月)\s*\d{1,2}\s*日?)"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$",
    re.IGNORECASE,
)
# The first line of an article is its title when it reads like one, even with a comma, a question
# or a cry in it ("2025年业绩快报出炉，市场将如何重新定价？", "美国为何松绑?不是让步"): only a
# full stop makes it a sentence of the body. An English summary title runs long ("AMD's third
# quarter of 2025: record revenue, a $4.3B data center business and a $9.6B fourth-quarter
# outlook"), past any section heading's length.
_MAX_TITLE_CHARS = 200
_FULL_STOP = re.compile(r"。|…{1,2}|\.(?=\s|$)")
_MAX_HEADING_CHARS = 40
_MAX_HEADING_WORDS = 14
_CJK = re.compile(r"[\u3400-\u9fff]")


# A period after an abbreviation ("U.S.", "e.g.", "Inc.") or before a lower-case word
# is no full stop. (A letter after a slash ends a unit, "at 9.6TB/s.", not an initial.)
_ABBREVIATION = re.compile(
    r"(?:(?<![\w/])[A-Za-z]\.)+[A-Za-z]?$|\b(?:Mr|Mrs|Ms|Dr|Prof|Inc|Corp|Co|Ltd|vs|approx|est|No|Fig"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St)\.?$"
)
_CONTINUES = re.compile(r"\s+[a-z0-9(]")


@dataclass(frozen=True)
class Sentence:
    sentence_no: int
    paragraph_no: int
    line_kind: str  # heading, byline, body or table (a row of a table, its header row included)
    heading: str | None  # a table row's: its table's first row, the header naming its columns
    text: str
    char_start: int
    char_end: int


def _an_english_byline(line: str) -> bool:
    by = _BY.match(line)
    if by is None:
        return False
    words = _WORD.findall(line, by.end())
    return all(w[0].isupper() or w in _SMALL_WORDS_OF_A_BYLINE for w in words)


def line_kind(line: str, first: bool = False) -> str:
    """`byline` (author or date line), `heading` (short, no final punctuation, or one short
    question; the article's `first` content line more leniently) or `body`."""
    stripped = line.strip()
    if _BYLINE.match(stripped) or _DATELINE.match(stripped) or _an_english_byline(stripped):
        return "byline"
    if not stripped or stripped.endswith(_FINAL_PUNCT):
        return "body"
    if first and len(stripped) <= _MAX_TITLE_CHARS and not _FULL_STOP.search(stripped):
        return "heading"
    long_cjk = len(stripped) > _MAX_HEADING_CHARS and _CJK.search(stripped)
    if long_cjk or len(stripped.split()) > _MAX_HEADING_WORDS:
        return "body"
    inner = stripped.rstrip("?？!！")
    if _SENTENCE_END.search(inner) or "," in inner and len(stripped) > 25:
        return "body"
    return "heading"


# A row of a table as markdown or a page's text leaves it: cells between pipes, or between tabs.
_PIPE = "|"
_TAB = "\t"
# The rule under a markdown table's header: |---|:---:|
_HEADER_RULE = re.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$")


def table_cells(row: str) -> list[tuple[int, int]]:
    """The spans of a table row's cells in `row` (whitespace trimmed; a markdown row's outer pipes
    open and close no cell), or [] when the line is no row of two cells or more."""
    separator = _PIPE if _PIPE in row else _TAB if _TAB in row else None
    if separator is None:
        return []
    bounds = [-1, *(i for i, c in enumerate(row) if c == separator), len(row)]
    spans = [_trim(row, a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    if spans and spans[0][0] == spans[0][1] and separator == _PIPE:
        spans = spans[1:]  # (the space before a markdown row's opening pipe)
    if spans and spans[-1][0] == spans[-1][1] and separator == _PIPE:
        spans = spans[:-1]
    return spans if len(spans) >= 2 else []


def _table_headers(lines: list[str]) -> dict[int, str]:
    """Line index → the header row of the table it belongs to: a run of two rows or more (a
    markdown header rule aside) with as many cells each, the first of them the header."""
    headers: dict[int, str] = {}
    i = 0
    while i < len(lines):
        width = len(table_cells(lines[i]))
        j = i + 1
        while j < len(lines) and (
            _HEADER_RULE.match(lines[j]) or width and len(table_cells(lines[j])) == width
        ):
            j += 1
        rows = [k for k in range(i, j) if not _HEADER_RULE.match(lines[k])]
        if width and len(rows) >= 2:
            headers.update(dict.fromkeys(range(i, j), lines[i].strip()))
        i = j
    return headers


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; each carries the heading it falls under (None before one),
    a table's row the table's header row (one sentence a row)."""
    sentences: list[Sentence] = []
    heading: str | None = None
    paragraph_no = 0
    line_start = 0
    seen_content = False
    lines = text.split("\n")
    table_headers = _table_headers(lines) if _PIPE in text or _TAB in text else {}
    for line_no, line in enumerate(lines):
        line_end = line_start + len(line)
        if line.strip() and line_no in table_headers:
            paragraph_no += 1
            seen_content = True
            start, end = _trim(line, 0, len(line))
            sentences.append(
                Sentence(
                    len(sentences) + 1,
                    paragraph_no,
                    "table",
                    table_headers[line_no],
                    line[start:end],
                    line_start + start,
                    line_start + end,
                )
            )
        elif line.strip():
            paragraph_no += 1
            kind = line_kind(line, first=not seen_content)
            seen_content = seen_content or kind != "byline"
            if kind == "heading":
                heading = line.strip()
            if kind == "body":
                spans = _sentence_spans(line)
            else:
                spans = [(0, len(line))]
            for start, end in spans:
                start, end = _trim(line, start, end)
                if start < end:
                    sentences.append(
                        Sentence(
                            len(sentences) + 1,
                            paragraph_no,
                            kind,
                            heading,
                            line[start:end],
                            line_start + start,
                            line_start + end,
                        )
                    )
        line_start = line_end + 1
    return sentences


def _sentence_spans(line: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(line):
        if match.group(0).startswith(".") and _not_a_full_stop(line, match):
            continue
        spans.append((start, match.end()))
        start = match.end()
    if start < len(line):
        spans.append((start, len(line)))
    return spans


def _not_a_full_stop(line: str, match: re.Match) -> bool:
    before = line[max(0, match.start() - 12) : match.start() + 1]
    return bool(_ABBREVIATION.search(before) or _CONTINUES.match(line, match.end()))


def _trim(line: str, start: int, end: int) -> tuple[int, int]:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    return start, end


def sentences_frame(article_id: str, sentences: list[Sentence]) -> pd.DataFrame:
    return typed_frame(
        [
            (
                article_id,
                s.sentence_no,
                s.paragraph_no,
                s.line_kind,
                s.heading,
                s.text,
                s.char_start,
                s.char_end,
            )
            for s in sentences
        ],
        SENTENCE_COLUMNS,
        {
            "article_id": "string",
            "sentence_no": "int32",
            "paragraph_no": "int32",
            "line_kind": "string",
            "heading": "string",
            "text": "string",
            "char_start": "int32",
            "char_end": "int32",
        },
    )
