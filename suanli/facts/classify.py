"""Classification: which fact type and metric a quantity is, from the cues around it.

One small classifier per kind of quantity (money, percent, count…), chosen from a table."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from suanli.entities import PRODUCT_KINDS
from suanli.facts.clauses import _Clause, _clause_of, _Mention
from suanli.facts.compounds import HYPHENED_SPAN
from suanli.facts.cues import (
    _AND,
    _ARROW_AFTER,
    _ARROW_BEFORE,
    _BANDWIDTH_CUES,
    _BARE_PROJECTS,
    _CHANGE_CUES,
    _COMPARATIVE_BEFORE,
    _COMPARED_AFTER,
    _COMPARED_WITH,
    _COMPUTE_CUES,
    _COUNT_NOUNS,
    _COUNTED,
    _COUNTED_AFTER,
    _DATA_CENTRE_PROJECTS,
    _DATA_CUES,
    _DURATION_CUES,
    _EVERY,
    _FOR_A_SYSTEM,
    _FRACTION_OF_VALUE_AFTER,
    _FRACTION_OF_VALUE_BEFORE,
    _FROM,
    _FROM_PHRASE,
    _HARDWARE_COUNTED,
    _IN_THE_PAST,
    _LEVEL_COMPARED_AFTER,
    _LEVEL_CUES,
    _LEVEL_RATIO_CUES,
    _LIST_BEFORE,
    _LISTED_AFTER,
    _LISTED_BEFORE,
    _LOOKING_AHEAD_BEFORE,
    _LOOKING_BACK_AFTER,
    _LOOKING_BACK_BEFORE,
    _MEASURE_WORD_KINDS,
    _MONEY_CUES,
    _MOVE_SIZE_CUE,
    _MOVED_BY_ZH,
    _MOVING_RESULTS,
    _NEED,
    _OF_MEASURE_AFTER,
    _ORDERED_BEFORE,
    _OTHER_MACHINES,
    _PART_START,
    _PEOPLE_AFTER,
    _PER_SHARE_AFTER,
    _PER_SHARE_BEFORE,
    _PER_TIME,
    _PER_UNIT_BEFORE,
    _PERCENT_CUES,
    _PERIOD_CHANGE_CUES,
    _PLAIN_CUES,
    _POINTING_BEFORE,
    _POWER_CUES,
    _PRICE_CONTEXT,
    _PRICE_DOWN,
    _PRICE_UP,
    _RATE_SPAN_AFTER,
    _RATIO_CUES,
    _RENTAL,
    _SERVER_NOUN,
    _SERVER_REACH,
    _SHARE_KIND_CUES,
    _SHARE_MOVE_CUE,
    _SHARE_MOVED_BY,
    _SHARE_MOVED_TO,
    _SHARE_QUOTE,
    _SHARED_OUT_AFTER,
    _SHARES,
    _SHIPMENTS,
    _SUM_CUE,
    _SYSTEM_NOUN,
    _TO,
    _TO_THEN_AND,
    _VALUATION,
    _WINDOW_AFTER,
    _YEARS_LEVEL_BEFORE,
    _YEARS_SPANNED_BEFORE,
    Cue,
)
from suanli.quantities import DEGREE_THEN_END, HALVING, PAID_BEFORE, Quantity, is_fraction

# --- classification --------------------------------------------------------------------------


def _nearest_cue(
    text: str, q: Quantity, clauses: Sequence[_Clause], i: int, cues: Sequence[Cue]
) -> Cue | None:
    """The cue closest to the quantity: its own clause first, then the clause before, then after."""
    scopes = [(i, 0)]
    if i > 0 and clauses[i - 1].segment == clauses[i].segment:
        scopes.append((i - 1, 40))
    if i + 1 < len(clauses) and clauses[i + 1].segment == clauses[i].segment:
        scopes.append((i + 1, 60))
    best: tuple[float, int, Cue] | None = None
    for index, penalty in scopes:
        clause = clauses[index]
        for found_start, found_end, cue in _cues_found(cues, text[clause.start : clause.end]):
            start, end = clause.start + found_start, clause.start + found_end
            if start < q.char_end and q.char_start < end:
                continue
            distance = q.char_start - end if end <= q.char_start else 2 * (start - q.char_end)
            # (At equal distance the longer phrase reads better: "revenue in the local market
            # reaching" over "market reaching".)
            score = (penalty + distance, start - end)
            if best is None or score < best[:2]:
                best = (*score, cue)
    return best[2] if best else None


# What the cues of a table match in a clause's text, in table order. A clause is read for the cue
# nearest each of its figures, under several tables, so most readings repeat one already made;
# the bound keeps a long run's memory flat.
_CUES_FOUND: dict[tuple[tuple[Cue, ...], str], list[tuple[int, int, Cue]]] = {}
_CUES_FOUND_BOUND = 20_000


def _cues_found(cues: Sequence[Cue], span: str) -> list[tuple[int, int, Cue]]:
    key = (tuple(cues), span)
    found = _CUES_FOUND.get(key)
    if found is None:
        if len(_CUES_FOUND) >= _CUES_FOUND_BOUND:
            _CUES_FOUND.clear()
        found = [(*m.span(), cue) for cue in cues for m in cue.pattern.finditer(span)]
        _CUES_FOUND[key] = found
    return found


_NAMED_MONEY_CUES = _MONEY_CUES[:-1]  # (all but _SUM_CUE, the last)


def _money_cue(text: str, q: Quantity, clauses: Sequence[_Clause], i: int) -> Cue | None:
    cue = _nearest_cue(text, q, clauses, i, _MONEY_CUES)
    if cue is _SUM_CUE:
        return _summed_measure(text, q, clauses, i) or cue
    return cue


def _summed_measure(text: str, q: Quantity, clauses: Sequence[_Clause], i: int) -> Cue | None:
    """What a total (合计, 总计, 共计) adds up: the measure its own clause names, else the one the
    clause right before it in its sentence part names (调高今年资本支出，合计金额估算至少3,200亿
    美元; 中标总金额含税约51.387亿元，其中CANN生态设备合计约34.517亿元): a total told after its
    measure sums that measure, not a cost. A clause that goes on from the total (…，甚至有机会超过
    3,800亿美元) looks back past the total's own clause; a clause with neither a measure nor a
    total ends the look back."""
    if named := _nearest_cue(text, q, [clauses[i]], 0, _NAMED_MONEY_CUES):
        return named
    j = i
    while j > 0 and clauses[j - 1].segment == clauses[i].segment:
        j -= 1
        if named := _nearest_cue(text, q, [clauses[j]], 0, _NAMED_MONEY_CUES):
            return named
        if _nearest_cue(text, q, [clauses[j]], 0, (_SUM_CUE,)) is None:
            return None
    return None


def _earlier_cue(
    text: str, q: Quantity, clauses: Sequence[_Clause], i: int, cues: Iterable[Cue]
) -> Cue | None:
    """The nearest cue before the quantity's segment in its sentence: in "出货量2024E为165万台;
    2025E有望达到210万台" a clause after a semicolon with no cue of its own continues the one
    before."""
    earlier = [c for c in clauses[:i] if c.segment < clauses[i].segment]
    best: tuple[int, Cue] | None = None
    for clause in earlier:
        for cue in cues:
            for m in cue.pattern.finditer(text, clause.start, clause.end):
                if best is None or m.end() >= best[0]:
                    best = (m.end(), cue)
    return best[1] if best else None


def _count_metric(text: str, q: Quantity, clause: _Clause, mentions: Sequence[_Mention]) -> str:
    """What is counted: the first counted noun after the number ("3000枚A100芯片" → chips)."""
    classifier = q.classifier or ""
    if classifier.isascii() and not _MEASURE_WORD.fullmatch(classifier):
        # "data center GPUs", "500 racks": an English noun counted is the head noun (the last
        # words), and it names what is counted even when it is none of the kinds metrics name
        # ("units", like 个, names nothing).
        words = classifier.split()
        heads = [" ".join(words[k:]) for k in range(len(words))]  # (also "data centers")
        named = (m for pattern, m in _COUNT_NOUNS for head in heads if pattern.fullmatch(head))
        return _required(text, q, clause, next(named, "count"))
    offset = q.char_end - len(classifier)
    rest = text[offset : min(clause.end, q.char_end + 30)]
    hits = _counted_nouns(rest)
    if kinds := _MEASURE_WORD_KINDS.get(classifier):
        after = [hit for hit in hits if hit[1] in kinds and hit[0] >= len(classifier)]
        before = text[clause.start : q.char_start]
        named = [
            (m.end(), metric)
            for pattern, metric in _COUNT_NOUNS
            if metric in kinds
            for m in pattern.finditer(before)
        ]
        if after or named:
            return _required(text, q, clause, min(after)[1] if after else max(named)[1])
    hits += [
        (m.start - offset, "chips")
        for m in mentions
        if m.entity.kind in PRODUCT_KINDS and q.char_end <= m.start <= q.char_end + 1
    ]
    if not hits:
        # "新开工的项目超过四十个": with nothing counted after the number, the noun before it.
        before = text[clause.start : q.char_start]
        named = [
            (m.end(), metric) for pattern, metric in _COUNT_NOUNS for m in pattern.finditer(before)
        ]
        return _required(text, q, clause, max(named)[1]) if named else "count"
    return _required(text, q, clause, min(hits)[1])


_MEASURE_WORD = re.compile(r"\s*(?:units?)?\s*", re.I)


def _counted_nouns(rest: str) -> list[tuple[int, str]]:
    """(position, metric) of the first noun of each kind in `rest`, skipping a noun that another
    number counts: in "10个万卡集群" the clusters are counted, 万卡 is their size."""
    hits = []
    for pattern, metric in _COUNT_NOUNS:
        for m in pattern.finditer(rest):
            if not _counted_by_a_number(rest, m.start()):
                hits.append((m.start(), metric))
                break
    return hits


_NUMERAL_CHARS = frozenset("0123456789一二两三四五六七八九十百千万亿")


def _counted_by_a_number(text: str, at: int) -> bool:
    """Whether a number stands right before the noun at `at`; the digits ending a model name
    ("8卡A100服务器") count nothing."""
    start = at
    while start > 0 and text[start - 1] in _NUMERAL_CHARS:
        start -= 1
    named = start > 0 and text[start - 1].isascii() and text[start - 1].isalpha()
    return start < at and not named


def _required(text: str, q: Quantity, clause: _Clause, metric: str) -> str:
    """Chips a deployment needs (需要3000枚, would require 25,000 GPUs) are their own metric, and
    so are chips a buyer orders (has ordered 300,000 H20 chips, 订购了2万颗): a count of orders.
    Projects the sentence names as data centres' are data centres."""
    if metric == "projects":
        return "data_centers" if _data_centre_projects(text, q, clause) else metric
    if metric != "chips":
        return metric
    before = text[clause.start : q.char_start]
    if _ORDERED_BEFORE.search(before):
        return "orders"
    if _NEED.search(before):
        return "chips_required"
    return metric


def _data_centre_projects(text: str, q: Quantity, clause: _Clause) -> bool:
    """ "中国智算中心项目超过300个", "名称中带有“智算中心”的项目共有128个，其中83个项目披露了规模",
    "…这些项目主要由政府投资建设。当年投运的项目数量超过50个": the projects counted are data
    centres, as every writer counts them, when the 项目 the number counts closes a data-centre
    compound, or stands bare after the paragraph has named data-centre projects and no other kind
    of project since; "30个光伏项目" and the projects of a paragraph about no data centre stay
    projects."""
    noun = _PROJECTS_NOUN.search(text, q.char_end, min(clause.end, q.char_end + 4))
    if noun is None:
        before = list(_PROJECTS_NOUN.finditer(text, clause.start, q.char_start))
        if not before:
            return False
        noun = before[-1]
    ends = [m.end() for m in _DATA_CENTRE_PROJECTS.finditer(text, 0, noun.end())]
    if not ends or noun.end() == ends[-1]:
        return bool(ends)
    since = _PROJECTS_NOUN.finditer(text, ends[-1], noun.end())
    return all(_BARE_PROJECTS.match(text, m.start()) for m in since)


_PROJECTS_NOUN = re.compile(r"项目")


@dataclass(frozen=True)
class _Context:
    """Where a quantity stands: the sentence, its clauses, the quantity's clause index, the
    entities mentioned and the sentence's other quantities (`own`), for patterns spanning them."""

    text: str
    clauses: Sequence[_Clause]
    i: int
    mentions: Sequence[_Mention]
    own: Sequence[Quantity]

    @property
    def clause(self) -> _Clause:
        return self.clauses[self.i]


def _money(q: Quantity, ctx: _Context) -> tuple[str, str] | None:
    """Prices (unit, server, rental), moves between prices, costs, spend, market sizes; a move
    of a quoted share (收盘上涨25元, closed up $3) is a share's price change, not a chip's."""
    if (converted := _converted_amount(q, ctx)) is not None:
        return _money(converted, replace(ctx, i=_clause_of(ctx.clauses, converted.char_start)))
    if moved := _english_share_move(q, ctx):
        return moved
    if per_share := _per_share_earnings(q, ctx):
        return per_share
    typed = _price_moved_by(q, ctx, _money_kind(q, ctx))
    if typed and (moved := _result_moved_by(q, ctx, typed)):
        return moved
    if typed and _takings_of_a_kind(q, ctx, typed):
        # (an end of a move keeps its side: revenue_to -> market_size_to)
        return "market_size", "market_size" + typed[1].removeprefix("revenue").removeprefix(
            "amount"
        )
    if (
        typed
        and typed[0] == "price_change"
        and (
            _SHARE_QUOTE.search(ctx.text, ctx.clause.start, ctx.clause.end)
            or _moves_a_quote_before(q, ctx)
        )
    ):
        return "price_change", f"share_{typed[1]}"
    if typed and typed[0] in ("unit_price", "price_change") and _beyond_any_price(q):
        return _amount_beyond_a_price(q, ctx)
    return typed


# No one thing (a chip, a server, a rack, a share) costs ten billion in any currency the corpus
# meets: the dearest rack is some tens of millions of CNY, a Korean one some billions of won.
_BEYOND_ANY_PRICE = 1e10


def _beyond_any_price(q: Quantity) -> bool:
    return max(v for v in (q.value, q.value_high) if v is not None) >= _BEYOND_ANY_PRICE


_NO_PRICE_CUES = tuple(c for c in _MONEY_CUES if c.fact_type not in ("unit_price", "price_change"))


def _amount_beyond_a_price(q: Quantity, ctx: _Context) -> tuple[str, str]:
    """ "全年預估上調到910至930億美元", "遠高於市場預測的1050億美元，…股價下跌", "股权的价值可高达
    220亿美元": an amount of tens of billions that a price word nearby (上调, 股价, 价值) would make
    the price of one thing measures what a measure word near it names, else what the last amount
    before it in its sentence part measures (资本支出240億美元…全年上調到…), else an outlay."""
    cue = _nearest_cue(ctx.text, q, ctx.clauses, ctx.i, _NO_PRICE_CUES)
    if cue is not None:
        return cue.fact_type, cue.metric
    start = _segment_span(ctx.clauses, ctx.i)[0]
    before = [o for o in ctx.own if o.kind == "money" and start <= o.char_start < q.char_start]
    if before:
        earlier = before[-1]
        typed = _money(earlier, replace(ctx, i=_clause_of(ctx.clauses, earlier.char_start)))
        if typed and typed[0] not in ("unit_price", "price_change"):
            return typed
    return "spend", "amount"


