"""Figures in tables: a cell's figure measures what its column's header names, for the period the
header names (a change column with none: the period of the dated column before it), and is said
of what its row's first cell names. Markdown tables and the tab-separated rows a page's text
leaves alike; a table whose first row holds figures has no header, and a table of words gives no
figure. Each table is written for the test."""

from __future__ import annotations

from datetime import date

from suanli.sentences import split_sentences, table_cells
from tests.helpers import fact_rows

PUBLISHED = date(2025, 11, 1)


def test_an_english_markdown_table_reads_measure_and_period_from_its_header():
    text = (
        "Cloud spending by company\n\n"
        "| Company | 2023 Capex | 2024 Capex | YoY Change |\n"
        "|---|---|---|---|\n"
        "| Microsoft | $41B | ~$56B | +37% |\n"
        "| Combined | $120B | $170–175B | +43% |\n"
    )
    rows = fact_rows(text, PUBLISHED)
    assert ("$41B", "spend", "capex", "Microsoft", 4.1e10, "USD", "2023") in rows
    assert ("$56B", "spend", "capex", "Microsoft", 5.6e10, "USD", "2024") in rows
    assert ("37%", "pct_change", "yoy_growth", "Microsoft", 37.0, "percent", "2024") in rows
    assert ("$170–175B", "spend", "capex", "Combined", (1.7e11, 1.75e11), "USD", "2024") in rows
    assert len(rows) == 6


def test_a_chinese_table_takes_the_unit_its_header_names_in_brackets():
    text = (
        "服务器厂商营收一览\n\n"
        "| 厂商 | 2023年营收（亿元） | 2024年营收（亿元） | 同比 |\n"
        "|---|---|---|---|\n"
        "| 浪潮信息 | 658 | 1148 | +74% |\n"
    )
    rows = fact_rows(text, PUBLISHED)
    assert ("658", "spend", "revenue", "Inspur", 6.58e10, "CNY", "2023") in rows
    assert ("1148", "spend", "revenue", "Inspur", 1.148e11, "CNY", "2024") in rows
    assert ("74%", "pct_change", "yoy_growth", "Inspur", 74.0, "percent", "2024") in rows


def test_tab_separated_rows_are_a_table_and_a_currency_unit_goes_before_the_number():
    text = "Quarterly revenue\n\nCompany\tRevenue ($bn)\nNvidia\t46.7\nAMD\t7.7\n"
    rows = fact_rows(text, PUBLISHED)
    assert [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows] == [
        ("46.7", "spend", "revenue", "NVIDIA", 4.67e10, "USD"),
        ("7.7", "spend", "revenue", "AMD", 7.7e9, "USD"),
    ]


def test_a_quarter_in_the_header_dates_its_column():
    text = (
        "出货排名\n\n| 厂商 | 2025年第三季出货量（万台） |\n|---|---|\n"
        "| 华为 | 12 |\n| 寒武纪 | 8 |\n"
    )
    rows = fact_rows(text, PUBLISHED)
    assert ("12", "count", "shipments", "Huawei", 1.2e5, "count", "2025Q3") in rows
    assert ("8", "count", "shipments", "Cambricon", 8.0e4, "count", "2025Q3") in rows


def test_a_table_of_words_gives_no_figure():
    text = (
        "Chips at a glance\n\n"
        "| Chip | Memory | Status |\n|---|---|---|\n"
        "| Ascend | HBM | shipping |\n| MLU | HBM | sampling |\n"
    )
    assert fact_rows(text, PUBLISHED) == []


def test_rows_with_no_header_are_read_as_they_stand():
    text = "Spending\n\n| Microsoft | $53B | 51% |\n| Meta | $38B | 60% |\n"
    rows = fact_rows(text, PUBLISHED)
    # (No header names a measure or a period: the cells keep what the row alone says.)
    assert ("$53B", "spend", "capex", "Microsoft", 5.3e10, "USD", "2023") not in rows
    assert all(row[6] is None for row in rows)
    assert ("51%", "pct_change") not in [r[:2] for r in rows]


def test_a_single_row_with_pipes_is_no_table():
    (sentence,) = split_sentences("Nvidia | Reuters reports revenue of $46.7 billion.")
    assert sentence.line_kind == "body"
    assert table_cells("no cells here") == []
