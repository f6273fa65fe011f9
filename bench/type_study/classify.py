"""`python bench/type_study/classify.py CURRENT.json [UNSEEN.json …]` (needs the `study` extra,
scikit-learn): does a learned classifier of what a figure is (its fact type, and its type and
metric) generalise to unseen text better than the rules?

Each pair (bench/type_study/dataset.py) is an extracted figure matched to a hand-written fact on
value and unit. A linear SVM reads character 1–3-grams of the text left and right of the figure,
separately (the whole window, and its 12 characters nearest the figure), and the figure's unit,
and predicts the expected fact type; a second one predicts type and metric together, trained on
the pairs whose expected metric is named (a null expected metric matches any metric, as the
evaluator counts it). Leave one set out: trained on the other sets, scored on the one left out.

1. `context`: on the current rules' pairs of every set in CURRENT, the model against the current
   rules, whose accuracy is inflated (they were written with those sets in view).
2. With UNSEEN files (the datasets of the older trees that first read each set): on the pairs
   those rules found, the rules as they were while the set was unseen, the `model` trained on the
   other sets' current pairs, and `stacked`, a model given the unseen rules' choice as a feature,
   trained on the other unseen sets' pairs (each with the rules that had not seen it either).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from scipy.sparse import hstack
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

TASKS = ("type", "type+metric")


def rules_label(pair: dict, task: str) -> str:
    return pair["fact_type"] if task == "type" else f"{pair['fact_type']}/{pair['metric']}"


def wanted_label(pair: dict, task: str) -> str | None:
    """The label to learn: None for a pair with no metric to learn from."""
    if task == "type":
        return pair["want_type"]
    return f"{pair['want_type']}/{pair['want_metric']}" if pair["want_metric"] else None


def right(pair: dict, label: str, task: str) -> bool:
    """As the evaluator compares: a null expected metric agrees with any metric."""
    if task == "type":
        return label == pair["want_type"]
    fact_type, metric = label.split("/", 1)
    return fact_type == pair["want_type"] and pair["want_metric"] in (None, metric)


# Each text feature: its name and the part of the pair it reads. The near parts weigh the words
# next to the figure ("同比增长", "市场份额") above the rest of the clause.
NEAR = 12
TEXTS = {
    "left": lambda p: p["left"],
    "right": lambda p: p["right"],
    "near_left": lambda p: p["left"][-NEAR:],
    "near_right": lambda p: p["right"][:NEAR],
}


class Classifier:
    def __init__(self, task: str, stacked: bool):
        self.task, self.stacked = task, stacked
        self.texts = {
            name: TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True)
            for name in TEXTS
        }
        self.other = DictVectorizer()
        self.svm = LinearSVC(C=0.5)

    def _others(self, pairs: list[dict]) -> list[dict]:
        return [{"unit=" + p["unit"]: 1} | (self._rules(p) if self.stacked else {}) for p in pairs]

    def _rules(self, pair: dict) -> dict:
        return {"rules=" + rules_label(pair, self.task): 1, "rules_type=" + pair["fact_type"]: 1}

    def _features(self, pairs: list[dict], fitting: bool):
        def vectorise(vectoriser, rows):
            return vectoriser.fit_transform(rows) if fitting else vectoriser.transform(rows)

        return hstack(
            [vectorise(v, map(TEXTS[name], pairs)) for name, v in self.texts.items()]
            + [vectorise(self.other, self._others(pairs))]
        )

    def fit(self, pairs: list[dict]) -> Classifier:
        pairs = [p for p in pairs if wanted_label(p, self.task)]
        self.svm.fit(self._features(pairs, True), [wanted_label(p, self.task) for p in pairs])
        return self

    def predict(self, pairs: list[dict]) -> list[str]:
        return list(self.svm.predict(self._features(pairs, False)))


def accuracy(pairs: list[dict], labels: list[str], task: str) -> int:
    return sum(right(p, label, task) for p, label in zip(pairs, labels, strict=True))


def by_set(pairs: list[dict]) -> dict[str, list[dict]]:
    sets: dict[str, list[dict]] = {}
    for p in pairs:
        sets.setdefault(p["set"], []).append(p)
    return sets


def context(current: list[dict]) -> None:
    sets = by_set(current)
    for task in TASKS:
        total = Counter()
        for held, test in sets.items():
            train = [p for name, ps in sets.items() if name != held for p in ps]
            model = Classifier(task, stacked=False).fit(train).predict(test)
            rules = [rules_label(p, task) for p in test]
            total.update(n=len(test), rules=accuracy(test, rules, task))
            total.update(model=accuracy(test, model, task))
        n = total["n"]
        print(
            f"context {task} total: pairs {n}, rules (inflated) {total['rules'] / n:.3f}, "
            f"model {total['model'] / n:.3f}"
        )


def unseen(current: list[dict], unseen_pairs: list[dict]) -> None:
    trained_on, sets = by_set(current), by_set(unseen_pairs)
    print("| set | pairs | task | rules unseen | model | stacked |")
    print("|---|---:|---|---:|---:|---:|")
    totals = {task: Counter() for task in TASKS}
    for held, test in sets.items():
        for task in TASKS:
            train = [p for name, ps in trained_on.items() if name != held for p in ps]
            stacked_train = [p for name, ps in sets.items() if name != held for p in ps]
            scores = {
                "rules": accuracy(test, [rules_label(p, task) for p in test], task),
                "model": accuracy(test, Classifier(task, False).fit(train).predict(test), task),
                "stacked": accuracy(
                    test, Classifier(task, True).fit(stacked_train).predict(test), task
                ),
            }
            totals[task].update(n=len(test), **scores)
            n = len(test)
            cells = " | ".join(f"{scores[k] / n:.3f}" for k in ("rules", "model", "stacked"))
            print(f"| {held} | {n} | {task} | {cells} |")
    for task, total in totals.items():
        n = total["n"]
        cells = " | ".join(f"{total[k] / n:.3f}" for k in ("rules", "model", "stacked"))
        print(f"| total | {n} | {task} | {cells} |")


def main(argv: list[str]) -> None:
    current = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    context(current)
    if argv[1:]:
        unseen(current, [p for path in argv[1:] for p in json.loads(Path(path).read_text())])


if __name__ == "__main__":
    main(sys.argv[1:])