# What stands between an amount and its conversion into another currency: a bracket opened,
# then at most a word of converting or of approximation (营收100兆韩元(约新台币2.19兆元),
# 2万美元(折合约15.6万港元), "8 billion yuan ($1.13 billion)", "(about US$2 billion)").
_CONVERSION_OPENS = re.compile(
    r"\s*[(（]\s*(?:折合|约合|相当于|换算成?|合|即|约|大约"
    r"|(?:or\s+)?(?:about|around|roughly|approximately|approx\.|some|nearly|~))?\s*约?\s*",
    re.IGNORECASE,
)
# ... and the bracket closes right after it (a currency may follow the figure: 约合5595亿元人民币;
# a few words more, 约30亿元为补贴, say what part of the amount it is, in the same currency).
_CONVERSION_CLOSES = re.compile(r"[^()（）\d]{0,6}?[)）]")


def _converted_amount(q: Quantity, ctx: _Context) -> Quantity | None:
    """The amount `q` converts into another currency, when it stands in brackets right after
    it: a conversion measures what its amount measures, however near another measure's cue is
    (营收100兆韩元(约新台币2.19兆元)、营业利润50兆韩元 — the 2.19兆 is revenue, not operating
    profit)."""
    before = [o for o in ctx.own if o.kind == "money" and o.char_end <= q.char_start]
    if not before or before[-1].unit == q.unit:
        return None
    amount = before[-1]
    if not (
        _CONVERSION_OPENS.fullmatch(ctx.text, amount.char_end, q.char_start)
        and _CONVERSION_CLOSES.match(ctx.text, q.char_end)
    ):
        return None
    return amount


def _moves_a_quote_before(q: Quantity, ctx: _Context) -> bool:
    """ "收报656港元，跌1港元", "closed at HK$656, down HK$1": a clause that is only a move,
    right after a clause quoting a share's price, moves that share's price."""
    if not _ONLY_A_MOVE.fullmatch(ctx.text, ctx.clause.start, q.char_start):
        return False
    return _money_of_the_clause_before(ctx) == ("unit_price", "share_price")


def _money_of_the_clause_before(ctx: _Context) -> _Typed:
    """How the last amount of money is typed when it stands in the clause right before the
    quantity's; None when it stands elsewhere or there is none."""
    before = [o for o in ctx.own if o.kind == "money" and o.char_end <= ctx.clause.start]
    if ctx.i == 0 or not before or _clause_of(ctx.clauses, before[-1].char_start) != ctx.i - 1:
        return None
    return _money(before[-1], replace(ctx, i=ctx.i - 1))


# What a clause holds before its figure when it states only a move: 跌, 再涨, 下跌了, "down by".
_ONLY_A_MOVE = re.compile(
    r"\s*(?:再|又|仅|只|大|小|微)?(?:跌|涨|漲|升|降|下跌|上涨|上漲|下挫|上升|下降)了?\s*"
    r"|\s*(?:(?:and|but)\s+)?(?:down|up|lower|higher)(?:\s+by)?\s*",
    re.IGNORECASE,
)


# "Adjusted earnings came to $4.78 per share": earnings named before an amount per share, in any
# of the words a results story gives them.
_EARNINGS_BEFORE = re.compile(r"\b(?:earnings|income|profit)\b|盈利|收益|盈余|纯益", re.I)
# "the most expensive stock in China at 1,464 yuan apiece": an amount apiece of a share.
_APIECE_AFTER = re.compile(r"\s*apiece\b", re.I)


def _per_share_earnings(q: Quantity, ctx: _Context) -> _Typed:
    """ "净利润升至187.8亿美元(每股摊薄后0.76美元)", "net income of $1.2 billion, or $0.76 per
    diluted share", "Adjusted earnings came to $4.78 per share": an amount per share where the
    nearest money measure is earnings, or earnings are named before it in its clause. An amount
    apiece of a stock the clause names ("the most expensive stock … at 1,464 yuan apiece") is the
    share's price."""
    before = ctx.text[ctx.clause.start : q.char_start]
    if _APIECE_AFTER.match(ctx.text, q.char_end) and _SHARES.search(before):
        return "unit_price", "share_price"
    if not (_PER_SHARE_BEFORE.search(before) or _PER_SHARE_AFTER.match(ctx.text, q.char_end)):
        return None
    cue = _money_cue(ctx.text, q, ctx.clauses, ctx.i)
    if cue is not None and cue.fact_type == "earnings":
        return "earnings", "eps"
    return ("earnings", "eps") if cue is None and _EARNINGS_BEFORE.search(before) else None


def _price_moved_by(q: Quantity, ctx: _Context, typed: _Typed) -> _Typed:
    """ "server prices fell $2,000 to $28,000": the amount a price verb moved by is a change of
    the price, not a price (the amount after "to" stays the level)."""
    if typed is None or typed[0] != "unit_price" or typed[1].endswith(("_from", "_to")):
        return typed
    moved = _moved_by(_just_before(q, ctx))
    return ("price_change", f"price_{moved}") if moved else typed


# A verb a result moves by, right before the amount: 净利润减少31亿美元, 营收增加12亿元, "a decline
# of $371 million", "down $286 million", "rose by $2 billion" (增长至, "to $X" name the level).
_RESULT_MOVED_BY = re.compile(
    r"(?:增加|增长|上升|提升|提高|减少|下降|下滑|降低)了?(?:约|近|逾|超过?)?\s*$"
    r"|\b(?:an?\s+)?(?:increase|rise|gain|jump|decline|decrease|drop|fall|reduction)\s+of\s+"
    r"(?:about\s+|nearly\s+|roughly\s+|more\s+than\s+)?$"
    r"|\b(?:up|rose|increased|grew|down|fell|declined|decreased|dropped)(?:\s+by)?"
    r"(?:\s+(?:about|nearly|almost|roughly|more\s+than|over))?\s*$",
    re.I,
)


def _result_moved_by(q: Quantity, ctx: _Context, typed: tuple[str, str]) -> _Typed:
    """ "净利润减少31亿美元", "Operating cash flow of $1.14 billion, a decline of $371 million": the
    amount a company's result moved by is that result's change, not its level (the sign of the
    move is the fact's, `_make_fact`); the writers store it as the measure, signed."""
    if typed[1] not in _MOVING_RESULTS or not _RESULT_MOVED_BY.search(_just_before(q, ctx)):
        return None
    return typed[0], typed[1] + "_change"


def _english_share_move(q: Quantity, ctx: _Context) -> tuple[str, str] | None:
    """ "shares closed up $3 at $140": $3 is the move, $140 the price the move ended at."""
    if not _SHARES.search(ctx.text, ctx.clause.start, q.char_start):
        return None
    before = _just_before(q, ctx)
    if moved := _moved_by(before):
        return "price_change", f"share_price_{moved}"
    to = _SHARE_MOVED_TO.search(before)
    if to and (to["after"] or _SHARE_MOVED_BY.search(before, 0, to.start())):
        return "unit_price", "share_price"
    return None


# A clause that names only a high or a low before its amount: 最低曾探至, 近12个月最高价,
# "hitting a low of".
_ONLY_A_HIGH_OR_LOW = re.compile(
    r"\s*(?:近\S{0,6}?|年内|盘中|日内|期间|上市以来)?(?:最高|最低)(?:价|点)?(?:曾|一度)?"
    r"(?:探|触|冲|跌|升|涨|见|报|达)?(?:至|到|了)?(?:为|是|:|：)?\s*"
    r"|\s*(?:(?:and|after|before|while)\s+)?(?:(?:hit|hitting|touched|touching|reached|reaching"
    r"|at|to)\s+)?(?:an?\s+)?(?:52-week\s+|intraday\s+|all-time\s+|record\s+)?(?:high|low)"
    r"\s+of\s*",
    re.IGNORECASE,
)


def _a_shares_high_or_low(q: Quantity, ctx: _Context) -> bool:
    """ "英伟达股价年内已下跌32%，最低曾探至86.6美元", "收盘价45.70元；近12个月最高价67.87元",
    "shares fell 32%, hitting a low of $86.62": a high or a low named on its own, after a
    share's price or move earlier in the sentence, is that share's price, not a product's."""
    if not _ONLY_A_HIGH_OR_LOW.fullmatch(ctx.text, ctx.clause.start, q.char_start):
        return False
    start = ctx.clauses[0].start
    return bool(
        _SHARE_QUOTE.search(ctx.text, start, ctx.clause.start)
        or _SHARES.search(ctx.text, start, ctx.clause.start)
    )


def _just_before(q: Quantity, ctx: _Context) -> str:
    """The few words of its clause that lead up to the figure (where a move's verb stands)."""
    return ctx.text[max(ctx.clause.start, q.char_start - 40) : q.char_start]


def _moved_by(before: str) -> str | None:
    """ "increase" or "decrease" when `before` ends with a verb of moving by (rose, fell by…)."""
    moved = _SHARE_MOVED_BY.search(before) or _MOVED_BY_ZH.search(before)
    return None if moved is None else ("increase" if moved["up"] else "decrease")


def _money_kind(q: Quantity, ctx: _Context) -> tuple[str, str] | None:
    if _a_spread(ctx.text, q, ctx.clause):
        # "costs anywhere from $1.47 … to $6.88 on-demand": both ends measure what a move's
        # ends would, and neither is a start or an end.
        base_type, metric = _from_to_type(ctx.text, q, ctx.clauses, ctx.i, ctx.mentions)
        return base_type, metric.removesuffix("_to")
    if _moves_from(ctx.text, q, ctx.clause) or _is_to(ctx.text, q, ctx.clause):
        base_type, metric = _from_to_type(ctx.text, q, ctx.clauses, ctx.i, ctx.mentions)
        per_time = bool(q.per and _PER_TIME.fullmatch(q.per))
        if base_type in ("unit_price", "cost") and (
            per_time or _rates_in_segment(q, ctx.clauses, ctx.i, ctx.own)
        ):
            # "costs $2 an hour now, versus $8 a year ago": both ends of a move of a rate; "from
            # $6.03/hr": a price per hour is a rent whichever end of a move it is.
            return "unit_price", "rental_price" + metric[metric.rindex("_") :]
        return _moved_from_an_earlier_measure(q, ctx, metric) or (base_type, metric)
    if q.per and _PER_TIME.fullmatch(q.per):
        return _measure_by_the_year(q, ctx) or ("unit_price", "rental_price")
    if q.per == "股" or _a_shares_high_or_low(q, ctx):
        return "unit_price", "share_price"  # 1595.88元/股: a share's price, not a price change
    if set_against := _set_against_the_amount_before(q, ctx):
        return set_against
    cue = (
        _measure_named_after(q, ctx)
        or _topic_labelled(q, ctx)
        or _money_cue(ctx.text, q, ctx.clauses, ctx.i)
        or _listed_after_a_measure(q, ctx)
    )
    if cue and cue.metric == "rental_price":
        return "unit_price", "rental_price"  # 月租金约为7万元/台: a rent, counted per server
    if cue and cue.fact_type == "price_change" and _a_level_reached(q, ctx):
        # "价格已回落至2.2万美元": the level the price fell to, not the size of the fall; "资本支出
        # 上调到910亿美元": the level of the measure the clause names.
        measure = _nearest_cue(
            ctx.text, q, [ctx.clause], 0, _MEASURES_MOVING
        ) or _measure_moving_before(ctx.text, q, ctx.clauses, ctx.i)
        if measure is not None and measure.fact_type != "unit_price":
            return measure.fact_type, measure.metric
        return "unit_price", _price_or_rent(ctx.text, q, ctx.clauses, ctx.i, ctx.mentions)
    if q.per or (cue and cue.metric == "price"):
        if not q.per and _rates_in_segment(q, ctx.clauses, ctx.i, ctx.own):
            # "rented for $4.70 per hour and the price later peaked above $8": the same rate.
            return "unit_price", "rental_price"
        return "unit_price", _price_or_rent(ctx.text, q, ctx.clauses, ctx.i, ctx.mentions)
    return _money_by_cue(q, ctx, cue)


def _a_level_reached(q: Quantity, ctx: _Context) -> bool:
    """ "上调至17.1亿元", "上调至17.1亿元及56亿元": a level a move reaches, the first or a later one
    listed after it, not the size of the move."""
    return bool(
        _TO.search(ctx.text, ctx.clause.start, q.char_start)
        or _TO_THEN_AND.search(ctx.text, ctx.clause.start, q.char_start)
    )


# A clause that only names what its amount is of before it: "天数智芯为", "Sugon's", "而新华三约".
_NAME_ONLY_BEFORE = re.compile(r"\s*(?:而|和|及|and\s+)?[^\d，,。；;:：]{1,14}$", re.I)


def _listed_after_a_measure(q: Quantity, ctx: _Context) -> Cue | None:
    """ "沐曦股份市值为2406亿元，壁仞科技为859亿港元，天数智芯为446亿港元": an amount whose clause
    only names whose it is, in a run of such clauses of one amount each after a clause naming a
    money measure, is the next item of that list and measures the same."""
    if not _NAME_ONLY_BEFORE.match(ctx.text, ctx.clause.start, q.char_start):
        return None
    for index in range(ctx.i - 1, -1, -1):
        clause = ctx.clauses[index]
        if clause.segment != ctx.clause.segment:
            return None
        amounts = [o for o in ctx.own if clause.start <= o.char_start < clause.end]
        if len(amounts) != 1 or amounts[0].kind != "money":
            return None
        named = _nearest_cue(ctx.text, amounts[0], [clause], 0, _NAMED_MONEY_CUES)
        if named is not None:
            return named
    return None


# A sentence opening on its topic: "资本开支方面，", "在营收方面,", "As for capital expenditure,",
# "On capex,", "In terms of revenue,".
_TOPIC_LABEL = re.compile(
    r"\s*(?:在|就)?(?P<zh>[^，,。；;:：\d]{1,12}?)方面\s*[，,:：]"
    r"|\s*(?:as (?:for|to|regards)|on|in terms of|turning to)\s+(?P<en>[^,.;:\d]{1,40}?)\s*[,:]",
    re.I,
)


def _topic_labelled(q: Quantity, ctx: _Context) -> Cue | None:
    """An amount whose own clause names no measure, in a sentence that opens on a money measure
    as its topic ("资本开支方面，…今年首3季累计595.66亿元，低于市场预期的800亿元，市场关注集团的
    投入力度"), measures that topic, not what a later clause names."""
    return _label_cue(q, ctx, _MONEY_CUES)


def _label_cue(q: Quantity, ctx: _Context, cues: Sequence[Cue]) -> Cue | None:
    """The cue of `cues` the sentence's topic label names, when the quantity's own clause names
    none of them."""
    if _nearest_cue(ctx.text, q, [ctx.clause], 0, cues) is not None:
        return None
    label = _TOPIC_LABEL.match(ctx.text, ctx.clauses[0].start, q.char_start)
    if label is None:
        return None
    start, end = label.span("zh") if label.group("zh") else label.span("en")
    return next((c for c in cues if c.pattern.fullmatch(ctx.text, start, end)), None)


def _labelled_level(q: Quantity, ctx: _Context) -> _Typed:
    """ "毛利率方面，三季度录得5.6%，前三季度为4.9%，同比下滑1.8个百分点", "As for gross margin,
    it was 41%, down 2 points": a percent whose own clause names no measure, in a sentence that
    opens on a rate as its topic, is that rate (`_points` reads points moving it), whatever
    a later clause's verb says."""
    if _nearest_cue(ctx.text, q, [ctx.clause], 0, _PERCENT_CUES):
        return None
    level = _label_cue(q, ctx, _LEVEL_CUES)
    if level is None or level.fact_type != "share":
        return None
    return level.fact_type, level.metric


