"""A cleft that grades what it brings forward (更引人注目的是非x86系统，收入同比大增192.7%, blind6
144; 最耀眼的是…) names the thing after 的是: the figures after it are that thing's. The
sentences are new. Near miss: a cleft whose 的是 follows its own subject (项目采购的是921台服务器)
keeps it."""

from datetime import date

from tests.helpers import fact_rows

PUBLISHED = date(2025, 11, 1)


def _subjects(text: str) -> dict[str, str | None]:
    return {row[0]: row[3] for row in fact_rows(text, PUBLISHED)}


def test_graded_cleft_simplified():
    found = _subjects("服务器\n\n最耀眼的是液冷服务器，出货量同比增长80%。\n")
    assert found["80%"] == "液冷服务器"


def test_graded_cleft_traditional():
    found = _subjects(
        "伺服器\n\n據IDC，更引人注目的是非x86系統，收入同比大增190%，達到360億美元。\n"
    )
    assert found["190%"] == found["360亿美元"]
    assert found["190%"] is not None and "x86" in found["190%"]


def test_a_cleft_after_its_subject_is_left_alone():
    # Must not fire: no grading word; 项目 is what bought the servers.
    found = _subjects("服务器\n\n值得注意的是，项目采购的是921台服务器。\n")
    assert found["921台"] == "项目"
