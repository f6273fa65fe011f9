"""Which currency a bare 元 is: the one a 下同 declaration before it names, else the nearest stated
one, else the article's locale, else renminbi.

A Taiwan or Hong Kong report writes its own currency as a bare 元 (收盘上涨25元, 30亿元资助计划)
and names renminbi explicitly; a mainland report in traditional script writes renminbi as a bare
元 too. So the locale decides only when the text gives no closer sign.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from suanli.quantities import Quantity
from suanli.sentences import Sentence

_YUAN_FAMILY = ("CNY", "HKD", "TWD")
_NAMED_NEAR = re.compile(r"人民币|RMB|CNY|¥|港币|港元|台币|HK\$|NT\$|yuan|块钱", re.I)
# "9.5亿元（新台币42.7亿元）": a Taiwan report converts a foreign amount into its own currency
_CONVERTED_AFTER = re.compile(r"\s*[（(]\s*(?:约|大约)?\s*(?:新台币|台币|港币|港元|NT\$|HK\$)")
# Signs of where a zh-Hant report was written (the text is simplified by now): its own currency or
# market, its dateline city, and how its press names NVIDIA (辉达 in Taiwan, 英伟达 elsewhere);
# Taiwan by name, and its 经济部 (a ministry no other place of the 元 has).
# Each sign counts once, so a word a story repeats does not outweigh the others.
_LOCALE_MARKERS = {
    "TWD": ("新台币", "台币", "NT$", "台股", "台北", "辉达", "台湾", "经济部"),
    "HKD": ("港元", "港币", "HK$", "港股", "香港"),
}
# 昨（8）日, 今(9)日: Taiwan's press puts the day of the month in brackets after 昨/今/明;
# Hong Kong's and the mainland's write 8日 or 昨日. A Taiwan report on its own firms may name no
# other sign.
_TAIWAN_DAY = re.compile(r"[昨今明前]\s*[（(]\s*\d{1,2}\s*[)）]\s*日")


# "705.51億元（人民幣，下同）", "130億元（下同）": the currency every bare 元 after it is in.
# Hong Kong wire copy separates the two with any point it has to hand (人民幣‧下同, 美元.下同), and
# a table's note puts 单位 first (单位：美元，下同); a report on a company that reports in US
# dollars declares them so, and every 元 after it is a US dollar.
_SAME_BELOW = re.compile(
    r"[（(]\s*(?:单位\s*[:：]\s*)?"
    r"(?:(?P<named>人民币|港币|港元|新台币|台币|美元|欧元)\s*[,，、.‧·・]?\s*)?下同\s*[）)]"
)
_DECLARED = {
    "人民币": "CNY",
    "港币": "HKD",
    "港元": "HKD",
    "新台币": "TWD",
    "台币": "TWD",
    "美元": "USD",
    "欧元": "EUR",
}


def _declared_currencies(text: str, named: Sequence[Quantity]) -> list[tuple[int, str]]:
    """(offset, currency) of each 下同 declaration: the currency it names, else the one of the
    amount it follows."""
    declared = []
    for m in _SAME_BELOW.finditer(text):
        if m["named"]:
            declared.append((m.start(), _DECLARED[m["named"]]))
            continue
        before = [q for q in named if 0 <= m.start() - q.char_end <= 1]
        if before:
            declared.append((m.start(), before[-1].unit))
    return declared


# "超过港币 78 亿元": the currency named before an amount, apart from it.
_NAMED_BEFORE = re.compile(r"(?P<named>人民币|港币|港元|新台币|台币)\s+$")


def _as_declared(text: str, q: Quantity) -> Quantity:
    """ "1,000亿元（港元，下同）", "港币 78 亿元": an amount in the currency a declaration after it
    or a name set apart before it names. A number of 万/亿 the declaration follows is an amount
    in it too: "盈利减少23%至3.37亿（美元.下同）" names its currency only there."""
    if q.kind == "plain" and q.surface.endswith(("万", "亿")):
        declared = _SAME_BELOW.match(text, q.char_end)
        if declared is None or not declared["named"]:
            return q
        return dataclasses.replace(q, kind="money", unit=_DECLARED[declared["named"]])
    if q.kind != "money" or q.unit not in _YUAN_FAMILY or not q.surface.endswith("元"):
        return q
    named = _SAME_BELOW.match(text, q.char_end) or _NAMED_BEFORE.search(
        text, max(0, q.char_start - 8), q.char_start
    )
    if named is None or not named["named"]:
        return q
    return dataclasses.replace(q, unit=_DECLARED[named["named"]])


def _is_bare_yuan(text: str, q: Quantity) -> bool:
    if q.kind != "money" or q.unit != "CNY" or not q.surface.rstrip("/").endswith("元"):
        return False
    around = text[max(0, q.char_start - 4) : q.char_end + 4]
    return not _NAMED_NEAR.search(around)


def _locale_currency(text: str, language: str) -> str | None:
    """The currency of the place a zh-Hant article's signs name (新台币, 台北, 辉达, 昨（8）日
    → TWD; 港元, 香港 → HKD); none when neither outnumbers the other (a mainland report in
    traditional script)."""
    if language != "zh-Hant":
        return None
    counts = {unit: sum(m in text for m in markers) for unit, markers in _LOCALE_MARKERS.items()}
    counts["TWD"] += bool(_TAIWAN_DAY.search(text))
    best = max(counts, key=counts.__getitem__)
    others = [n for unit, n in counts.items() if unit != best]
    return best if counts[best] > max(others) else None


def fallback_currency(text: str, language: str) -> str:
    """The currency of an amount no sign in its sentence names: a Taiwan or Hong Kong report's own
    (營收2.12兆, as its 元 is), else renminbi in Chinese and US dollars in English."""
    if language.startswith("zh"):
        return _locale_currency(text, language) or "CNY"
    return "USD"


def _paragraph_of(sentences: Sequence[Sentence], starts: Sequence[int], offset: int) -> int:
    k = bisect.bisect_right(starts, offset)
    return sentences[k - 1].paragraph_no if k else -1


def _may_lend(named: Quantity, bare: Quantity, language: str) -> bool:
    """Whether a named amount's currency may pass to a bare 元 beside it. A mainland report
    (simplified script) writes its own renminbi as a bare 元 and names every other currency, so a
    named amount lends its currency only forward, to the bare amounts that continue it
    (营收为新台币8000亿元，净利润为3000亿元); a later 620亿港元 leaves an earlier 1800亿元 in
    renminbi. A Taiwan or Hong Kong report writes its own currency bare either way."""
    return language != "zh-Hans" or named.char_start < bare.char_start


# A share quoted in Hong Kong is quoted in Hong Kong dollars, whatever currency the story's
# results are in: "折合港股约140.5元", and "联想集团（0992）…股价收报9元" where the quoted company
# is one the story gives a Hong Kong stock code: five digits or ".HK" (06082, 00700.HK), four
# from 0 (0992), other four only in a Hong Kong report (9988: Taiwan's codes have four too,
# 台积电（2330）; a mainland code has six).
# A quote is the amount a quoting word stands right before (收报, 收市报, 最高见, 股价).
_HONG_KONG_QUOTE_BEFORE = re.compile(r"港股(?:约|大约)?\s*$")
_QUOTE_BEFORE = re.compile(
    r"(?:股价|收报|收市报?|收盘报?|开市报?|开盘报?|(?:最高|最低|高|低)见)(?:约|大约|为|于)?\s*$"
)
# (The bracket is found first, then the name before it: scanning for a name at every letter of
# the text would cost more than the rest of this module.)
_HONG_KONG_CODE = re.compile(
    r"[（(]\s*(?:港股?[:：]\s*)?(?P<code>0\d{4}|\d{4})(?:\.HK)?(?:\s*[;；,，][^)）]*)?\s*[)）]",
    re.I,
)
_NAME_BEFORE_CODE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,12}\s*$")


def _hong_kong_listed(text: str, locale: str | None) -> list[str]:
    """The names the story gives a Hong Kong stock code, each also by its last three or more
    characters (公布联想集团（0992） names 联想集团). A bracketed year (2025) is no code."""
    names = []
    for m in _HONG_KONG_CODE.finditer(text):
        named = _NAME_BEFORE_CODE.search(text, max(0, m.start() - 64), m.start())
        if named is None:
            continue
        four = len(m["code"]) == 4 and not m.group(0).upper().rstrip(")） ").endswith("HK")
        if four and not m["code"].startswith("0") and locale != "HKD":
            continue
        if four and re.fullmatch(r"(?:19|20)\d\d", m["code"]):
            continue
        name = named.group(0).rstrip()[-8:]
        names.extend(name[-k:] for k in range(min(len(name), 8), 2, -1))
        if len(name) == 2:
            names.append(name)
    return names


def _quoted_in_hong_kong(
    text: str, q: Quantity, sentence_start: int, listed: Sequence[str]
) -> bool:
    before = text[max(sentence_start, q.char_start - 12) : q.char_start]
    if _HONG_KONG_QUOTE_BEFORE.search(before):
        return True
    if not listed or not _QUOTE_BEFORE.search(before):
        return False
    said = text[sentence_start : q.char_start]
    return any(name in said for name in listed)


def localise_bare_yuan(
    text: str, sentences: Sequence[Sentence], quantities: Sequence[Quantity], language: str
) -> list[Quantity]:
    """`quantities` with each bare 元 in the currency of the nearest explicitly named 元-family
    amount of its paragraph, else of the article's locale; a bare 元 converted in brackets into
    another currency stays renminbi, and a share quoted in Hong Kong is in Hong Kong dollars."""
    starts = [s.char_start for s in sentences]
    quantities = [_as_declared(text, q) for q in quantities]
    bare = {id(q) for q in quantities if _is_bare_yuan(text, q)}
    named = [
        (q, _paragraph_of(sentences, starts, q.char_start))
        for q in quantities
        if q.kind == "money" and q.unit in _YUAN_FAMILY and id(q) not in bare
    ]
    locale = _locale_currency(text, language)
    declared = _declared_currencies(text, [n for n, _ in named])
    listed = _hong_kong_listed(text, locale)
    result = []
    for q in quantities:
        if id(q) in bare and not _CONVERTED_AFTER.match(text, q.char_end):
            paragraph = _paragraph_of(sentences, starts, q.char_start)
            near = [n for n, p in named if p == paragraph and _may_lend(n, q, language)]
            unit = (
                min(near, key=lambda n: abs(n.char_start - q.char_start)).unit if near else locale
            )
            # (A declaration outranks a neighbour: 收報656港元 beside 收入1,928.69億元 after a
            # 人民幣，下同 is a share price in 港元 beside renminbi.)
            unit = next((u for at, u in reversed(declared) if at < q.char_start), unit)
            k = bisect.bisect_right(starts, q.char_start)
            if _quoted_in_hong_kong(text, q, starts[k - 1] if k else 0, listed):
                unit = "HKD"
            if unit and unit != q.unit:
                q = dataclasses.replace(q, unit=unit)
        result.append(q)
    return result