# A clause setting its amount against the one before: "，高于上一轮融资时的180亿元", ", above the
# $18 billion of its last round", "，低于市场预期的800亿元".
_AGAINST_BEFORE = re.compile(
    r"\s*(?:仍|也|还|远|略|稍|大幅|明显)*"
    # (", well ahead of the $3.95 estimate": an English degree before the comparison.)
    r"(?:(?:well|far|just|slightly|comfortably|handily)\s+)?"
    r"(?:高于|低于|超过|超出|不及|少于|多于|above|below|short of"
    r"|ahead of|higher than|lower than)",
    re.I,
)


def _set_against_the_amount_before(q: Quantity, ctx: _Context) -> _Typed:
    """An amount in a clause that sets it against the amount of the clause before ("估值升至约
    210亿元，高于上一轮融资时的180亿元") measures what that amount measures, whatever a word of its
    own description names (融资时, "of its last funding round")."""
    if not _AGAINST_BEFORE.match(ctx.text, ctx.clause.start):
        return None
    typed = _money_of_the_clause_before(ctx)
    if typed is None or typed[1] == "amount":
        return None
    return typed[0], typed[1].removesuffix("_from").removesuffix("_to")


# The measures a figure before a move may be, other than a price.
_COMPANY_MONEY = ("spend", "earnings", "market_size", "valuation")


def _moved_from_an_earlier_measure(q: Quantity, ctx: _Context, metric: str) -> _Typed:
    """ "$21.8 billion for the full year, down from earlier guidance of $23.5 billion": an end of
    a move that no price word names, after an amount of a company's money in its sentence,
    measures what that amount measures (the move is of that measure)."""
    if not metric.startswith("price_") or _nearest_cue(
        ctx.text, q, ctx.clauses, ctx.i, _PRICE_CUES
    ):
        return None
    side = metric[metric.rindex("_") :]
    earlier = [o for o in ctx.own if o.kind == "money" and o.char_end <= q.char_start]
    for other in reversed(earlier):
        typed = _money(other, replace(ctx, i=_clause_of(ctx.clauses, other.char_start)))
        if typed is None or typed[0] not in _COMPANY_MONEY:
            return None
        if typed[1] != "amount":  # (an amount no cue names says nothing: look further back)
            return typed[0], typed[1].removesuffix("_from").removesuffix("_to") + side
    return None


_PRICE_CUES = tuple(c for c in _MONEY_CUES if c.fact_type in ("unit_price", "price_change"))


# A long unit of time an amount may be counted by ("180亿美元/年", "$2 billion a year").
_PER_LONG_TIME = re.compile(r".*(?:year|年|month|月)", re.I)


def _measure_by_the_year(q: Quantity, ctx: _Context) -> _Typed:
    """ "中国市场贡献了15%的营收（约180亿美元/年）": a company's takings or outlay counted by the
    year or the month, outside talk of renting, is that measure, no rent."""
    if not _PER_LONG_TIME.fullmatch(q.per or "") or _about_renting(ctx.text, ctx.clauses, ctx.i):
        return None
    cue = _money_cue(ctx.text, q, ctx.clauses, ctx.i)
    if cue is None or cue.fact_type not in ("spend", "earnings", "market_size"):
        return None
    return cue.fact_type, cue.metric


def _money_by_cue(q: Quantity, ctx: _Context, cue: Cue | None) -> tuple[str, str]:
    """A money figure no move, rate or price word has decided: what its cue names."""
    if cue and cue.metric == "cost" and _costs_one_unit(q, ctx):
        # ("H100 per GPU-hour costs $2", 每小时费用为3美元: the cost of an hour is a rent.)
        return "unit_price", _price_or_rent(ctx.text, q, ctx.clauses, ctx.i, ctx.mentions)
    if cue and cue.fact_type == "price_change" and _about_renting(ctx.text, ctx.clauses, ctx.i):
        # "租赁价格每卡每小时上涨3元": a rent's move, which a chip's price index must not read.
        return "price_change", "rental_" + cue.metric
    if cue is None and _rates_in_segment(q, ctx.clauses, ctx.i, ctx.own):
        # "At $2.35, the rate sits 38% above its low of $1.70/hr": an amount no cue names, set
        # beside a rent, is the same rent.
        return "unit_price", "rental_price"
    if cue is None and _sized_earlier_in_segment(q, ctx):
        return "market_size", "market_size"
    if cue and cue.metric == "revenue" and _takings_of_a_market(q, ctx):
        return "market_size", "market_size"
    return (cue.fact_type, cue.metric) if cue else ("spend", "amount")


# A market said to be large ("中国AI芯片市场庞大", "市场空间广阔", "the Chinese market for AI chips
# is huge"): what a clause about its size says it is worth follows.
_A_MARKET = re.compile(
    r"市场(?:规模|空间|潜力)?(?:非常|十分|极为|相当|很|极|更|仍)?(?:庞大|巨大|广阔|可观|广大)"
    r"|\bmarket\b[^.;,$]{0,40}?\b(?:is|are|was|remains|looks)\s+(?:very\s+|so\s+|still\s+)?"
    r"(?:huge|large|vast|massive|big|enormous|sizable)\b",
    re.I,
)


def _takings_of_a_market(q: Quantity, ctx: _Context) -> bool:
    """ "中国AI芯片市场庞大，未来数年销售额可达500亿美元", "The market for AI chips is huge and
    sales could reach $50 billion": takings said right after a market is called large, with no
    company named from that market to the amount, are the market's, its size."""
    first = (
        ctx.i - 1 if ctx.i > 0 and ctx.clauses[ctx.i - 1].segment == ctx.clause.segment else ctx.i
    )
    start = ctx.clauses[first].start
    market = _A_MARKET.search(ctx.text, start, q.char_start)
    if market is None:
        return False
    return not any(
        m.entity.kind in ("vendor", "organization") and start <= m.start < q.char_start
        for m in ctx.mentions
        if not m.is_source
    )


# A market named as what takes money (not a region's market, 国际市场收入, which is a company's
# sales there; not the market's expectations, 市场普遍估计, "the market consensus").
_MARKET_WORD = re.compile(
    r"(?<!国际|海外|国内|境外|中国|美国|欧洲|日本|全球|本地|本土|大陆|内地)市场"
    r"(?!普遍|一致|预期|预估|估计|共识|人士|价|份额|占有率|估值|情绪|注视|关注|瞩目)"
    r"|\b(?:the|this|that|whole|global|worldwide)\s+(?:[\w-]+\s+){0,2}?market\b"
    r"(?!\s+(?:share|price|value|cap|consensus|expectations?|watchers|participants)\b)",
    re.I,
)
# The takings of an industry or of a kind of machine: 产业营收, "x86服务器收入", "server
# revenue", "global server spending" (what all buyers spend on servers is what the market
# takes), "revenue from x86 servers".
_KIND_TAKINGS = re.compile(
    r"(?:产业|行业|服务器|伺服器)(?:的)?(?:总|整体)?(?:收入|营收|销售额)"
    r"|\b(?:server|market|industry)(?:'s)?\s+(?:total\s+)?(?:revenue|sales|spending)\b"
    r"|\b(?:revenue|sales)\s+(?:from|of)\s+(?:[\w-]+\s+){0,2}?servers\b",
    re.I,
)
# A market said to take, grow or reach an amount: "服务器市场在AI需求推动下高速扩张", "这一市场将
# 突破", "the market is expected to pass".
_MARKET_SIZED = re.compile(
    r"[^，,。；;：:]{0,14}?(?:规模|收入|营收|销售额|将|预计|有望|达|突破|增长|增至|扩张|扩大|从)"
    r"|[^,.;:]{0,30}?\b(?:is|was|will|would|could|should|has|have|grew|grow|reach|hit|pass|took"
    # ("Global server market soars 91%, reaching $77.3 billion", "the market has almost doubled
    # in size…, with revenue of $314.2 billion")
    r"|take|soar|rose|rise|climb|jump|surge|expand|doubl|tripl)",
    re.I,
)
_REVENUE = frozenset({"revenue", "revenue_from", "revenue_to"})
_AMOUNT = frozenset({"amount", "amount_from", "amount_to"})
# A company's own takings, whichever market it sells in: 公司营收, "the company's revenue".
_COMPANY_WORD = re.compile(r"公司|集团|本司|\b(?:company|firm|group|its|their)\b", re.I)
# What "its" or "their" stands for when a market or a kind of machine is named just before it
# ("GPU servers kept their lead", "the whole market: its size"): that market or those machines,
# no company; but takings called "its"/"their" ("servers lifted their revenue") are a seller's.
_MARKET_OR_MACHINES_BEFORE = re.compile(
    r"\b(?:market|industry|sector|segment|servers|machines|systems)\b:?\s+(?:[a-z-]+\s+){0,2}$",
    re.I,
)
_TAKINGS_AFTER = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:revenues?|sales|income|earnings|profits?)\b", re.I
)


def _names_a_company(text: str, start: int, end: int) -> bool:
    """A company word between `start` and `end` ("公司营收", "the company's revenue", "its
    revenue"), other than an "its"/"their" that stands for a market or machines named before it."""
    for word in _COMPANY_WORD.finditer(text, start, end):
        if (
            word.group().lower() not in ("its", "their")
            or _TAKINGS_AFTER.match(text, word.end())
            or not _MARKET_OR_MACHINES_BEFORE.search(
                text, max(start, word.start() - 40), word.start()
            )
        ):
            return True
    return False


def _takings_of_a_kind(q: Quantity, ctx: _Context, typed: tuple[str, str]) -> bool:
    """ "x86服务器收入同比增长32.8%，达到763亿美元", "Worldwide server revenue climbed to $125.3
    billion", "这一市场将突破240亿美元": revenue in a sentence about a market, an industry or a
    kind of machine, or an amount no cue names in a clause about a market, where no company is
    named before the figure, sizes that market (a company's own revenue names the company, 公司
    or "its")."""
    start = ctx.clauses[0].start
    if typed[0] != "spend":
        return False
    if typed[1] in _REVENUE:
        about = _market_sized(ctx, start, q.char_start) or _KIND_TAKINGS.search(
            ctx.text, start, q.char_start
        )
    else:
        about = typed[1] in _AMOUNT and (
            _market_sized(ctx, ctx.clause.start, q.char_start)
            or _KIND_TAKINGS.search(ctx.text, start, q.char_start)
        )
    about = about or (typed[1] in _REVENUE | _AMOUNT and _machines_reaching(q, ctx))
    if not about or _names_a_company(ctx.text, start, q.char_start):
        return False
    return not any(
        m.entity.kind in ("vendor", "organization") and m.start < q.char_start
        for m in ctx.mentions
        if not m.is_source
    )


# A kind of machine as what reaches an amount (GPU服务器达到43亿美元, "Non-x86 machines grew
# far faster, jumping 146.4% to $55.5 billion"); not one firm's line of business, however many
# products it names (服务器业务, 服务器及部件业务), nor the firms that make them (伺服器代工厂,
# "server makers").
_MACHINE_KIND = re.compile(
    r"(?:服务器|伺服器)(?!(?:[及和与、][^，,。；;\d]{1,4}?)?(?:业务|部门|板块|产品线))"
    r"(?!厂|代工|制造|供应商|品牌|企业|公司)"
    r"|\b(?:servers|machines)\b(?!(?:\s+(?:and|&)\s+[\w-]+)?\s+(?:business|segment|division|unit)\b)"
    r"(?!\s+(?:makers?|vendors?)\b)",
    re.I,
)


def _machines_reaching(q: Quantity, ctx: _Context) -> bool:
    """A kind of machine, or a market said to grow or reach, named in the figure's sentence part
    with nothing named before the figure but markets: the amount it reaches sizes that market or
    the machines' part of it ("Global server market soars 91%, reaching $77.3 billion"); a named
    chip's or firm's servers are that one's."""
    start = _segment_span(ctx.clauses, ctx.i)[0]
    if not (
        _MACHINE_KIND.search(ctx.text, start, q.char_start)
        or _market_sized(ctx, start, q.char_start)
    ):
        return False
    return not any(
        m.entity.kind != "market" and m.start < q.char_start
        for m in ctx.mentions
        if not m.is_source
    )


def _market_sized(ctx: _Context, start: int, end: int) -> bool:
    """A market between `start` and `end` that the words right after it say takes, grows or
    reaches an amount (not "备受市场注视的业务", the market's attention)."""
    market = _MARKET_WORD.search(ctx.text, start, end)
    return market is not None and bool(_MARKET_SIZED.match(ctx.text, market.end(), end))


_MARKET_SIZE_CUES = tuple(c for c in _MONEY_CUES if c.metric == "market_size")


def _sized_earlier_in_segment(q: Quantity, ctx: _Context) -> bool:
    """ "市场规模预计为1,251亿美元，2025年将扩大到1,587亿美元，到2028年有望达到2,227亿美元":
    an amount no cue names, in a run of clauses after one naming a market's size, sizes
    that market at another time (when only amounts of money lie between)."""
    sized = [
        c
        for c in ctx.clauses[: ctx.i]
        if c.segment == ctx.clause.segment
        and any(cue.pattern.search(ctx.text, c.start, c.end) for cue in _MARKET_SIZE_CUES)
    ]
    if not sized:
        return False
    start = sized[-1].start
    return all(o.kind == "money" for o in ctx.own if start <= o.char_start < q.char_start)


# What a 上调/下调 to a level can move besides a price: a named company money measure.
_MEASURES_MOVING = tuple(
    c
    for c in _MONEY_CUES
    if c.metric in ("price", "capex", "revenue", "investment", "spending", "net_profit")
)


def _measure_named_after(q: Quantity, ctx: _Context) -> Cue | None:
    """ "The ban cost NVIDIA $8 billion of Q2 revenue", "损失80亿美元的营收": a company measure
    named right after the amount is what the amount measures, whatever verb comes before."""
    of = _OF_MEASURE_AFTER.match(ctx.text, q.char_end, ctx.clause.end)
    if of is None:
        return None
    named = [c for c in _MEASURES_MOVING if c.metric != "price"]
    end = ctx.clause.end
    starts = _after_describing_words(ctx.text, of.end(), end)
    return next((c for s in starts for c in named if c.pattern.match(ctx.text, s, end)), None)


# A word describing a measure: "potential", "lost", 潜在, 新增.
_DESCRIBING_WORD = re.compile(r"[A-Za-z0-9-]+\s+|[^\W\d_A-Za-z]{2}")


def _after_describing_words(text: str, start: int, end: int) -> list[int]:
    """Where the measure may start after up to two describing words ("$15 billion in potential
    sales", "80亿美元的潜在营收")."""
    starts = [start]
    for _ in range(2):
        word = _DESCRIBING_WORD.match(text, starts[-1], end)
        if word is None:
            break
        starts.append(word.end())
    return starts


def _costs_one_unit(q: Quantity, ctx: _Context) -> bool:
    """`The H200 costs $30,000`, 每张成本X: the cost of one unit is its price."""
    return _a_product_costs(ctx.text, q, ctx.clause, ctx.mentions, ctx.own) or bool(
        _PER_UNIT_BEFORE.search(ctx.text, ctx.clause.start, q.char_start)
    )


_Typed = tuple[str, str] | None


