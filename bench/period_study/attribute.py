"""`python bench/period_study/attribute.py CURRENT.json [UNSEEN.json …]` (needs the `study` extra,
scikit-learn): can a learned attributor date facts on unseen text better than the rules?

Each loosely matched fact (bench/period_study/dataset.py) has candidate periods: NULL, the
publication year, every period a sentence of its article states, and the rules' own. A logistic
regression scores each candidate from where it stands against the fact (its own sentence, before
or after the figure, how many sentences back, its paragraph, the title, how recent) crossed with
the fact's type, language, whether its sentence states a period of its own, says now or looks
ahead. Leave one set out: trained on the other sets, scored on the one left out.

1. `context`: the candidates' positions only, on the current rules' facts of every set given in
   CURRENT. Compared with the rules' accuracy on the same facts, which is inflated: the rules were
   written with those sets in view.
2. `stacked` (with UNSEEN files): the position features plus which candidate the rules chose
   while that set was still unseen (its file is the dataset of the older tree that first read
   it). This is the situation of a new article: rules that never saw it, and a model that
   weighs them against the context. Compared with those unseen rules alone.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

PRESENT = re.compile(
    r"目前|当前|现在|如今|现阶段|眼下|最新|最近|近来|近期|日前|currently|\bnow\b|today|"
    r"at present|latest|recently|this (?:week|month)",
    re.IGNORECASE,
)
AHEAD = re.compile(
    r"预计|预期|预测|将|有望|目标|指引|expect|will|forecast|project|guidance|outlook", re.IGNORECASE
)
CROSSED = (
    "c=",
    "same_sentence",
    "back=",
    "in_title",
    "same_paragraph",
    "recency=",
    "g=",
    "later",
    "is_published_year",
    "rule",
)


def granularity(period: str | None) -> str:
    if period is None:
        return "null"
    if re.fullmatch(r"(FY)?\d{4}", period):
        return "year"
    if re.search(r"Q\d|H\d", period):
        return "quarter_or_half"
    if re.fullmatch(r"\d{4}-\d\d(-\d\d)?", period):
        return "month_or_day"
    return "span"


def bucket(n: int, cuts: tuple[int, ...]) -> str:
    return next((str(c) for c in cuts if n <= c), "more")


def candidates(
    article: dict, fact: dict, rule_period: str | None, weigh_rules: bool
) -> list[tuple[str | None, dict]]:
    text, sentences = article["text"], article["sentences"]
    sentence = next((s for s in sentences if s["no"] == fact["sentence_no"]), None)
    start, end = (sentence["start"], sentence["end"]) if sentence else (fact["start"],) * 2
    paragraph = text.rfind("\n", 0, fact["start"]) + 1
    title_end = text.find("\n") if "\n" in text else len(text)
    own = [m for m in article["stated"] if start <= m["start"] < end]
    published_year = article["published"][:4] if article["published"] else None
    context = {
        "type=" + fact["fact_type"]: 1,
        f"own={bool(own)}": 1,
        f"language={article['language']}": 1,
        "present": int(bool(PRESENT.search(text[start:end]))),
        "ahead": int(bool(AHEAD.search(text[start:end]))),
    }
    found: dict[str | None, dict] = {None: {"c=null": 1}}
    before = sorted(
        (m for m in article["stated"] if m["end"] <= fact["start"]), key=lambda m: -m["start"]
    )
    recency: dict[str, int] = {}
    for m in before:
        recency.setdefault(m["period"], len(recency))
    for m in article["stated"]:
        period = m["period"]
        if not re.match(r"(FY)?\d{4}", period or ""):  # (a mention no publication date resolved)
            continue
        x = {"c=mention": 1, "g=" + granularity(period): 1}
        if start <= m["start"] < end:
            x["same_sentence"] = 1
            x["same_sentence_before" if m["end"] <= fact["start"] else "same_sentence_after"] = 1
        elif m["end"] <= fact["start"]:
            back = sum(1 for s in sentences if m["start"] < s["start"] <= start)
            x["back=" + bucket(back, (1, 2, 4))] = 1
            x["same_paragraph"] = int(m["start"] >= paragraph)
        else:
            x["later"] = 1
        x["in_title"] = int(m["start"] < title_end)
        if period in recency:
            x["recency=" + bucket(recency[period], (0, 1, 2))] = 1
        found[period] = {k: max(v, found.get(period, {}).get(k, 0)) for k, v in x.items()} | {
            k: v for k, v in found.get(period, {}).items() if k not in x
        }
    if published_year:
        found.setdefault(published_year, {})["c=published_year"] = 1
    if rule_period != "<none>":
        found.setdefault(rule_period, {"c=rule_only": 1, "g=" + granularity(rule_period): 1})
    rows = []
    for period, x in found.items():
        x = dict(x)
        if period is not None and period == published_year:
            x["is_published_year"] = 1
        if weigh_rules and rule_period != "<none>" and period == rule_period:
            x["rule"] = 1
        crossed = [k for k in x if k.startswith(CROSSED) and x[k]]
        x.update({f"{k}|{c}": 1 for k in crossed for c, on in context.items() if on})
        rows.append((period, x | {c: on for c, on in context.items() if on}))
    return rows


def examples(
    articles: list[dict], rule_of, weigh_rules: bool
) -> tuple[list[dict], list[int], list[tuple]]:
    features, labels, keys = [], [], []
    for article in articles:
        for fact in article["facts"]:
            if not fact["matched"]:
                continue
            rule = rule_of(article, fact)
            key = (article["article"], fact["start"], fact["surface"], fact["want_period"], rule)
            for period, x in candidates(article, fact, rule, weigh_rules):
                features.append(x)
                labels.append(int(period == fact["want_period"]))
                keys.append((*key, period))
    return features, labels, keys


def leave_one_set_out(articles: list[dict], rule_of, label: str, weigh_rules: bool) -> None:
    total = Counter()
    for held in sorted({a["set"] for a in articles}):
        train = [a for a in articles if a["set"] != held]
        test = [a for a in articles if a["set"] == held]
        x, y, _ = examples(train, rule_of, weigh_rules)
        vectoriser = DictVectorizer()
        model = LogisticRegression(C=0.3, max_iter=5000).fit(vectoriser.fit_transform(x), y)
        x, _, keys = examples(test, rule_of, weigh_rules)
        best: dict[tuple, tuple[float, str | None]] = {}
        for score, key in zip(model.decision_function(vectoriser.transform(x)), keys, strict=True):
            if key[:5] not in best or score > best[key[:5]][0]:
                best[key[:5]] = (score, key[5])
        n = len(best)
        model_right = sum(chosen == key[3] for key, (_, chosen) in best.items())
        rules_right = sum(key[4] == key[3] for key in best)
        total.update(n=n, model=model_right, rules=rules_right)
        print(
            f"{label} {held}: facts {n}, rules {rules_right / n:.3f}, model {model_right / n:.3f}"
        )
    n = total["n"]
    rules, model = total["rules"] / n, total["model"] / n
    print(f"{label} total: facts {n}, rules {rules:.3f}, model {model:.3f}")


def _same_fact(fact: dict, strictness: int):
    """Ways an older extraction's fact is the same one, the closest first."""
    keys = (("start", "surface", "fact_type"), ("surface", "fact_type"), ("surface",))[strictness]
    return lambda older: all(older[k] == fact[k] for k in keys)


