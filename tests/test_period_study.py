"""The period study's lexical attributor (bench/period_study/attribute.py): the words it reads
around a figure and its candidate periods, and how it picks one."""

import pytest

pytest.importorskip("sklearn")

from bench.period_study import attribute

TITLE = "华为2024年业绩\n"
FIRST = "华为2024年营收8000亿元，同比增长22%。"
SECOND = "其中终端业务营收3000亿元，"
THIRD = "2023年累计营收7000亿元。"
TEXT = TITLE + FIRST + SECOND + THIRD


def _sentences() -> list[dict]:
    bounds, at = [], 0
    for no, part in enumerate((TITLE, FIRST, SECOND + THIRD)):
        bounds.append({"no": no, "start": at, "end": at + len(part)})
        at += len(part)
    return bounds


def _mention(period: str, surface: str, after: int = 0) -> dict:
    start = TEXT.index(surface, after)
    return {"period": period, "kind": "year", "start": start, "end": start + len(surface)}


def _fact(surface: str, sentence_no: int, want: str | None) -> dict:
    start = TEXT.index(surface)
    return {
        "fact_type": "revenue",
        "metric": None,
        "period": want,
        "sentence_no": sentence_no,
        "start": start,
        "end": start + len(surface),
        "surface": surface,
        "matched": True,
        "want_period": want,
    }


def _article(name: str = "a1", set_name: str = "blind4") -> dict:
    return {
        "set": set_name,
        "article": name,
        "language": "zh",
        "published": "2025-03-01",
        "text": TEXT,
        "sentences": _sentences(),
        "stated": [
            _mention("2024", "2024年"),
            _mention("2024", "2024年", len(TITLE)),
            _mention("2023", "2023年"),
        ],
        "facts": [
            _fact("8000亿元", 1, "2024"),
            _fact("3000亿元", 2, "2024"),
            _fact("7000亿元", 2, "2023"),
        ],
    }


def test_the_clause_is_cut_at_the_breaks_either_side_of_the_figure():
    article = _article()
    fact = article["facts"][2]
    sentence = article["sentences"][2]
    assert attribute.clause(TEXT, sentence["start"], sentence["end"], fact) == THIRD[:-1]


def test_candidates_carry_the_cue_words_the_title_and_the_neighbours():
    article = _article()
    rows = dict(attribute.lexical_candidates(article, article["facts"][0], "2024", True))
    assert set(rows) == {None, "2024", "2023", "2025"}
    own = rows["2024"]
    # 同比 is the next clause's word, not this figure's.
    assert own["cl:营收|own"] == 1 and not any(k.startswith(("cue:同比", "rule|cue")) for k in own)
    assert own["title_period"] == 1 and own["rule"] == 1 and own["rule|measure=revenue/None"] == 1
    assert "btw:营收" in own  # (the words between 2024年 and the figure)
    # The figure two sentences on, of the same measure, states 2023 in its own sentence.
    assert rows["2023"]["neighbour_states"] == 1 and "rule" not in rows["2023"]
    assert "neighbour_states" not in rows["2024"]
    last = dict(attribute.lexical_candidates(article, article["facts"][2], None, False))
    assert last["2023"]["cue:累计|own"] == 1 and last["2023"]["cue:累计|own|g=year"] == 1


def test_the_rules_basis_is_read_from_where_their_period_is_stated():
    article = _article()
    first, second, third = article["facts"]
    assert attribute.rule_basis(article, first, "2024") == "stated"
    assert attribute.rule_basis(article, second, "2024") == "carried"
    assert attribute.rule_basis(article, third, "2025") == "inferred"
    assert attribute.rule_basis(article, third, None) is None
    assert attribute.rule_basis(article, third, "<none>") is None


def test_the_highest_scored_candidate_is_chosen_per_fact():
    class Scores:
        def decision_function(self, rows):
            return rows

    keys = [("a", 1, "x", "2024", None, p) for p in (None, "2024")]
    keys += [("a", 9, "y", "2023", "2024", p) for p in ("2024", "2023")]
    chosen = attribute.choose(Scores(), [0.1, 0.5, 0.9, 0.2], keys)
    assert chosen == {keys[0][:5]: "2024", keys[2][:5]: "2024"}


def test_the_lexical_study_learns_across_sets(capsys):
    articles = [_article(f"a{i}", f"blind{n}") for n in (4, 5, 6) for i in range(3)]
    attribute.lexical_study(articles, lambda a, f: None, "lexical", weigh_rules=False)
    out = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in out] == [
        "lexical blind4",
        "lexical blind5",
        "lexical blind6",
        "lexical total",
    ]
    # Each set is the others' twin: the model dates every fact as written, the rules none.
    assert "facts 27, rules 0.000, model 1.000" in out[-1]