def _percent(q: Quantity, ctx: _Context) -> _Typed:
    """Growth (YoY, QoQ, CAGR, price change), shares and rates, levels moving between two values:
    the first rule of `_PERCENT_RULES` (then of `_PERCENT_CUE_RULES`, which read the nearest
    percent cue) that decides."""
    for rule in _PERCENT_RULES:
        if typed := rule(q, ctx):
            return typed
    cue = _nearest_cue(ctx.text, q, ctx.clauses, ctx.i, _PERCENT_CUES)
    for cue_rule in _PERCENT_CUE_RULES:
        if typed := cue_rule(q, ctx, cue):
            return typed
    return _named_share(q, ctx, cue)


def _points(q: Quantity, ctx: _Context) -> _Typed:
    if q.unit != "percentage_points":
        return None
    # "毛利率环比下降1.2个百分点": points change the level named; they are no growth rate.
    level = _nearest_cue(ctx.text, q, ctx.clauses, ctx.i, _LEVEL_CUES) or _label_cue(
        q, ctx, _LEVEL_CUES
    )
    if level and level.fact_type == "share":
        return "pct_change", level.metric + "_change"
    # Points are always a change, never a level: "3.4 percentage points more than in 2023".
    cue = _nearest_cue(ctx.text, q, ctx.clauses, ctx.i, _PERCENT_CUES)
    return "pct_change", cue.metric if cue and cue.fact_type == "pct_change" else "change"


def _compared(q: Quantity, ctx: _Context) -> _Typed:
    after = _COMPARED_AFTER.match(ctx.text, q.char_end)
    if not (after or _COMPARATIVE_BEFORE.search(ctx.text, ctx.clause.start, q.char_start)):
        return None
    # "13% lower than a year earlier", "24% above the previous quarter": a change.
    cue = (after and _base_named_after(q, after.end(), ctx)) or _nearest_cue(
        ctx.text, q, ctx.clauses, ctx.i, _CHANGE_CUES
    )
    if cue is None and _rates_in_segment(q, ctx.clauses, ctx.i, ctx.own):
        # "At $2.35, the rate sits 38% above its low of $1.70/hr": a rent set against a rent.
        return "pct_change", "price_change_pct"
    return "pct_change", cue.metric if cue else "growth"


# How far past a figure's comparative its base is looked for ("more than in the same quarter of
# last year"), short of the next figure.
_BASE_AFTER_WINDOW = 40
_A_FIGURE = re.compile(r"\d")


def _base_named_after(q: Quantity, compared_end: int, ctx: _Context) -> Cue | None:
    """The period a figure's own comparative sets it against ("36% more than a year earlier and
    20% more than in the previous quarter": the 20% is against the previous quarter), read before
    the nearest base, which may close the figure before it."""
    end = min(ctx.clause.end, compared_end + _BASE_AFTER_WINDOW)
    if figure := _A_FIGURE.search(ctx.text, q.char_end, end):
        end = figure.start()
    found = _cues_found(_PERIOD_CHANGE_CUES, ctx.text[q.char_end : end])
    return min(found, key=lambda f: f[0])[2] if found else None


# A verb that cuts something by a part: "训练时间压缩一半", "成本节省1/3", "cuts costs by a
# third", "halves … in half" (the words between may name what is cut).
_CUT_BY_PART_BEFORE = re.compile(
    r"(?:压缩|缩短|节省|节约|省下|省去|削减|缩减|减少|降低|砍掉|减掉)(?:了|约|近|逾|超过)?\s*$"
    r"|\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|trim(?:s|med|ming)?"
    r"|slash(?:es|ed|ing)?|shr[iau]nk(?:s|ing)?)\b[^.;,]{0,40}?"
    r"\b(?:by|in)\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|roughly\s+)?$",
    re.I,
)


def _cut_by_a_part(q: Quantity, ctx: _Context) -> _Typed:
    """A fraction a cutting verb takes off ("压缩一半", "节省三分之一", "cut by a third") is the
    size of a fall, not a part of a whole."""
    if not is_fraction(q) or not _CUT_BY_PART_BEFORE.search(
        ctx.text, ctx.clause.start, q.char_start
    ):
        return None
    priced = _price_context(ctx.text, ctx.clauses, ctx.i)
    return "pct_change", "price_change_pct" if priced else "growth"


# What a buyer saves or is given off a price: "单台年租金可节省50%", "spot instances save 50-90%",
# "discounts of up to 60%", "takes 30% off the hourly rate", "up to 91% off on-demand".
_SAVED_BEFORE = re.compile(
    r"(?:节省|节约|省下|省去|省)(?:了|约|近|逾|超过|高达|达|多达)?\s*$"
    r"|\b(?:sav(?:e|es|ed|ing)|discounts?\s+of|discounted\s+by)\s+"
    r"(?:up\s+to\s+|about\s+|roughly\s+|nearly\s+|as\s+much\s+as\s+|more\s+than\s+)?$",
    re.I,
)
_OFF_AFTER = re.compile(r"\s*off\b(?!\s+(?:the\s+)?(?:coast|shore|site))", re.I)
# What is saved when it is no money: time, energy, space; or a part "of" something named.
_SAVED_NO_MONEY = re.compile(r"\b(?:time|hours|energy|power|space)\b|^\s+of\b", re.I)


def _saved_off_a_price(q: Quantity, ctx: _Context) -> _Typed:
    """A saving or a discount is a fall: of a price where the clause speaks of prices, or where
    it is "off" something or a discount, or an English saving of nothing named (money); of
    whatever is saved otherwise. (A fraction saved is `_cut_by_a_part`'s.)"""
    if q.kind != "percent" or q.unit != "percent" or is_fraction(q):
        return None
    off = _OFF_AFTER.match(ctx.text, q.char_end)
    saved = _SAVED_BEFORE.search(ctx.text, ctx.clause.start, q.char_start)
    if not off and not saved:
        return None
    if off or _price_context(ctx.text, ctx.clauses, ctx.i) or "discount" in saved.group(0).lower():
        return "pct_change", "price_change_pct"
    english = saved.group(0).isascii()
    named = _SAVED_NO_MONEY.search(ctx.text[q.char_end : ctx.clause.end]) or (
        _SAVED_NO_MONEY.search(ctx.text, ctx.clause.start, q.char_start)
    )
    return "pct_change", "price_change_pct" if english and not named else "growth"


def _part_of_a_whole(q: Quantity, ctx: _Context) -> _Typed:
    if is_fraction(q) and not _nearest_cue(
        ctx.text, q, ctx.clauses[ctx.i : ctx.i + 1], 0, _PERCENT_CUES
    ):
        # "…下滑逾两成,半数以上的订单来自网络业者": a part of a whole is a share.
        return "share", "share"
    return None


# A trading session named with a move (全日上升2.1%, 全天涨幅, not 全天产量; "finished the day …
# up 3%", "slipped after hours", "closed Thursday 2% higher"): only a traded share moves over a
# session.
_A_SESSION = re.compile(
    r"全[日天](?=[上下]?[升涨跌降挫]|收[涨跌高低]|[涨跌]幅)"
    r"|\b(?:finish|end|close)(?:ed|es|s)? (?:the (?:day|session)|(?:on )?(?:Mon|Tues|Wednes|Thurs"
    r"|Fri)day)\b|\bafter[- ]hours\b|\b(?:extended|pre-?market|after-hours) trading\b",
    re.I,
)
# A clause that only moves, an adverb of the session and a qualifier allowed (一度重挫逾5%,
# "up 3.25%"): it moves what the clause before it names.
_A_BARE_MOVE = re.compile(
    r"\s*(?:(?:and|but)\s+)?(?:(?:up|down|higher|lower)(?:\s+(?:by\s+)?)?"
    r"(?:about|around|nearly|almost|more than|over)?"
    r"|(?:一度|随后|其后|最多|盘中)?(?:再|又|仅|只|大|小|微|重|急|狂)?"
    r"(?:跌|涨|升|降|挫|下跌|上涨|下挫|上升|下降|走低|走高)了?(?:逾|约|近|超过?)?)\s*",
    re.I,
)


def _share_moved(q: Quantity, ctx: _Context, cue: Cue | None) -> _Typed:
    """ "股价上涨了171%", "Its shares fell 3%", 全日上升2.1%: a rise or fall of a traded share, or
    over a trading session, named before it in the clause is the share's move, not a chip's price
    change nor a result's growth; so is a clause that only moves after a clause naming one
    (盘后股价走低，一度重挫逾5%; "finished the day at 1,372 yuan, up 3.25%")."""
    if cue is None or cue.metric not in ("growth", "price_change_pct"):
        return None
    start = ctx.clause.start
    before = ctx.clauses[ctx.i - 1] if ctx.i > 0 else None
    if (
        before is not None
        and before.segment == ctx.clause.segment
        and _A_BARE_MOVE.fullmatch(ctx.text, start, q.char_start)
    ):
        start = before.start
    share = _SHARE_MOVE_CUE.pattern.search(ctx.text, start, q.char_start) or _A_SESSION.search(
        ctx.text, start, q.char_start
    )
    return (_SHARE_MOVE_CUE.fact_type, _SHARE_MOVE_CUE.metric) if share else None


def _share_of_the_part(q: Quantity, ctx: _Context, cue: Cue | None) -> _Typed:
    if cue is None and _PART_START.match(ctx.text, ctx.clause.start):
        # "…营收达X;其中数据中心业务贡献近九成": a part's percent is its share of the whole.
        level = _earlier_cue(ctx.text, q, ctx.clauses, ctx.i, _LEVEL_CUES)
        if level and level.fact_type == "share":
            return level.fact_type, level.metric
    return None


def _level_reached(q: Quantity, ctx: _Context, cue: Cue | None) -> _Typed:
    before = ctx.text[ctx.clause.start : q.char_start]
    if _TO.search(before) and not re.search(r"从|由|from", before, re.IGNORECASE):
        # "国产化率将提升至50%以上", "下降三个百分点至28%": the level reached, not a growth.
        level = _nearest_cue(ctx.text, q, ctx.clauses, ctx.i, _LEVEL_CUES)
        moved = cue is None or cue.metric in ("growth", "price_change_pct")
        if level and (moved or _points_moved_before(q, ctx)):
            if level.metric == "growth_rate":
                # "同比增速达到34%", "营收环比增幅提升至15%": a rate of change reaching a figure
                # is that change, of the kind its clause marks (a growth rate when none).
                return _which_growth(q, ctx, level) or (level.fact_type, level.metric)
            return _named_share(q, ctx, level)
    return None


def _points_moved_before(q: Quantity, ctx: _Context) -> bool:
    """ "占收入的比例按年增加8.1个百分点至21.5%", "gross margin rose 2 points year on year to
    30%": after a move in points, the percent reached is the level, whatever marks the move."""
    return any(
        o.unit == "percentage_points" and ctx.clause.start <= o.char_start < q.char_start
        for o in ctx.own
    )


def _level_moving(q: Quantity, ctx: _Context, cue: Cue | None) -> _Typed:
    moving = _moves_from(ctx.text, q, ctx.clause) or _is_to(ctx.text, q, ctx.clause)
    if moving and (
        cue is None
        or cue.fact_type != "pct_change"
        or cue.metric == "growth"
        or (cue.metric == "price_change_pct" and _share_named_before(q, ctx))
    ):
        # "份额从95%下降至80%": a share (or rate) moving between two levels.
        level = _nearest_cue(ctx.text, q, ctx.clauses, ctx.i, _LEVEL_CUES)
        fact_type, metric = _named_share(q, ctx, level)
        suffix = "_from" if _moves_from(ctx.text, q, ctx.clause) else "_to"
        return fact_type, metric + suffix
    return None


_SHARE_LEVEL_CUES = tuple(c for c in _LEVEL_CUES if c.fact_type == "share")


def _share_named_before(q: Quantity, ctx: _Context) -> bool:
    """ "研发投入占营收的比例从上年的42.1%大幅回落至12.3%": a share named before the figure in its
    sentence part is what falls or climbs between the two levels, whatever verb of a price
    (回落, 骤降, plunged) marks the move."""
    start = _segment_span(ctx.clauses, ctx.i)[0]
    return any(c.pattern.search(ctx.text, start, q.char_start) for c in _SHARE_LEVEL_CUES)


def _years_level(q: Quantity, ctx: _Context, cue: Cue | None) -> _Typed:
    """ "自给率将从2023年的10%提升至2027年的50%": each percent is the level of its year, whatever
    the verb between them."""
    if (cue is None or cue.fact_type == "pct_change") and _YEARS_LEVEL_BEFORE.search(
        ctx.text, ctx.clause.start, q.char_start
    ):
        level = _nearest_cue(ctx.text, q, ctx.clauses, ctx.i, _LEVEL_CUES)
        if level and level.fact_type == "share":
            return _named_share(q, ctx, level)
    return None


# A plus written before a percent (营收58.50亿元(+2.41%), 同比+45.21%, "| +51% |"), where no
# digit, letter or percent before it makes it a sum: a rise, never a level or a part.
_PLUS_BEFORE = re.compile(r"(?<![0-9A-Za-z%.])[+＋]\s?$")
_GROWTH_CUE = next(c for c in _CHANGE_CUES if c.metric == "growth")


def _plus_signed(q: Quantity, ctx: _Context, cue: Cue | None) -> _Typed:
    """A plus-signed percent is a change whatever cue stands nearest (营收58.50亿元(+2.41%): the
    营收 before it names what rose, not a whole the figure is part of); which change it is, the
    clause says as for a growth verb."""
    if q.unit != "percent" or not _PLUS_BEFORE.search(
        ctx.text, max(0, q.char_start - 3), q.char_start
    ):
        return None
    if cue is not None and cue.fact_type == "pct_change":
        return None  # (同比+45.21%: the cue already says which change)
    return _which_growth(q, ctx, _GROWTH_CUE) or ("pct_change", "growth")


# A price named right before the marker that dates its move (租赁价格同比, 均价预计环比): the
# figure after it is that price's change. (股价 is a share's, read by `_share_moved`.)
_PRICE_DATED_BEFORE = re.compile(
    r"(?:价格|单价|均价|合约价|报价|售价|租价|租金)(?:预计|预期|将|或将?|可能|也|则|亦|再)?"
    r"(?:同比|环比|较去年同期|较上年同期|较上季|较上月)"
)


def _price_dated(q: Quantity, ctx: _Context, cue: Cue | None) -> _Typed:
    """ "租赁价格同比上涨15%-20%", "DRAM平均单价预计同比上涨58%": a price's move keeps the price's
    metric whichever base dates it, as the size of a price's move does ("均价同比涨幅")."""
    if cue is None or cue.metric not in ("growth", "yoy_growth", "qoq_growth"):
        return None
    if _PRICE_DATED_BEFORE.search(ctx.text, ctx.clause.start, q.char_start):
        return "pct_change", "price_change_pct"
    return None


def _which_growth(q: Quantity, ctx: _Context, cue: Cue | None) -> _Typed:
    if cue is not None and cue.metric == "growth_rate":
        # ("同比增长率为12%": a marker in the clause says which rate.)
        marked = _nearest_cue(ctx.text, q, [ctx.clause], 0, _PERIOD_CHANGE_CUES)
        return (marked.fact_type, marked.metric) if marked else None
    if cue is _MOVE_SIZE_CUE and not _price_context(ctx.text, ctx.clauses, ctx.i):
        # "资本支出环比降幅约为32%", "净利润同比跌幅为12%": the size of a move a period marker in
        # its clause dates is that growth of what the clause measures; a price's stays a price's.
        marked = _nearest_cue(ctx.text, q, [ctx.clause], 0, _PERIOD_CHANGE_CUES)
        return (marked.fact_type, marked.metric) if marked else None
    if cue is None or cue.metric != "growth":
        return None
    if (q.per or "").lower() in ("year", "年"):
        return "pct_change", "yoy_growth"  # "grow by only 1.9% a year": an annual rate
    # "较上年同期扩大41%": a year-on-year (or quarter-on-quarter) marker anywhere in the clause
    # says which growth a bare growth verb is.
    compared = _nearest_cue(ctx.text, q, [ctx.clause], 0, _PERIOD_CHANGE_CUES) or _compared_first(
        q, ctx
    )
    if compared:
        return compared.fact_type, compared.metric
    if _price_context(ctx.text, ctx.clauses, ctx.i):
        return "pct_change", "price_change_pct"
    if _a_results_growth(q, ctx):
        return "pct_change", "yoy_growth"
    return None