def _unseen_periods(current: list[dict], unseen: list[dict]) -> None:
    """Each current fact's period under the rules that had not seen its set ('<none>' when they
    did not extract it), found by offset, surface and type in the same article."""
    older = {a["article"]: a["facts"] for a in unseen}
    for article in current:
        earlier = older.get(article["article"], [])
        taken: set[int] = set()
        for fact in article["facts"]:
            fact["unseen_period"] = "<none>"
            for strictness in range(3):
                same = _same_fact(fact, strictness)
                hit = next((i for i, o in enumerate(earlier) if i not in taken and same(o)), None)
                if hit is not None:
                    taken.add(hit)
                    fact["unseen_period"] = earlier[hit]["period"]
                    break


def coverage(articles: list[dict]) -> None:
    """How often the expected period is among a fact's candidates: the most any choice can get."""
    facts = [(a, f) for a in articles for f in a["facts"] if f["matched"]]
    held = sum(
        f["want_period"] in {p for p, _ in candidates(a, f, f["period"], False)} for a, f in facts
    )
    print(f"candidates hold the expected period: {held} of {len(facts)} ({held / len(facts):.3f})")


def main(argv: list[str]) -> None:
    current = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    coverage(current)
    leave_one_set_out(current, lambda a, f: f["period"], "context", weigh_rules=False)
    if unseen := [
        a for path in argv[1:] for a in json.loads(Path(path).read_text(encoding="utf-8"))
    ]:
        studied = [a for a in current if a["set"] in {u["set"] for u in unseen}]
        _unseen_periods(studied, unseen)
        leave_one_set_out(studied, lambda a, f: f["unseen_period"], "stacked", weigh_rules=True)


if __name__ == "__main__":
    main(sys.argv[1:])
