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
3. `lexical` and `lexical+stacked` (with UNSEEN files; the second study): the position features
   plus what the words say: character n-grams of the figure's clause and of the text between a
   candidate's nearest mention and the figure, cue words (同比, 累计, 预计, 截至, 分别,
   year-over-year, guidance …), the fact's type and metric, whether the candidate is the
   title's or the lead's period, whether a neighbouring figure of the same measure states it in
   its own sentence, each crossed with the candidate's role (its own sentence, an earlier one,
   the title, NULL …); without and with the unseen rules' choice. The regularisation is chosen
   by an inner leave one set out on the training sets only. `gated` keeps the unseen rules'
   period unless its basis is carried or none, where the model's choice replaces it: how it
   would be deployed.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from scipy.sparse import vstack
from sklearn.feature_extraction import DictVectorizer, FeatureHasher
from sklearn.linear_model import LogisticRegression, SGDClassifier

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


# Words that say which period a figure belongs to: a comparison with a year before, a running
# total, a forecast, a cut-off date, a list of figures in turn.
CUES = re.compile(
    r"同比|环比|累计|预计|预期|预测|截至|截止|分别|同期|上年|去年|今年|全年|年内|此前|目标|将|"
    r"year[- ](?:over|on)[- ]year|guidance|forecast|expect|outlook|as of|compared (?:with|to)|"
    r"a year (?:earlier|ago)|last year|so far|to date|cumulative|fiscal|\bwill\b|\bby\b",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(r"[，。；;！？!?\n]|[,.](?=\s)")
GRAMS = (2,)
# (the L2 penalty of the lexical model, stochastic gradient logistic regression: fast enough to
# choose it by an inner leave one set out on two shared cores)
ALPHA_GRID = (1e-4, 1e-3, 1e-2)


def clause(text: str, start: int, end: int, fact: dict) -> str:
    """The figure's clause: its sentence cut at the clause breaks either side of it."""
    left = max((m.end() for m in CLAUSE_BREAK.finditer(text, start, fact["start"])), default=start)
    right = CLAUSE_BREAK.search(text, fact["end"], end)
    return text[left : right.start() if right else end]


def grams(text: str) -> set[str]:
    text = text.lower()
    return {text[i : i + n] for n in GRAMS for i in range(len(text) - n + 1)}


def role(x: dict) -> str:
    """Where a candidate stands against the fact, in one word, for crossing the words with."""
    for key, name in (
        ("same_sentence", "own"),
        ("in_title", "title"),
        ("back=1", "back1"),
        ("c=mention", "earlier_or_later"),
        ("c=published_year", "published_year"),
        ("c=rule_only", "rule_only"),
    ):
        if x.get(key):
            return name
    return "null"


def lexical_candidates(
    article: dict, fact: dict, rule_period: str | None, weigh_rules: bool
) -> list[tuple[str | None, dict]]:
    """`candidates` with what the words of the clause, and between a mention and the figure, say."""
    text, sentences, stated = article["text"], article["sentences"], article["stated"]
    sentence = next((s for s in sentences if s["no"] == fact["sentence_no"]), None)
    start, end = (sentence["start"], sentence["end"]) if sentence else (fact["start"],) * 2
    own = clause(text, start, end, fact)
    own_grams, cues = grams(own), {c.lower() for c in CUES.findall(own)}
    measure = f"{fact['fact_type']}/{fact['metric']}"
    title_end = text.find("\n") if "\n" in text else len(text)
    lead_end = text.find("\n", title_end + 1)
    lead_end = len(text) if lead_end < 0 else lead_end

    def sentence_of(at: int) -> int | None:
        return next((s["no"] for s in sentences if s["start"] <= at < s["end"]), None)

    # (periods a neighbouring figure of the same measure states in its own sentence)
    said_by_neighbours = {
        m["period"]
        for other in article["facts"]
        if other is not fact
        and (other["fact_type"], other["metric"]) == (fact["fact_type"], fact["metric"])
        and 0 < abs(other["sentence_no"] - fact["sentence_no"]) <= 3
        for m in stated
        if sentence_of(m["start"]) == other["sentence_no"]
    }
    rows = []
    for period, x in candidates(article, fact, rule_period, weigh_rules):
        r, g = role(x), granularity(period)
        words = {f"cl:{n}|{r}": 1 for n in own_grams}
        for c in cues:
            words |= {f"cue:{c}|{r}": 1, f"cue:{c}|{r}|g={g}": 1}
        words |= {f"measure={measure}|{r}": 1, f"measure={measure}|g={g}": 1}
        mentions = [m for m in stated if m["period"] == period]
        if mentions:
            m = min(mentions, key=lambda m: abs(m["start"] - fact["start"]))
            gap = text[m["end"] : fact["start"]] if m["end"] <= fact["start"] else ""
            gap = gap or text[fact["end"] : m["start"]]
            words |= {f"btw:{n}": 1 for n in grams(gap[:15]) | grams(gap[-15:])}
            words |= {f"btwcue:{c.lower()}": 1 for c in CUES.findall(gap)}
            words[f"btw_breaks={bucket(len(CLAUSE_BREAK.findall(gap)), (0, 1, 3))}"] = 1
            words["title_period"] = int(any(m["start"] < title_end for m in mentions))
            words["lead_period"] = int(any(title_end < m["start"] < lead_end for m in mentions))
        if period in said_by_neighbours:
            words |= {"neighbour_states": 1, f"neighbour_states|{r}": 1}
        if weigh_rules and x.get("rule"):
            words |= {f"rule|cue:{c}": 1 for c in cues} | {f"rule|measure={measure}": 1}
        rows.append((period, x | {k: v for k, v in words.items() if v}))
    return rows


def rule_basis(article: dict, fact: dict, period: str | None) -> str | None:
    """The unseen rules' basis for their period, as `scope.period_bases` gives it, from the
    mentions this dataset records (older trees did not record a basis)."""
    if period in (None, "<none>"):
        return None
    sentence = next((s for s in article["sentences"] if s["no"] == fact["sentence_no"]), None)
    if sentence is None:
        return "inferred"
    told = [m["start"] for m in article["stated"] if m["period"] == period]
    if any(sentence["start"] <= at < sentence["end"] for at in told):
        return "stated"
    return "carried" if any(at < sentence["start"] for at in told) else "inferred"


def choose(model, rows, keys) -> dict[tuple, str | None]:
    """Per fact (key[:5]), the candidate the model scores highest."""
    best: dict[tuple, tuple[float, str | None]] = {}
    for score, key in zip(model.decision_function(rows), keys, strict=True):
        if key[:5] not in best or score > best[key[:5]][0]:
            best[key[:5]] = (score, key[5])
    return {key: chosen for key, (_, chosen) in best.items()}


def fit(rows, labels, alpha: float) -> SGDClassifier:
    model = SGDClassifier(loss="log_loss", alpha=alpha, max_iter=20, tol=None, random_state=0)
    return model.fit(rows, labels)


NAMES = ("rules", "model", "gated")


def lexical_study(articles: list[dict], rule_of, label: str, weigh_rules: bool) -> None:
    """Leave one set out, the penalty chosen by an inner leave one set out on the training sets."""
    hasher = FeatureHasher(n_features=2**18, alternate_sign=False)
    per_set = {}
    for name in sorted({a["set"] for a in articles}, key=lambda n: (len(n), n)):
        facts, labels, keys = [], [], []
        for article in (a for a in articles if a["set"] == name):
            for fact in (f for f in article["facts"] if f["matched"]):
                rule = rule_of(article, fact)
                want = fact["want_period"]
                key = (article["article"], fact["start"], fact["surface"], want, rule)
                basis = rule_basis(article, fact, rule)
                for period, x in lexical_candidates(article, fact, rule, weigh_rules):
                    facts.append(x)
                    labels.append(int(period == fact["want_period"]))
                    keys.append((*key, period, basis))
        per_set[name] = (hasher.transform(facts), labels, keys)

    def pooled(names):
        return vstack([per_set[n][0] for n in names]), [y for n in names for y in per_set[n][1]]

    def right(chosen: dict) -> int:
        return sum(pick == key[3] for key, pick in chosen.items())

    total, gains = Counter(), []
    for held in per_set:
        train = [n for n in per_set if n != held]
        inner = Counter()
        for alpha in ALPHA_GRID:
            for out in train:
                rows, labels = pooled([n for n in train if n != out])
                model = fit(rows, labels, alpha)
                inner[alpha] += right(choose(model, per_set[out][0], per_set[out][2]))
        alpha = max(ALPHA_GRID, key=lambda a: (inner[a], a))
        model = fit(*pooled(train), alpha)
        rows, _, keys = per_set[held]
        chosen = choose(model, rows, keys)
        basis = {key[:5]: key[6] for key in keys}
        gated = {
            key: pick if key[4] != "<none>" and basis[key] in (None, "carried") else key[4]
            for key, pick in chosen.items()
        }
        n, rules = len(chosen), sum(key[4] == key[3] for key in chosen)
        scores = (rules, right(chosen), right(gated))
        total.update(n=n, rules=rules, model=scores[1], gated=scores[2])
        gains.append((scores[1] - rules) / n)
        rates = zip(NAMES, scores, strict=True)
        rates = ", ".join(f"{name} {right / n:.3f}" for name, right in rates)
        print(f"{label} {held}: facts {n}, alpha {alpha}, {rates}")
    n = total["n"]
    mean = sum(gains) / len(gains)
    spread = (sum((g - mean) ** 2 for g in gains) / (len(gains) - 1)) ** 0.5
    print(
        f"{label} total: facts {n}, rules {total['rules'] / n:.3f}, model {total['model'] / n:.3f},"
        f" gated {total['gated'] / n:.3f}; gain per set {mean:+.3f} ± {spread:.3f} (sd),"
        f" {sum(g > 0 for g in gains)} of {len(gains)} sets gain"
    )


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
        lexical_study(studied, lambda a, f: f["unseen_period"], "lexical", weigh_rules=False)
        lexical_study(studied, lambda a, f: f["unseen_period"], "lexical+stacked", weigh_rules=True)
        # Only the facts the unseen rules extracted: the ones a deployed model could redate (the
        # rest count against the rules whatever they do).
        for fact in (f for a in studied for f in a["facts"] if f["unseen_period"] == "<none>"):
            fact["matched"] = False
        unseen_rules = lambda a, f: f["unseen_period"]  # noqa: E731
        leave_one_set_out(studied, unseen_rules, "stacked(extracted)", weigh_rules=True)
        lexical_study(studied, unseen_rules, "lexical+stacked(extracted)", weigh_rules=True)


if __name__ == "__main__":
    main(sys.argv[1:])