def _a_results_growth(q: Quantity, ctx: _Context) -> bool:
    """ "净利润大增55%", "net profit jumped 30%", "国际市场收入达208亿元，大升43%": a result's
    growth with no base named is on the same period a year before, as results are reported; not
    a change over several years ("未来三年增长20%", "over the past five years")."""
    start = ctx.clause.start
    if ctx.i > 0 and _ONLY_A_MOVE.fullmatch(ctx.text, start, q.char_start):
        start = ctx.clauses[ctx.i - 1].start  # (a clause that only moves moves the one before)
    if not _RESULT_MEASURE.search(ctx.text, start, q.char_start):
        return False
    segment = [c for c in ctx.clauses if c.segment == ctx.clause.segment]
    return not _YEARS_SPANNED.search(ctx.text, segment[0].start, segment[-1].end)


# The results a company reports period by period (not a share's price, not a market's size).
_RESULT_MEASURE = re.compile(
    r"收入|营收|销售额|营业额|净利|纯利|溢利|盈利|利润|净亏损"
    r"|\b(?:revenues?|sales|net income|profits?|earnings|net loss)\b",
    re.I,
)


# A span of several years a change may be over: 未来三年, 过去五年, 近年来, 多年来, "over the next
# three years", "in recent years", "since 2020".
_YEARS_SPANNED = re.compile(
    r"(?:未来|今后|过去|近|这)[一二两三四五六七八九十几数\d]+年|近年|多年|年来"
    r"|\b(?:over|in|within|during) the (?:next|coming|past|last|previous) (?:[\w-]+ )?years\b"
    r"|\bin recent years\b|\bsince (?:19|20)\d\d\b",
    re.I,
)


def _compared_first(q: Quantity, ctx: _Context) -> Cue | None:
    """ "与去年相比，出货量增加了30%", "Compared with a year earlier, sales rose 12%": a clause
    with no figure of its own that opens on the base sets the base of the growth after it, across
    figureless asides between ("Compared with the previous quarter, however, revenue slipped
    2%")."""
    for lead in reversed(ctx.clauses[: ctx.i]):
        if lead.segment != ctx.clause.segment or any(
            lead.start <= o.char_start < lead.end for o in ctx.own
        ):
            return None
        if cue := _nearest_cue(ctx.text, q, [lead], 0, _PERIOD_CHANGE_CUES):
            return cue
    return None


def _named_share(q: Quantity, ctx: _Context, cue: Cue | None) -> tuple[str, str]:
    """What the cue says; a bare share verb (占据, accounts for) yields to the kind of share its
    clause names ("占据11%的市场份额" is a market share)."""
    if cue is None:
        return "share", "share"
    if cue.fact_type == "share" and cue.metric == "share":
        named = _nearest_cue(ctx.text, q, [ctx.clause], 0, _SHARE_KIND_CUES) or _share_labelled(
            q, ctx
        )
        if named:
            return "share", named.metric
        return _share_listed_before(q, ctx) or ("share", _share_of_a_market(q, ctx))
    return cue.fact_type, cue.metric


def _share_of_a_market(q: Quantity, ctx: _Context) -> str:
    """ "中国服务器市场呈三分之势：通用服务器约占58%，AI服务器占28%", "In the server market, ARM
    machines took 12%": a bare share in a sentence part that names a market before it (not a
    region's market, not the market's expectations) is a part of that market; after a semicolon
    ("市场规模为90亿美元;其中训练卡占比约六成") the part is of what the amount counts."""
    start = _segment_span(ctx.clauses, ctx.i)[0]
    if _MARKET_WORD.search(ctx.text, start, q.char_start):
        return "market_share"
    return "share"


def _share_labelled(q: Quantity, ctx: _Context) -> Cue | None:
    """ "以市占率计，A约占62%，B合计约35%", "By market share, A holds 62% and B 35%": a clause of
    its sentence that only names a kind of share (no figure of its own) labels the shares after
    it."""
    for clause in reversed(ctx.clauses[: ctx.i]):
        if clause.segment != ctx.clause.segment:
            break
        if any(clause.start <= o.char_start < clause.end for o in ctx.own):
            continue
        named = _nearest_cue(ctx.text, q, [clause], 0, _SHARE_KIND_CUES)
        if named is not None:
            return named
    return None


# The kinds of share a list of those that divide a whole runs on (…市占率23%, B占19%; 营收占比
# 80%, 游戏占10%), unlike a margin, which a part that follows does not share.
_LISTED_SHARES = ("market_share", "revenue_share")


def _share_listed_before(q: Quantity, ctx: _Context) -> _Typed:
    """ "墨西哥占全球比重23%，台灣占11.6%": a bare share after a named one of its sentence is
    the next of the same list, not a part of the first one (其中…占30%)."""
    if _PART_START.match(ctx.text, ctx.clause.start):
        return None
    typed = _earlier_percent_typed(ctx)
    return typed if typed and typed[0] == "share" and typed[1] in _LISTED_SHARES else None


def _earlier_percent_typed(ctx: _Context) -> _Typed:
    """How the last percent of the sentence before the quantity's clause is typed, if any."""
    earlier = [o for o in ctx.own if o.kind == "percent" and o.char_end <= ctx.clause.start]
    if not earlier:
        return None
    other = earlier[-1]
    return _percent(other, replace(ctx, i=_clause_of(ctx.clauses, other.char_start)))


# "$306 million, or 19 percent": an amount restated as a percent of a whole (revenue) is a share.
_AMOUNT_RESTATED_BEFORE = re.compile(
    r"(?:[$¥€]\s?[\d.,]+\s?(?:[mb]illion|bn|m)?|[\d.,]+\s?(?:[万亿]+)?(?:美元|元))\s*,\s*or\s*$",
    re.I,
)


def _amount_restated(q: Quantity, ctx: _Context) -> _Typed:
    if _OF_AFTER.match(ctx.text, q.char_end):
        return None  # "or 29 percent of revenue": the cue after it names the whole
    if _AMOUNT_RESTATED_BEFORE.search(ctx.text, max(0, q.char_start - 40), q.char_start):
        return "share", "share"
    return None


_OF_AFTER = re.compile(r"\s+of\b", re.I)


def _halved(q: Quantity, ctx: _Context) -> _Typed:
    """ "租价几近腰斩", "prices halved": a fall by half, the price's when a price is spoken of."""
    if not HALVING.fullmatch(q.surface):
        return None
    priced = _price_context(ctx.text, ctx.clauses, ctx.i)
    return "pct_change", "price_change_pct" if priced else "growth"


# A band a forecast is given within: "营收将达650亿美元(±2%)", 上下浮动0.5%, 正负2%, "plus or
# minus 2%". (A ± written right before the figure is kept out of its surface.)
_BAND_BEFORE = re.compile(
    r"(?:[±]|\+/-|上下(?:浮动|波动)|正负|plus or minus|give or take)\s*(?:约|大约|about)?\s*$", re.I
)


def _guidance_band(q: Quantity, ctx: _Context) -> _Typed:
    """The width of a forecast's band (±2%, 上下浮动2%) is how far the outcome may stray either
    way: a change of the forecast figure, unsigned, never a share of the revenue it bands."""
    if not _BAND_BEFORE.search(ctx.text, max(ctx.clause.start, q.char_start - 16), q.char_start):
        return None
    return "pct_change", "guidance_band"


# A clause that sets its figure against the one before: "，而去年同期为60%", ", against about
# 20% in mid-2025", "，相較去年的15%", ", versus 95% before the ban".
_SET_AGAINST = re.compile(
    r"\s*(?:而|相比|相较于?|较之|对比|against|versus|vs\.?|compared (?:with|to)|as against)"
    # "，比2024年全年的53.48%略有改善", "，较去年同期的30%": 比/较 before the base's 的 figure;
    # ", from 9.5% in the fourth quarter": a base that no "to" in the clause makes a move's start.
    r"|\s*(?:比|较)(?=[^，,。；;]{0,16}的\s*\d)"
    r"|\s*from(?=\s+[\d.]+\s*(?:%|percent)(?!(?:[^,;.]|\.\d)*\bto\b))"
    # "毛利率6.33%，优于首季的6.11%，也接近去年同期的6.42%": a rate set above, below or near one.
    r"|\s*(?:也|亦|仍|还|略|稍|远|均)*(?:优于|好于|高于|低于|逊于|不及|接近|胜于)"
    r"|\s*(?:(?:and|but|also|still|well|slightly)\s+)*(?:above|below|short of|close to)\b",
    re.I,
)


def _set_against(q: Quantity, ctx: _Context) -> _Typed:
    """A percent set against an earlier one of its sentence, with no cue of its own, measures what
    that one measures at another time: "营收占比达到88%，而去年同期为60%" is a revenue share too."""
    if not _SET_AGAINST.match(ctx.text, ctx.clause.start):
        return None
    typed = _earlier_percent_typed(ctx)
    if typed is None or typed[0] not in ("share", "pct_change"):
        return None
    if _nearest_cue(ctx.text, q, [ctx.clause], 0, _PERCENT_CUES) and not (
        typed[0] == "share" and _only_the_bases_time(ctx)
    ):
        return None
    return typed[0], typed[1].removesuffix("_to").removesuffix("_from")


# When a base was (去年同期, 上年同期, "in the year-ago quarter", "a year earlier"): a time, not a
# growth, in a clause that sets a level against the one before.
_BASES_TIME = re.compile(
    r"(?:去年|上年|前年)(?:同期)?|同期|year[- ]ago|prior[- ]year"
    r"|(?:a|one) year (?:earlier|ago|before)",
    re.I,
)


def _only_the_bases_time(ctx: _Context) -> bool:
    """Whether the clause names no percent cue once the time of its base is left out: "，而去年
    同期为60%" and ", compared with 11.8% in the year-ago quarter" set a level against a level;
    "，而同比增长30%" still names a growth."""
    clause = _BASES_TIME.sub(" ", ctx.text[ctx.clause.start : ctx.clause.end])
    return not any(cue.pattern.search(clause) for cue in _PERCENT_CUES)


# "以7.2%和6.5%的市占率", "with 7.2% and 6.5% shares": the next percents of a list, up to the
# noun they share.
_MORE_PERCENTS_AFTER = re.compile(
    r"(?:\s*(?:和|与|及|、|,|，|and)\s*[\d.]+\s*%)+\s*(?:的\s*)?(?:(?:market\s+)?shares?\b)?", re.I
)


def _listed_before_its_noun(q: Quantity, ctx: _Context) -> _Typed:
    """Percents listed before the one noun they share (分别以7.2%和6.5%的市占率) are all that
    noun's, whatever verb stands nearer the first."""
    listed = _MORE_PERCENTS_AFTER.match(ctx.text, q.char_end, ctx.clause.end)
    if listed is None or listed.end() == q.char_end:
        return None
    if re.search(r"shares?\b", listed.group(0), re.I):
        return "share", "market_share"
    noun = next(
        (
            c
            for c in _PERCENT_CUES
            if c.fact_type == "share" and c.pattern.match(ctx.text, listed.end())
        ),
        None,
    )
    return _named_share(q, ctx, noun) if noun else None


# A group a percent counts a part of, right after it: "六成企业净利润同比走高", "超五成的上市公司",
# "40% of the companies surveyed", "a third of respondents".
_GROUP_AFTER = re.compile(
    r"\s*(?:的)?(?:企业|公司|上市公司|厂商|受访者|受访企业|用户|客户|机构|投资者)"
    r"|\s*of\s+(?:the\s+|all\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:companies|firms|respondents|users|customers|businesses|enterprises|vendors)\b",
    re.I,
)


def _part_of_a_group(q: Quantity, ctx: _Context) -> _Typed:
    """A percent of a group of firms or people ("六成企业净利润同比走高", "40% of the companies
    surveyed raised prices") counts a part of that group: a share, whatever the group's members
    did (a growth, a rise) is said of them, not of the figure."""
    if q.unit != "percent" or not _GROUP_AFTER.match(ctx.text, q.char_end, ctx.clause.end):
        return None
    # ("营收增长40%的企业": a growth the firms made, which the group does not part.)
    moved = _nearest_cue(ctx.text, q, [ctx.clause], 0, _CHANGE_CUES)
    return (
        None
        if moved and _cues_before(ctx.text, ctx.clause.start, q.char_start)
        else ("share", "share")
    )


def _cues_before(text: str, start: int, end: int) -> bool:
    return any(c.pattern.search(text, start, end) for c in _CHANGE_CUES)


# A percent set against a price or a rate right after it: "30% above the published hourly
# rates", "takes 40% off the list price", "come in 40–60% cheaper".
_PRICE_SET_AGAINST_AFTER = re.compile(
    r"\s*(?:(?:higher|lower|more|less|above|below|under|over|off)\b[^.;,]{0,40}?"
    r"\b(?:prices?|pricing|rates?|quotes?)\b|(?:cheaper|dearer|pricier|(?:more|less) expensive)\b)",
    re.I,
)
# "比挂牌价便宜40%", "较官方报价高出30%", "比公有云租金低约五成": against a price or a rent
# before it.
_PRICE_SET_AGAINST_BEFORE = re.compile(
    r"(?:比|较)[^，,。；;]{0,12}?(?:价|租金)[^，,。；;]{0,4}?(?:高|低|便宜|贵)(?:出|了)?(?:约|近|逾)?\s*$"
)


def _against_a_price(q: Quantity, ctx: _Context) -> _Typed:
    """A percent a price or a rate is set against ("real bills run 30–50% above the published
    rates", "比挂牌价便宜40%") is a price's change, not a growth of the period nor a share."""
    if q.unit != "percent":
        return None
    if _PRICE_SET_AGAINST_AFTER.match(ctx.text, q.char_end, ctx.clause.end) or (
        _PRICE_SET_AGAINST_BEFORE.search(ctx.text, ctx.clause.start, q.char_start)
    ):
        return "pct_change", "price_change_pct"
    return None


_PERCENT_RULES: tuple[Callable[[Quantity, _Context], _Typed], ...] = (
    _halved,
    _guidance_band,
    _points,
    _labelled_level,
    _listed_before_its_noun,
    _saved_off_a_price,
    _set_against,
    _part_of_a_group,
    _against_a_price,
    _compared,
    _cut_by_a_part,
    _part_of_a_whole,
    _amount_restated,
)
_PERCENT_CUE_RULES: tuple[Callable[[Quantity, _Context, Cue | None], _Typed], ...] = (
    _share_moved,
    _plus_signed,
    _share_of_the_part,
    _level_reached,
    _level_moving,
    _years_level,
    _price_dated,
    _which_growth,
)


# 近12个月最高价, 52周最低, 30日均价, "a 52-week high", "the 30-day average": the window a
# statistic of a price or a rate is taken over.
_STATISTIC_WINDOW_AFTER = re.compile(
    r"(?:内|以来|来)?\s*(?:的)?\s*(?:最高|最低|新高|新低|高点|低点|均价|均值|平均|移动平均|滚动)"
    r"|\s?(?:(?:rolling|moving|trailing)\s)?(?:highs?|lows?|average|mean)\b",
    re.I,
)


