"""When a source speaks before a phrase and a figure stands between the phrase and a later
figure of the same clause (IDC预计智能算力规模2025年达到1037EFLOPS，2026年达到…), the phrase named
after the speaker is read where it stands in the text: the names inside it are placed by the
phrase's own opening, not by its end after the figure was cut off. Before, the later figure took
its own unit (EFLOPS) as subject and the first none. The sentences are new."""

import pytest

from tests.helpers import subject_rows

CASES = [
    (
        "IDC预计智能算力规模2025年达到1037EFLOPS，2026年达到1460EFLOPS。",
        [("1037EFLOPS", "智能算力规模"), ("1460EFLOPS", "智能算力规模")],
    ),
    (
        "IDC預計智能算力規模2025年達到1037EFLOPS，2026年達到1460EFLOPS。",
        [("1037EFLOPS", "智能算力规模"), ("1460EFLOPS", "智能算力规模")],
    ),
]


@pytest.mark.parametrize(("text", "subjects"), CASES)
def test_the_phrase_after_a_speaker_names_every_figure(text, subjects):
    assert [row[:2] for row in subject_rows(text)] == subjects


def test_a_company_stating_its_own_outlay_is_its_subject():
    # (总投入, a measure alone after the company's 预计: the company's own spending.)
    assert [row[:2] for row in subject_rows("亚马逊预计2025年总投入1250亿美元。")] == [
        ("1250亿美元", "Amazon")
    ]