# "三年累计亏损超63亿元", "近三年半净亏损合计…", "首3年累計投資": the years a sum adds up over,
# told right before the sum, are its span (its period when the text names the years), not a
# length anything has. (A length a thing takes stays: 研发周期三年, 三年内回本; so does the
# window a multiple is reached in, 两年翻倍, "tripled in 18 months", read as both claims.)
_SPAN_OF_A_TOTAL_AFTER = re.compile(
    r"\s*(?:内|之内|以内|里|间|来)?\s*(?:累计|合计|共计|总计|净?亏损)"
)


def _duration(q: Quantity, ctx: _Context) -> tuple[str, str] | None:
    """Lead, development, training and doubling times; price windows."""
    if _restates_years(q, ctx) or _tells_time(q, ctx):
        return None
    if (
        _LOOKING_AHEAD_BEFORE.search(ctx.text, ctx.clause.start, q.char_start)
        or _RATE_SPAN_AFTER.match(ctx.text, q.char_end)
        or _STATISTIC_WINDOW_AFTER.match(ctx.text, q.char_end)
    ):
        # A forecast's horizon, a compound rate's span and the window a high, a low or an
        # average is taken over: none of them measures anything itself.
        return None
    qualified = _noun_qualified(q, ctx)
    if qualified is None and _spread_over(q, ctx):
        return None
    cue = qualified or _nearest_cue(ctx.text, q, ctx.clauses, ctx.i, _DURATION_CUES)
    if (
        _LOOKING_BACK_BEFORE.search(ctx.text, ctx.clause.start, q.char_start)
        or _LOOKING_BACK_AFTER.match(ctx.text, q.char_end)
        or _NEAR_WINDOW_AFTER.match(ctx.text, q.char_end)
        and _NEAR_BEFORE.search(ctx.text, ctx.clause.start, q.char_start)
    ):
        # "过去三年,…", "一年来…": the span a story looks back over is no claim, unless a price
        # moved within it ("过去一年,租金下降了60%"); a lead time that shrank over the past year
        # is the 52 and 20 weeks, not the year.
        return ("duration", "price_window") if cue and cue.metric == "price_window" else None
    if _SPAN_OF_A_TOTAL_AFTER.match(ctx.text, q.char_end):
        return None
    return (cue.fact_type, cue.metric) if cue else ("duration", "duration")


# 近两年内, 近一年里: the latest years, a window looked back over (近 alone is as often "nearly":
# 研发周期近两年 is how long it took).
_NEAR_BEFORE = re.compile(r"(?<![将接靠])近\s*$")
_NEAR_WINDOW_AFTER = re.compile(r"\s*(?:之内|以内|内|里|內)")


# "invest 380 billion yuan over three years", "三年内投入500亿元": the span an outlay is spread
# over is the plan's horizon (when), not a length anything has.
# (首3年, 头两年, 前五年: the first years of a plan, a window, whatever is said of them.)
_HORIZON_BEFORE = re.compile(
    r"\b(?:over|across|within|during)\s+(?:the\s+)?(?:(?:next|coming|following)\s+)?$"
    r"|(?:首|头|前)$",
    re.I,
)
# ("三年投入3800亿元", "三年累计投资…": the outlay's verb right after the span.)
_HORIZON_AFTER = re.compile(
    r"\s*(?:内|之内|里|间|期间|(?:累计|合计|共计|共|总共|将|拟|计划)?\s*(?=投入|投资|支出|开支))"
)
_OUTLAY = re.compile(r"invest|spend|capex|capital expenditure|outlay|投入|投资|支出|开支", re.I)


def _spread_over(q: Quantity, ctx: _Context) -> bool:
    """Whether a length of time is the span a sum of money in its part of the sentence is spent
    over."""
    if not (
        _HORIZON_BEFORE.search(ctx.text, ctx.clause.start, q.char_start)
        or _HORIZON_AFTER.match(ctx.text, q.char_end)
    ):
        return False
    start, end = _segment_span(ctx.clauses, ctx.i)
    spent = any(o.kind == "money" and start <= o.char_start < end for o in ctx.own)
    return spent and bool(_OUTLAY.search(ctx.text, start, end))


def _noun_qualified(q: Quantity, ctx: _Context) -> Cue | None:
    """ "the price of a one-year H100 contract", "三年期租约": a length written as a modifier
    (hyphened, or with 期) measures the noun it qualifies (a word or two on), whatever cue stands
    nearer."""
    qi_follows = ctx.text.startswith("期", q.char_end)  # (三年期: 期 is never in the surface)
    if not qi_follows and not HYPHENED_SPAN.search(q.surface):
        return None
    start = q.char_end + 1 if qi_follows else q.char_end
    start += len(ctx.text[start : ctx.clause.end]) - len(ctx.text[start : ctx.clause.end].lstrip())
    for at in _after_describing_words(ctx.text, start, ctx.clause.end):
        cue = next((c for c in _DURATION_CUES if c.pattern.match(ctx.text, at)), None)
        if cue is not None:
            return cue
    return None


# Spans that tell the time of a story, not a length anything took or takes: "2024年一年就达到10.7
# 亿元" (that year alone, the year again), "2024年是收获颇丰的一年" (the year as a noun), "Two years
# on, that market is gone" (the time since, opening a sentence) and "三年之内不会出现泡沫" (the
# horizon of a forecast that something will not, or will still, be so; but "价格4年内都不会变",
# the price holding all through the span (都), is how long it holds).
# (前一年/上一年: the year before, a period; 提前一年, a year early, stays a span. 较前一个月减少
# 15%: the month before, the base of a month's change, is a time as much.)
_A_YEAR_BEFORE = re.compile(r"(?:(?:19|20)\d\d\s?年\s?(?:这|這)?|(?<!提)前|上)\s*$")
_THE_MONTH_BEFORE = re.compile(r"(?:(?<!提)前|上)\s*$")
_THE_YEAR_AS_A_NOUN = (re.compile(r"的\s*$"), re.compile(r"\s*(?:[，,。；;！!？?」”\n]|$)"))
_TIME_SINCE_AFTER = re.compile(r"\s+(?:on|later)\s*[,，]", re.I)
_OPENING_THE_CLAUSE = re.compile(r"[\s\"'“‘]*(?:(?:some|about|nearly|almost|just)\s+)?", re.I)
# "revenue for the three months rose 10%", "inventories held steady in the three months to June",
# "截至2025年6月30日止三个月", "截至9月底的六个月": a span named with "the" (or ended 止, a 截至
# date's) is a reporting period, told as a time, not a length anything has. ("the last three
# weeks of the quarter", "over the next two years" keep their spans; so does "the three-year plan",
# a length qualifying its noun.)
_THE_PERIOD_BEFORE = re.compile(r"\bthe\s+$|止\s*$|截至[^，,。；;]{1,14}的\s*$", re.I)
_HORIZON_OF_A_FORECAST_AFTER = re.compile(
    r"\s?(?:之内|以内|内|之內|以內|內)[^，,。；;都]{0,8}?"
    r"(?:不会|不會|不太可能|不大可能|不可能|不至于|不至於|依然|仍然|仍将|仍將)"
)


def _tells_time(q: Quantity, ctx: _Context) -> bool:
    text = ctx.text
    start = ctx.clause.start
    if q.value == 1 and (
        (q.unit == "years" and _A_YEAR_BEFORE.search(text, start, q.char_start))
        or (q.unit == "months" and _THE_MONTH_BEFORE.search(text, start, q.char_start))
    ):
        return True
    before, after = _THE_YEAR_AS_A_NOUN
    if (
        q.unit == "years"
        and before.search(text, max(0, q.char_start - 2), q.char_start)
        and (after.match(text, q.char_end))
    ):
        return True
    if _THE_PERIOD_BEFORE.search(text, max(start, q.char_start - 20), q.char_start) and not (
        HYPHENED_SPAN.search(q.surface)
    ):
        return True
    opens = _OPENING_THE_CLAUSE.fullmatch(text, ctx.clause.start, q.char_start)
    return bool(
        (opens and _TIME_SINCE_AFTER.match(text, q.char_end))
        or _HORIZON_OF_A_FORECAST_AFTER.match(text, q.char_end)
    )


def _restates_years(q: Quantity, ctx: _Context) -> bool:
    """ "2022年至2024年三年加总": a number of years right after a span of as many years is that
    span again (its period), no duration."""
    spanned = _YEARS_SPANNED_BEFORE.search(ctx.text, ctx.clause.start, q.char_start)
    if not spanned or q.unit != "years":
        return False
    return q.value == int(spanned.group("last")) - int(spanned.group("first")) + 1


# "路透社引述三名知情人士报道", "4名知悉采购讨论的人士", "其中1人指出", "three people familiar with
# the matter said": the people a story is told by are its sources, not a measure of anything.
# (A count of 人士, whatever describes them, or of people who speak in the clause; staff, members
# and subscribers counted stay: 员工1126人, 9名核心技术人员, 吸引47.1万人认购.)
_PERSONS = frozenset({"名", "位", "个", "個", "人"})
_SOURCES_COUNTED_AFTER = re.compile(
    r"[^，,。；;：:！!？?\d]{0,20}?人士"
    r"|\s*(?:也|还|還|均|都|则|則|亦)?\s*(?:说|說|表示|指出|透露|称|稱|强调|強調|补充|補充|报道|報道|报导|報導)"
)
_PERSONS_EN = frozenset({"people", "persons", "sources"})
_SOURCES_COUNTED_EN = re.compile(
    r"\s+(?:familiar|with\s+(?:direct\s+)?knowledge|briefed|close\s+to|said|say|told)\b",
    re.I,
)


def _sources_counted(q: Quantity, ctx: _Context) -> bool:
    if q.classifier in _PERSONS:
        return bool(_SOURCES_COUNTED_AFTER.match(ctx.text, q.char_end, ctx.clause.end))
    if (q.classifier or "").lower() in _PERSONS_EN:
        return bool(_SOURCES_COUNTED_EN.match(ctx.text, q.char_end, ctx.clause.end))
    return False


def _count(q: Quantity, ctx: _Context) -> tuple[str, str] | None:
    """Shipments, chips, servers, companies, people… from the noun counted."""
    if _sources_counted(q, ctx):
        return None
    before = ctx.text[ctx.clause.start : q.char_start]
    if _SHIPMENTS.search(before) or _shipped_as_told(q, ctx):
        return "count", "shipments"
    if _listed(q, ctx):
        return None
    metric = _count_metric(ctx.text, q, ctx.clause, ctx.mentions)
    if metric == "count":
        # "AI server shipments … rise by 20%, and it raised its forecast to 1.67 million units":
        # what is counted may be named earlier in the sentence.
        counted = _nearest_cue(
            ctx.text, q, ctx.clauses[: ctx.i + 1], ctx.i, [_COUNTED[0]]
        ) or _earlier_cue(ctx.text, q, ctx.clauses, ctx.i, _COUNTED)
        if counted:
            return "count", counted.metric
        return _counted_alike(q, ctx) or _servers_by_tai(q, ctx) or ("count", metric)
    return "count", metric


# "about 4 million cards were shipped in China": the shipping verb told after the count, passive.
_SHIPPED_AFTER = re.compile(
    r"\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?:were|was|have been|has been|had been|are|is)\s+(?:\w+\s+)?"
    r"(?:shipped|delivered|sold)\b",
    re.I,
)


def _shipped_as_told(q: Quantity, ctx: _Context) -> bool:
    """A count told as shipped where its own clause names no shipping before it: a passive verb
    after it ("4 million cards were shipped"), or a clause just before in its segment that sets
    the count's measure as shipments ("按2024年出货量计算，昆仑芯以6.9万颗…", "Nvidia remained
    the biggest shipper, with about 2.2 million cards")."""
    if _SHIPPED_AFTER.match(ctx.text, q.char_end, ctx.clause.end):
        return True
    if ctx.i == 0 or ctx.clauses[ctx.i - 1].segment != ctx.clause.segment:
        return False
    earlier = ctx.clauses[ctx.i - 1]
    return bool(_SHIPPING_MEASURE.search(ctx.text, earlier.start, earlier.end))


# The measure a clause sets for the count after it: 按出货量计算 (counted by shipments), the
# biggest / largest shipper.
_SHIPPING_MEASURE = re.compile(
    r"按[^，,。；;]{0,12}(?:出货量|出货|销量)(?:计算|统计|计)|\b(?:biggest|largest|top|leading)"
    r" (?:[\w-]+ )?shippers?\b$",
    re.I,
)


def _servers_by_tai(q: Quantity, ctx: _Context) -> _Typed:
    """A bare 台 ("年产能120万台", "类CUDA生态设备为2214台") that nothing in its sentence names
    counts machines, and they are servers when its paragraph, or else the story's heading, speaks
    of servers and neither the paragraph before it nor its clause names another machine
    (笔电出货220万台，比上月多10万台; 1亿台智能手机)."""
    if q.classifier != "台":
        return None
    text = ctx.text
    paragraph = text[text.rfind("\n", 0, q.char_start) + 1 : q.char_start]
    named_after = _OTHER_MACHINES.search(text, q.char_end, ctx.clause.end)
    if _OTHER_MACHINES.search(paragraph) or named_after:
        return None
    heading = text[: text.find("\n")] if "\n" in text else ""
    if _SERVER_NOUN.search(paragraph) or _SERVER_NOUN.search(heading):
        return "count", "servers"
    return None


def _counted_alike(q: Quantity, ctx: _Context) -> _Typed:
    """ "出货量约3万至5万柜,明年倍增至5万到6万柜,甚至上看10万柜": a count in the measure word of
    an earlier count of its sentence counts what that one counts."""
    if not q.classifier:
        return None
    # ("compared with 200,000 units in 2024": a measure word naming nothing counts what the
    # count before it counts, whatever its word.)
    plain = bool(_NAMES_NOTHING.fullmatch(q.classifier))
    alike = [
        o
        for o in ctx.own
        if o.kind in ("count", "plain")
        and o.char_end <= q.char_start
        and (o.classifier == q.classifier or plain)
    ]
    for other in reversed(alike):
        typed = _CLASSIFIERS[other.kind](
            other, replace(ctx, i=_clause_of(ctx.clauses, other.char_start))
        )
        if typed and typed[0] == "count" and typed[1] != "count":
            return typed
    return None


# A measure word that names nothing counted: units, 个.
_NAMES_NOTHING = re.compile(r"\s*(?:units?|个)\s*", re.I)


# "A、B等8家企业", "包括A和B在内的8家": names given as examples (等, such as; 在内, including)
# are some of those counted, so the count says how many there are, a claim of its own.
_PARTIAL_LIST_BEFORE = re.compile(r"(?:等|在内的?)\s*$")


def _listed(q: Quantity, ctx: _Context) -> bool:
    """A few things counted that the text names right there are an enumeration, no claim:
    "NVLink和OAM两种", "两款芯片A100与H100", "两种途径:一是…"."""
    if _HARDWARE_COUNTED.fullmatch(q.classifier or ""):
        return False  # (two GPUs, 两颗裸晶: hardware counted is a measure, however listed)
    if _PARTIAL_LIST_BEFORE.search(ctx.text, ctx.clause.start, q.char_start):
        return False
    if _sums_up(q, ctx):
        return True
    if q.value >= 10:
        return False
    if _LISTED_BEFORE.search(ctx.text, ctx.clause.start, q.char_start):
        return True
    after = ctx.text[q.char_end : ctx.clause.end + 1]
    if _LISTED_AFTER.match(after):
        return True
    named = [m for m in ctx.mentions if q.char_end <= m.start < ctx.clause.end]
    if len(named) >= 2 and _AND.fullmatch(ctx.text, named[0].end, named[1].start):
        return True
    return _named_before(q, ctx)


def _sums_up(q: Quantity, ctx: _Context) -> bool:
    """ "北京、上海、…、南京10个算力中心": a count right after as many names as it counts (one
    more when the last two are joined by 和/与/及) sums that list up, however long."""
    listed = _LIST_BEFORE.search(ctx.text, ctx.clause.start, q.char_start)
    if not listed:
        return False
    names = listed.group(0).split("、")
    joined = any(word in names[-1] for word in ("和", "与", "及"))
    return q.value in (len(names), len(names) + joined)


def _named_before(q: Quantity, ctx: _Context) -> bool:
    """ "摩尔线程和沐曦…，两家公司分别…": a count opening its clause, pointed at (这两家, the two
    companies) or shared out (分别, each), names as many companies as the sentence named before
    it: those companies again, nothing counted."""
    opening = _POINTING_BEFORE.fullmatch(ctx.text, ctx.clause.start, q.char_start)
    if not opening or not (
        opening.group("pointer") or _SHARED_OUT_AFTER.match(ctx.text, q.char_end)
    ):
        return False
    earlier = {
        m.entity.canonical
        for m in ctx.mentions
        if ctx.clauses[0].start <= m.start < q.char_start
        and m.entity.kind in ("vendor", "organization")
        and not m.is_source
    }
    return len(earlier) >= q.value


def _bandwidth(q: Quantity, ctx: _Context) -> tuple[str, str] | None:
    """Memory or interconnect bandwidth."""
    cue = _nearest_cue(ctx.text, q, ctx.clauses, ctx.i, _BANDWIDTH_CUES)
    return "spec", cue.metric if cue else "bandwidth"


def _parameters(q: Quantity, ctx: _Context) -> tuple[str, str] | None:
    """A model's parameter count."""
    return "model_parameters", "parameters"


def _compute(q: Quantity, ctx: _Context) -> tuple[str, str] | None:
    """Training compute, peak compute by precision."""
    if q.unit in ("PF-days", "FLOP"):  # a total of operations, not a rate: what training used
        return "compute", "training_compute"
    cue = _nearest_cue(ctx.text, q, ctx.clauses, ctx.i, _COMPUTE_CUES)
    return "compute", cue.metric if cue else "compute"


def _data_size(q: Quantity, ctx: _Context) -> tuple[str, str] | None:
    """A card's memory or a dataset's size."""
    if any(
        m.entity.kind in PRODUCT_KINDS
        and (0 <= q.char_start - m.end <= 1 or 0 <= m.start - q.char_end <= 1)
        for m in ctx.mentions
    ):
        return "data_size", "memory"  # "A100 80GB", "an 80GB H100": the card's memory
    cue = _nearest_cue(ctx.text, q, ctx.clauses, ctx.i, _DATA_CUES)
    return "data_size", cue.metric if cue else "data_size"


def _ratio(q: Quantity, ctx: _Context) -> tuple[str, str] | None:
    """Doublings and multiples: price, performance, size, growth ratios."""
    compared = _LEVEL_COMPARED_AFTER.match(ctx.text, q.char_end)
    if _MULTIPLIED.match(q.surface) and not compared:
        if _doubles_every(q, ctx):
            return None  # "每3—4个月就要翻一倍": the claim is the doubling time
        return "ratio", _grown_or_priced(ctx)
    cues = _LEVEL_RATIO_CUES if compared else _RATIO_CUES
    cue = _nearest_cue(ctx.text, q, ctx.clauses, ctx.i, cues)
    if cue is None and is_fraction(q):
        # "Rates…slipped to $1.10 per GPU-hour, roughly half of what they fetched"
        return "ratio", "price_ratio" if _price_context(ctx.text, ctx.clauses, ctx.i) else "ratio"
    if cue is not None and cue.metric == "growth_ratio":
        return "ratio", _grown_or_priced(ctx)  # "价格上涨3倍": a price that grew is priced
    return "ratio", cue.metric if cue else "ratio"


# A verb that itself multiplies (翻倍, 倍增, doubled, tripled, quadrupled, grew threefold): the
# growth of what it is said of, whatever noun (算力需求, performance) names that.
_MULTIPLIED = re.compile(r"翻|倍增|doubl|tripl|quadrupl|[a-z]+fold$|一倍$", re.I)


def _grown_or_priced(ctx: _Context) -> str:
    """A multiple something grew by: a price's where the sentence speaks of prices."""
    return "price_ratio" if _price_context(ctx.text, ctx.clauses, ctx.i) else "growth_ratio"


def _doubles_every(q: Quantity, ctx: _Context) -> bool:
    """A doubling every N months ("每3个月翻一倍", "租金一年翻倍") states a doubling time; one
    within a window ("在过去2个月里翻了一倍") states both the window and the doubling."""
    clause = ctx.clause
    done = _DONE_OR_TO_BE.search(q.surface) is not None
    return any(
        o.kind == "duration"
        and clause.start <= o.char_start < clause.end
        and not _a_window(ctx.text, o, clause, done)
        for o in ctx.own
    )


# "capex tripled in 24 months", "on course to triple in size in three years": a multiplying verb
# that is done or yet to be (not "doubles in 18 months", a rule's doubling time) over "in N
# months/years" states the window it happened in, and the multiple with it.
_DONE_OR_TO_BE = re.compile(r"(?:ed|e|ing)$", re.I)
_IN_BEFORE = re.compile(r"\b(?:in|within)\s+(?:just\s+|only\s+|about\s+|under\s+)?$", re.I)


def _a_window(text: str, duration: Quantity, clause: _Clause, done: bool = False) -> bool:
    if _EVERY.search(text, clause.start, duration.char_start):
        return False
    return bool(
        _LOOKING_BACK_BEFORE.search(text, clause.start, duration.char_start)
        or _WINDOW_AFTER.match(text, duration.char_end)
        or (done and _IN_BEFORE.search(text, max(clause.start, duration.char_start - 14),
                                       duration.char_start))
    )  # fmt: skip


def _power(q: Quantity, ctx: _Context) -> tuple[str, str] | None:
    """Power draw: a chip's, a rack's or a data centre's IT load (`_POWER_CUES`). A rack is
    named before the figure or right after it (per rack, 每机柜); a site's megawatts (200 MW的新
    开发项目, a 300 MW campus) are its IT load, whatever racks its clause goes on to name."""
    cue = _nearest_cue(ctx.text, q, ctx.clauses, ctx.i, _POWER_CUES)
    if cue is None or cue.metric != "rack_power":
        return "spec", cue.metric if cue else "power"
    start = ctx.clauses[ctx.i - 1].start if ctx.i > 0 else ctx.clause.start
    if cue.pattern.search(ctx.text, start, q.char_start) or _PER_RACK_AFTER.match(
        ctx.text, q.char_end
    ):
        return "spec", "rack_power"
    sited = q.value >= 1e6 and _SITE_AFTER.match(ctx.text, q.char_end, ctx.clause.end)
    return "spec", "it_load" if sited else "power"


_PER_RACK_AFTER = re.compile(r"\s*(?:(?:per|a|each|/)\s*racks?\b|/\s*机柜|每个?机[柜架])", re.I)
# What follows megawatts of a site: 的新开发项目, 的数据中心, "campus", "of data centre capacity".
_SITE_AFTER = re.compile(
    r"\s*(?:的)?[^,，;；。]{0,6}?(?:项目|园区|数据中心|设施)"
    r"|\s*(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:campus|data cent(?:er|re)s?|facilit(?:y|ies)|sites?)\b",
    re.I,
)


def _process(q: Quantity, ctx: _Context) -> tuple[str, str] | None:
    """Process node."""
    return "spec", "process_node"


def _latency(q: Quantity, ctx: _Context) -> tuple[str, str] | None:
    """A latency in milliseconds (传输时延不超过20ms, a 5-millisecond response)."""
    return "spec", "latency"


def _distance(q: Quantity, ctx: _Context) -> tuple[str, str] | None:
    """A distance (4万公里 of driving data, 40,000 km of fibre)."""
    return "spec", "distance"


# 地盘总面积, 用地, site area: the land a building stands on, not the floor space built on it.
_SITE_WORDS = re.compile(r"地盘|用地|占地|土地|园区面积|site|land|campus area", re.IGNORECASE)
# 楼底, 层高, ceiling height: how high a floor is.
_HEIGHT_WORDS = re.compile(r"楼底|层高|净高|楼高|ceiling|height|high", re.IGNORECASE)


def _energy(q: Quantity, ctx: _Context) -> tuple[str, str] | None:
    """Energy used or supplied (1000亿千瓦时, 415 TWh)."""
    return "spec", "energy"


def _area(q: Quantity, ctx: _Context) -> tuple[str, str] | None:
    """An area: a site's land, else floor space. (Land is what mu measure: no floor is told in
    亩.)"""
    site = q.unit == "mu" or _SITE_WORDS.search(ctx.text, ctx.clause.start, q.char_start)
    return "spec", "site_area" if site else "floor_area"


def _length(q: Quantity, ctx: _Context) -> tuple[str, str] | None:
    """A length in metres: a floor's height where the clause speaks of one."""
    clause = ctx.text[ctx.clause.start : ctx.clause.end]
    return "spec", "ceiling_height" if _HEIGHT_WORDS.search(clause) else "length"


def _plain(q: Quantity, ctx: _Context) -> tuple[str, str] | None:
    """A bare number: a product count ("25,000 A100s"), a per-unit price, or what a cue names."""
    if paid := _paid_in_units(q, ctx):
        return paid
    if _names_a_product(ctx.text, q, ctx.mentions) and q.value >= 2 and q.value == int(q.value):
        if _SHIPMENTS.search(ctx.text, ctx.clause.start, q.char_start):
            return "count", "shipments"
        return "count", _count_metric(ctx.text, q, ctx.clause, ctx.mentions)
    if q.per:
        return "unit_price", _price_metric(ctx.text, q, ctx.clause, ctx.mentions)
    if (counted := _COUNTED_AFTER.match(ctx.text, q.char_end)) and q.value >= 2:
        # "1.3 to 1.4 million Ascend 910C accelerators": a name between the number and the noun.
        return "count", _noun_metric(counted[0].split()[-1], q, ctx)
    if _PEOPLE_AFTER.match(ctx.text, q.char_end) and q.value >= 2:
        # "150万开发者", "5 million CUDA developers": people counted by their role, no measure word.
        return "count", _count_metric(ctx.text, q, ctx.clause, ctx.mentions)
    if _moves_from(ctx.text, q, ctx.clause) and (counted := _counted_before(q, ctx)):
        return counted
    if _moves_from(ctx.text, q, ctx.clause) and (worth := _valued_after(q, ctx)):
        return worth
    if result := _result_in_units(q, ctx) or _shipped_or_made(q, ctx) or _headcount(q, ctx):
        return result
    if _MEASURED_BY_A_WORD_AFTER.match(ctx.text, q.char_end) and q.surface[-1:].isdigit():
        return None
    cue = _nearest_cue(ctx.text, q, ctx.clauses, ctx.i, _PLAIN_CUES)
    return (cue.fact_type, cue.metric) if cue else None


# 4核或8核配置, 占地约75亩, 只走到1.5波: a bare number glued to a measure word the number
# reader does not know (cores, mu of land, waves) measures that thing, so a price or an outlay
# its clause names is not it. Words of degree or bound after a figure (1.3左右, 1.5以下, 3000多)
# and the joining words of a list or a range are no measure.
_MEASURED_BY_A_WORD_AFTER = re.compile(
    r"(?!左右|上下|以[上下内]|之[间内上下]|多|余|附近|的|了|和|与|及|或|至|到|等|、)[\u4e00-\u9fff]"
)


# A company result named right before a number of 万/亿 with no currency: "预计亏损5.1万",
# "净利润3.2亿", "营收约12亿", Taiwan's "前三季获利192亿".
# (资本支出将达到千亿级别, Capex迈向千亿级别: an outlay stated in the same way, with a step to
# its level between. 上市前估值不过200亿, 市值一度冲到2700多亿, 市值却逾5600亿: a company's worth
# is told the same way, with words of time, contrast or degree between.)
_RESULT_BEFORE = re.compile(
    r"(?:亏损|净亏损|净利润|利润|净利|获利|营收|营业收入|收入|销售额|资本支出|资本开支|(?i:capex)"
    r"|市值|估值)\s*"
    r"(?:了|为|约|达到?|高达|近|超过?|逾|将|会|迈向|迈入|进入|突破|冲到|冲上|升至|一度|也|却|不过"
    r"|仅|只有)*\s*$"
)
_MYRIAD_END = re.compile(r"[万亿兆]$")


def _result_in_units(q: Quantity, ctx: _Context) -> _Typed:
    """A bare number of 万/亿 a company result names right before it is that result in money
    (the currency of the sentence's other amounts: _make_fact borrows it)."""
    if not _MYRIAD_END.search(q.surface):
        return None
    if not _RESULT_BEFORE.search(ctx.text, ctx.clause.start, q.char_start):
        return None
    cue = _money_cue(ctx.text, q, [ctx.clause], 0)
    results = ("earnings", "spend", "valuation")
    return (cue.fact_type, cue.metric) if cue and cue.fact_type in results else None


def _valued_after(q: Quantity, ctx: _Context) -> _Typed:
    """ "市值从千亿回落到825.71亿港元": a bare number a market value moves from is a market value
    too, in the currency of the level it moves to (_make_fact borrows it)."""
    ends = [o for o in ctx.own if o.kind == "money" and ctx.clause.start <= o.char_start]
    ends = [o for o in ends if q.char_end <= o.char_start < ctx.clause.end]
    if ends and _VALUATION.search(ctx.text, ctx.clause.start, q.char_start):
        return "valuation", "market_cap_from"
    return None


# "Alibaba's T-Head shipped about 265,000.", "sold 1.2 million last year", 出货约26.5万，: a bare
# number a verb of shipping, selling or making ends on counts what the story counts; the
# verb, a word of degree at most between, right before it, and nothing counted after it.
_ABOUT_THEN_END = (
    r"\s*(?:(?:about|around|roughly|nearly|almost|some|over|approximately|more than"
    r"|an estimated)\s+|约|近|逾|超过|达到?)?$"
)
_SHIPPED_BEFORE = re.compile(
    r"(?:\b(?P<en>shipped|ships|ship|sold|sells|delivered|delivers)|出货|交付|销售|卖出|售出)"
    r"(?:量|了)?" + _ABOUT_THEN_END,
    re.I,
)
_MADE_BEFORE = re.compile(
    r"(?:\b(?:produced|produces|made|makes|making|turned out|turns out)|生产|产出)(?:了)?"
    + _ABOUT_THEN_END,
    re.I,
)
_NOTHING_COUNTED_AFTER = re.compile(
    r"(?:\s+each|各)?\s*(?:[,.;:，。；：)]|$|(?:in|last|this|next|during|over|a year)\b)", re.I
)


# 两天涨价30万, 上涨了大几十万, 花几十万买服务器: a bare figure of 万/亿 right after a price's move
# is that move, right after a verb of paying the sum paid (in the sentence's currency).
_PRICE_MOVED_BEFORE = re.compile(rf"(?:{_PRICE_UP}|{_PRICE_DOWN}|多花了?)" + DEGREE_THEN_END)


def _paid_in_units(q: Quantity, ctx: _Context) -> _Typed:
    """A sum of 万/亿 with no currency that a price's move or a payment ends on (see above)."""
    if not _MYRIAD_END.search(q.surface):
        return None
    before = max(ctx.clause.start, q.char_start - 6)
    if not PAID_BEFORE.search(ctx.text, before, q.char_start):
        return None
    if _PRICE_MOVED_BEFORE.search(ctx.text, before, q.char_start):
        down = re.search(_PRICE_DOWN, ctx.text[before : q.char_start])
        return "price_change", "price_decrease" if down else "price_increase"
    return "cost", "cost"


def _noun_metric(noun: str, q: Quantity, ctx: _Context) -> str:
    """What the counted noun found after a number names ("600,000 of its top-end 910C Ascend
    chips": chips, however far the noun stands), else what `_count_metric` reads."""
    named = next((m for pattern, m in _COUNT_NOUNS if pattern.fullmatch(noun)), None)
    return _required(
        ctx.text, q, ctx.clause, named or _count_metric(ctx.text, q, ctx.clause, ctx.mentions)
    )


def _shipped_or_made(q: Quantity, ctx: _Context) -> _Typed:
    """A bare whole number of a thousand or more right after a verb of shipping or making, with
    nothing counted after it, or before a passive verb of shipping ("30,000 had been
    delivered"): a count of what was shipped (`shipments`) or made."""
    if q.value < 1000 or q.value != int(q.value):
        return None
    before = max(ctx.clause.start, q.char_start - 30)
    if _SHIPPED_AFTER.match(ctx.text, q.char_end, ctx.clause.end):
        return "count", "shipments"  # ("fewer than 30,000 had been delivered by July")
    if not _NOTHING_COUNTED_AFTER.match(ctx.text, q.char_end):
        return None
    if _SHIPPED_BEFORE.search(ctx.text, before, q.char_start):
        return "count", "shipments"
    if _MADE_BEFORE.search(ctx.text, before, q.char_start):
        return "count", _count_metric(ctx.text, q, ctx.clause, ctx.mentions)
    return None


# "申购户数超过480万，", "會員人數約4900萬，", "the AI customer base had passed 5,000,": a bare
# number a count of people or accounts reaches, with nothing counted after it, is that count;
# the counted noun stands before the number instead of after it.
_HEADCOUNT_BEFORE = re.compile(
    r"(?:(?:申购|用|会|客|人|户|家)数|(?:用户|会员|客户|订户)(?:数|人数|总数|规模)?"
    r"|\b(?:customer|user|subscriber|member)\s+(?:base|count)|\b(?:customers|users|subscribers"
    r"|members|accounts)\b)\s*(?:(?:has|had|have|now)\s+)*"
    r"(?:(?:passed|topped|reached|exceeded|surpassed|crossed|hit|stood at|rose to|grew to"
    r"|climbed to|totall?ed)\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|over|approximately|more than|an estimated)\s+"
    r"|(?:约|近|逾|超过|超|达到?|为|已?突破|已?超过)+)?$",
    re.I,
)


def _headcount(q: Quantity, ctx: _Context) -> _Typed:
    """A bare whole number of a thousand or more right after a count of people or accounts
    (see above), with nothing counted after it: that count."""
    if q.value < 1000 or q.value != int(q.value):
        return None
    if not _NOTHING_COUNTED_AFTER.match(ctx.text, q.char_end):
        return None
    before = max(ctx.clause.start, q.char_start - 40)
    if not _HEADCOUNT_BEFORE.search(ctx.text, before, q.char_start):
        return None
    return "count", _count_metric(ctx.text, q, ctx.clause, ctx.mentions)


def _counted_before(q: Quantity, ctx: _Context) -> _Typed:
    """ "ship 5.5 million GPUs in 2025, up from 3.8 million": a bare number a move starts from
    counts what the figure before it counts."""
    counts = [o for o in ctx.own if o.kind == "count" and o.char_end <= q.char_start]
    if not counts:
        return None
    other = counts[-1]
    return _count(other, replace(ctx, i=_clause_of(ctx.clauses, other.char_start)))


_CLASSIFIERS: dict[str, Callable[[Quantity, _Context], tuple[str, str] | None]] = {
    "money": _money,
    "percent": _percent,
    "duration": _duration,
    "count": _count,
    "bandwidth": _bandwidth,
    "parameters": _parameters,
    "compute": _compute,
    "data_size": _data_size,
    "ratio": _ratio,
    "power": _power,
    "process": _process,
    "distance": _distance,
    "latency": _latency,
    "area": _area,
    "energy": _energy,
    "length": _length,
    "plain": _plain,
}


def _fact_type_of(
    text: str,
    q: Quantity,
    clauses: Sequence[_Clause],
    i: int,
    mentions: Sequence[_Mention],
    own: Sequence[Quantity] = (),
) -> tuple[str, str] | None:
    """(fact_type, metric) from cue words around the quantity, or None when it is no claim: the
    classifier of the quantity's kind decides (`_CLASSIFIERS`).

    `own` holds the sentence's other quantities, for patterns that span them.
    """
    classifier = _CLASSIFIERS.get(q.kind)
    typed = classifier(q, _Context(text, clauses, i, mentions, own)) if classifier else None
    return _hyperscalers_outlay(text, clauses, typed)


# The cloud giants that build data centres by name (hyperscalers, 超大规模云厂商, 超大規模雲端業者).
_HYPERSCALERS = re.compile(
    r"\bhyperscalers?\b|超大规模(?:云)?(?:服务商|厂商|业者|运营商|云)|超大規模(?:雲端?)?(?:服務商|廠商|業者|營運商|雲)",
    re.I,
)
_PLAIN_OUTLAY = frozenset({("spend", "spending"), ("spend", "investment")})


def _hyperscalers_outlay(
    text: str, clauses: Sequence[_Clause], typed: tuple[str, str] | None
) -> tuple[str, str] | None:
    """What the hyperscalers spend or pour into AI ("the hyperscalers expect to spend $650
    billion", 超大规模云厂商的AI支出) is their capital spending: data centres, servers, chips."""
    if typed in _PLAIN_OUTLAY and _HYPERSCALERS.search(text, clauses[0].start, clauses[-1].end):
        return "spend", "capex"
    return typed


def _price_or_rent(
    text: str, q: Quantity, clauses: Sequence[_Clause], i: int, mentions: Sequence[_Mention]
) -> str:
    """A price in a part of a sentence about renting ("年租赁价格最高曾达到20万元,如今…价格已回落
    到约6万元") is a rent; otherwise a chip's or a server's price."""
    if _about_renting(text, clauses, i):
        return "rental_price"
    return _price_metric(text, q, clauses[i], mentions)


def _segment_span(clauses: Sequence[_Clause], i: int) -> tuple[int, int]:
    """Where the ;-separated part of the sentence holding clause i starts and ends."""
    segment = [c for c in clauses if c.segment == clauses[i].segment]
    return segment[0].start, segment[-1].end


def _about_renting(text: str, clauses: Sequence[_Clause], i: int) -> bool:
    start, end = _segment_span(clauses, i)
    return bool(re.search(_RENTAL, text[start:end], re.IGNORECASE))


def _rates_in_segment(
    q: Quantity, clauses: Sequence[_Clause], i: int, own: Sequence[Quantity]
) -> bool:
    """Whether the quantity's part of the sentence states a money rate per unit of time."""
    start, end = _segment_span(clauses, i)
    return any(
        o.kind == "money" and o.per and _PER_TIME.fullmatch(o.per) and start <= o.char_start < end
        for o in own
        if o is not q
    )


def _fraction_as_percent(text: str, q: Quantity, clause: _Clause) -> Quantity:
    """A fraction stays a ratio when it compares one value with another ("H100的一半", "half of
    what they fetched", "half the rate of"); otherwise it is a part of a whole ("半数以上的订单",
    "a third of our revenue", "下降了一半"), a percent."""
    if q.kind != "ratio" or not is_fraction(q):
        return q
    compared = _FRACTION_OF_VALUE_BEFORE.search(text, clause.start, q.char_start) or (
        _FRACTION_OF_VALUE_AFTER.match(text, q.char_end)
    )
    own = _nearest_cue(text, q, [clause], 0, _PERCENT_CUES)
    if compared and not (own and own.fact_type == "share" and own.metric != "revenue_share"):
        return q
    return replace(
        q,
        kind="percent",
        unit="percent",
        value=q.value * 100,
        value_low=q.value_low * 100,
        value_high=q.value_high * 100,
    )


def _a_product_costs(
    text: str,
    q: Quantity,
    clause: _Clause,
    mentions: Sequence[_Mention],
    own: Sequence[Quantity],
) -> bool:
    """`The H200 is expected to cost $30,000`: a product that costs X is priced at X, unless the
    sentence counts units, when X is the cost of all of them (`3000枚A100…2.7亿`)."""
    product = any(
        clause.start <= m.start < q.char_start and m.entity.kind in PRODUCT_KINDS for m in mentions
    )
    counted = any(o.kind == "count" or _names_a_product(text, o, mentions) for o in own)
    return product and not counted


def _names_a_product(text: str, q: Quantity, mentions: Sequence[_Mention]) -> bool:
    """`350,000 H100 GPUs`, `25,000 A100s`: a bare number right before a product name, at most
    a space between. ("910B每片9W，910C每片14W": a product opening the next clause is no noun the
    number counts.)"""
    return any(
        m.entity.kind in PRODUCT_KINDS
        and q.char_end <= m.start <= q.char_end + 1
        and not text[q.char_end : m.start].strip()
        for m in mentions
    )


def _moves_from(text: str, q: Quantity, clause: _Clause) -> bool:
    """`从年初的3.6万美元`, `down from roughly $8`, `compared with $4 an hour last September`:
    the number a move starts from."""
    before = text[clause.start : q.char_start]
    if _a_spread(text, q, clause):
        return False
    if _FROM.search(before) or _FROM_PHRASE.search(before) or _ARROW_AFTER.match(text, q.char_end):
        return True
    return bool(_COMPARED_WITH.search(before) and _IN_THE_PAST.match(text, q.char_end, clause.end))


# "anywhere from $1.47 … to $6.88", "prices ranging from", "从1万元到3万元不等": the two ends of a
# spread of values at one time, no move from one to the other.
_SPREAD_BEFORE = re.compile(r"\b(?:anywhere|ranging|ranges?|varying|var(?:y|ies))\s+from\b", re.I)
_SPREAD_AFTER = re.compile(r"[^,;。，；]*?不等")


def _a_spread(text: str, q: Quantity, clause: _Clause) -> bool:
    return bool(
        _SPREAD_BEFORE.search(text, clause.start, q.char_start)
        or _SPREAD_AFTER.match(text, q.char_end, clause.end)
    )


def _price_metric(text: str, q: Quantity, clause: _Clause, mentions: Sequence[_Mention]) -> str:
    """`price`, or `server_price` when the priced thing is a server built on the product named
    (`一台配置8张A800的服务器,价格在130万元左右`, `an H100 DGX system costs`)."""
    products = [m for m in mentions if m.start < q.char_start and m.entity.kind in PRODUCT_KINDS]
    start = _labelled_start(text, clause.start)
    if products and q.char_start - products[-1].end <= _SERVER_REACH:
        start = min(start, products[-1].end)
    if _SYSTEM_NOUN.search(text, start, q.char_start):
        return "server_price"
    # "paid 2 million yuan for a server with eight H800 chips": the system named after the price.
    if _FOR_A_SYSTEM.match(text, q.char_end, clause.end):
        return "server_price"
    # "一台智算服务器…，单台价格约100万-400万元": a price per machine (台) just after a server is
    # named is that server's.
    if _PER_MACHINE.search(text, clause.start, q.char_start) and _SYSTEM_NOUN.search(
        text, max(0, clause.start - _SERVER_REACH * 2), clause.start
    ):
        return "server_price"
    return "price"


_PER_MACHINE = re.compile(r"[单每]台")


def _labelled_start(text: str, start: int) -> int:
    """Where a clause's subject is named: before a colon that ends the label of the value after
    it ("8卡服务器报价:40万元", "Server price: $200,000"), else at the clause's own start."""
    if start == 0 or text[start - 1] not in ":：":
        return start
    label = max(text.rfind(stop, 0, start - 1) for stop in (",", ";", "。", "\n"))
    return label + 1


def _is_to(text: str, q: Quantity, clause: _Clause) -> bool:
    before = text[clause.start : q.char_start]
    if _ARROW_BEFORE.search(before):
        return True
    if _a_spread(text, q, clause):
        return False
    return bool(_TO.search(before)) and bool(re.search(r"从|由|from", before, re.IGNORECASE))


def _from_to_type(
    text: str, q: Quantity, clauses: Sequence[_Clause], i: int, mentions: Sequence[_Mention]
) -> tuple[str, str]:
    cue = _money_cue(text, q, clauses, i)
    if cue and cue.fact_type == "price_change":
        # "资本支出预算，分别由10.25亿元与47.8亿元，上调至17.1亿元及56亿元": 上调 says how the
        # figure moved, and the measure named before it in the sentence says what moved (a price
        # only where that is a price), as it does for a level the clause moves to.
        cue = _measure_moving_before(text, q, clauses, i) or cue
    base_type = "unit_price"
    base_metric = "price"
    if cue and (
        cue.fact_type in ("market_size", "spend", "cost")
        or cue.metric == "rental_price"
        or _profit_moving(text, q, clauses, i, cue)
    ):
        base_type, base_metric = cue.fact_type, cue.metric
    else:
        base_metric = _price_metric(text, q, clauses[i], mentions)
    if _VALUATION.search(text, clauses[i].start, q.char_start):
        # "市值从千亿回落到825.71亿港元": the company's market value moved, not a price.
        base_type, base_metric = "valuation", "market_cap"
    if _about_renting(text, clauses, i):
        base_type, base_metric = "unit_price", "rental_price"
    # "从年初的十万元降至六万五千元": 从 is a few words back, but 降至 right before says "to".
    ends_a_move = _TO.search(text, clauses[i].start, q.char_start)
    suffix = "_from" if _moves_from(text, q, clauses[i]) and not ends_a_move else "_to"
    return base_type, base_metric + suffix


def _measure_moving_before(
    text: str, q: Quantity, clauses: Sequence[_Clause], i: int
) -> Cue | None:
    """The last measure other than a price that the figure's part of the sentence names before
    it (资本支出, 营收, 投资, capex): what a move's ends measure when only a verb of moving stands
    nearer."""
    start = _segment_span(clauses, i)[0]
    last: tuple[int, Cue] | None = None
    for cue in _MEASURES_MOVING:
        for m in cue.pattern.finditer(text, start, q.char_start):
            if last is None or m.end() > last[0]:
                last = (m.end(), cue)
    return last[1] if last and last[1].fact_type != "unit_price" else None


def _profit_moving(text: str, q: Quantity, clauses: Sequence[_Clause], i: int, cue: Cue) -> bool:
    """ "净利润从5亿元降至3亿元", "Net income reached $109 million, down from $321 million": a
    profit named before the figure moves between two profits (not "went from $1.78 to $0.97 …
    as the card lost its listings", where the loss word after the figures names no loss)."""
    start = _segment_span(clauses, i)[0]
    return cue.fact_type == "earnings" and bool(cue.pattern.search(text, start, q.char_start))


def _price_context(text: str, clauses: Sequence[_Clause], i: int) -> bool:
    segment = clauses[i].segment
    span = [c for c in clauses[: i + 1] if c.segment == segment]
    words = text[span[0].start : clauses[i].end]
    return bool(_PRICE_CONTEXT.search(words))
