"""What carries from one sentence to the next: the period an article's figures are dated with, and
the publisher whose report they come from. Both are stated once and govern what follows until the
text states another."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from suanli.entities import Entity
from suanli.facts.attribution import _LIST_ITEM, PHRASE_KIND
from suanli.facts.clauses import PERIOD_KINDS, Fact, _Clause, _Mention
from suanli.facts.cues import _RESULT_CHANGES, _YEAR_RANGE
from suanli.facts.days import (
    _YEAR_OF_A_PERIOD,
    bare_days,
    days_before,
    same_days,
    told_days,
    weekdays,
    years_referred_to,
)
from suanli.facts.fiscal import (
    _A_QUARTER,
    current_quarters,
    fiscal_shorthands,
    fiscal_year_end_at,
    named_by_reference,
    names_a_fiscal_period,
    quarter_from_publication,
    quarters_ended,
    quarters_referred_to,
    relative_fiscal_years,
    same_period_of_another_year,
    yearless_fiscal_quarters,
)
from suanli.facts.headlines import _in_the_title
from suanli.facts.moves import _THEN_BEFORE, in_a_move, reached_by_a_move
from suanli.facts.periods import (
    _LOOKS_AHEAD,
    _RELATIVE_PERIOD,
    _anothers_time_back,
    _back_to_a_turn_or_shift,
    _base_or_dateline,
    _dates_its_own_figure,
    _looks_ahead,
    _period,
    _with_years,
    _year_earlier_after,
    _year_of,
    a_comparisons_base,
    a_launch_time,
    a_stretch,
    a_year_earlier,
    entered_so_far,
    joined_to_its_year,
    looks_ahead_in_its_clause,
    on_the_calendar,
    past_before_a_moves_end,
    ranks_within,
    reported_quarters,
    said_of,
    so_far_this_year,
)
from suanli.facts.sources import _source
from suanli.prefilter import prefiltered
from suanli.quantities import Quantity, _Taken
from suanli.sentences import Sentence

_A_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# A day that is its clause's whole time: "2025年12月9日，…", "On Dec. 9, …".
_THE_DAYS_CLAUSE_ENDS = re.compile(r"\s*[，,]")
_A_LAUNCH_TOLD_AFTER = re.compile(
    r"[^。！？!?\n]{0,30}?(?:发布|推出|发售|亮相|首发|\blaunch|\bunveil|\bintroduc|\breleas)", re.I
)
# 自5月1日起, 将于5月1日起生效, 從5月1日開始, "effective May 1", "starting on May 1": the day a
# price or a rule takes effect.
_TAKES_EFFECT_BEFORE_ZH = re.compile(r"(?:自|从|從|于|於)\s*$")
# (Not 從今年7月起至明年6月止: a stretch's first end.)
_TAKES_EFFECT_AFTER_ZH = re.compile(r"\s*(?:起|开始|開始)(?!\s*(?:至|到|迄))")
_TAKES_EFFECT_BEFORE_EN = re.compile(
    r"\b(?:effective|starting|beginning)\s+(?:on\s+|from\s+|as\s+of\s+)?$", re.I
)
# (^ matches only at the text's real start when a search starts further in.)
_A_PARAGRAPHS_OPENING_BEFORE = re.compile(r"(?:^|\n)[ \t\u3000]*(?:On\s+)?$", re.I)
_FISCAL = re.compile(r"FY(?:19|20)\d\d")
# A heading's year ahead (明年, next year: an outlook) or quarter named by reference dates no body
# figure; its 今年 / 去年 (寒武纪去年营收大增, "revenue soared last year") is the story's year.
_RELATIVE_IN_TITLE = prefiltered(
    r"[明后]年|[本上下](?:一|个)?季|(?:this|next|last) quarter|next year", re.I
)
_REPORTING_PERIOD = re.compile(r"\d[QH]\d")
_THE_QUARTER_BEFORE = "R-1"  # 前一季度, the previous quarter, as `quantities` reads it
# A lead telling results reported, with or without a figure (公司公布了2025年第三季度业绩, "HPE met
# its revenue forecast for the third quarter of fiscal 2024"): a verb of reporting done and a
# results noun; not told ahead (将公布, "will report").
_RESULTS_REPORTED = prefiltered(
    r"(?:公布|發布|发布|披露|交出|出炉|録得|录得)[^，。；,;]{0,20}?(?:业绩|業績|财报|財報|季报|年报|营收|收入)"
    r"|\b(?:reported|posted|announced|released|met|beat|missed|topped|delivered)\b"
    r"[^,.;:]{0,40}?\b(?:results|earnings|revenue|sales)\b",
    re.I,
)
# What a company reports for a period, named before a multiple of it (see `_a_result`).
_A_RESULTS_NOUN = prefiltered(
    r"营收|收入|销售额|净利|利润|盈利|\b(?:revenue|sales|net income|profit|earnings)\b", re.I
)
_TOLD_AHEAD = re.compile(r"将|預計|预计|拟|\b(?:will|expects?|plans?)\b", re.I)
# The year's running total up to a quarter: 2025Q1-Q3.
_YEAR_TO_DATE = re.compile(r"(?P<year>(?:FY)?\d{4})Q1-Q(?P<last>[2-4])")
# 报告期内 (報告期內 arrives simplified), "during the reporting period": the report's own period.
_THE_REPORTING_PERIOD = prefiltered(
    r"报告期内?|\b(?:during|in|for|over) the reporting period\b", re.I
)
_A_REPORTS_PERIOD = prefiltered(r"(?P<year>(?:FY)?(?:19|20)\d\d)(?:(?P<part>[QH])[1-4])?")
_RESULT_METRICS = frozenset(
    {
        "revenue",
        "eps",
        "net_profit",
        "net_loss",
        "gross_margin",
        "operating_margin",
        "net_margin",
        "revenue_share",
    }
    | {"yoy_growth", "qoq_growth", "growth"}
    | {"gross_profit", "operating_income", "operating_profit", "operating_cash_flow"}
    | {"free_cash_flow", "free_cash_outflow", "adjusted_ebita"}
    # (A margin's move in points, "40 basis points higher than a year earlier", is a result too.)
    | {"gross_margin_change", "operating_margin_change", "net_margin_change"}
    # (And a result's move in money, 净利润减少31亿美元: classify's `_result_moved_by`.)
    | _RESULT_CHANGES
)
# "自2023年起", "since 2023": where a trend starts, not the date of the figures after it.
_SINCE_BEFORE = re.compile(r"(?:自|从|since|starting in)\s*$", re.I)
_SINCE_AFTER = re.compile(r"\s*(?:起|以来|开始|至今|onwards?\b)", re.I)


# "8卡节点", "装有8张RTX 5090显卡的服务器", "an 8-GPU server": how a system is built, at any time.
_CONFIGURES_A_SYSTEM = re.compile(
    r"[^,;。]{0,18}?(?:服务器|节点|整机|一体机|机柜|机架|\b(?:servers?|nodes?|systems?|racks?)\b)",
    re.I,
)
# "在两个季度内", "过去2个月里", "over the past three years": a window is a time span itself.
_WINDOW_AFTER = re.compile(r"\s*(?:之内|以内|以来|内|里)")
_WINDOW_BEFORE = re.compile(
    r"(?:过去|近|\b(?:within|over the (?:past|last)|in the (?:past|last)))\s*$", re.I
)


# The present as a period (EVAL_SPEC: the publication's year): 目前, 当前, 现在, 现时 (Hong Kong's
# 現時), 如今, 现阶段, 眼下, 最新, 最近, 近来, 近期, 近日, 日前, 至今, 今天, 今日 (not 今日头条,
# a name), currently, now, today, at present, latest, recently, this week. Not 最新 / latest naming
# a product's generation (最新一代 GPU, the latest chips), nor 最近 counting a span back
# (最近一年营业收入, 最近一次融资): those date nothing. (On t2s text: 現時, 當前, 近來 arrive
# simplified.)
PRESENT = prefiltered(
    r"目前|当前|现在|现时|现价|如今|现阶段|眼下|近来|近期|近日|日前|至今|迄今|今天|今日(?!头条)|今早|今晨"
    r"|最新(?!\s*(?:一代|一期|世代|款|型号|架构|产品|芯片|的?(?:GPU|芯片|架构|产品)))"
    r"|本周|这周|这个星期|本月(?!份?\s?\d)|这(?:一)?个?月(?!份?\s?\d)"
    r"|最近(?!\s*(?:[一二两三四五六七八九十几数\d]+\s*(?:个)?(?:年|月|季|周|天|次|期)))"
    # 当下, 时下 (not 当下一季, when the next quarter…), "at the moment", presently, nowadays,
    # lately, "in recent weeks": the present in other words.
    r"|当下(?![一个季半])|时下"
    r"|\b(?:currently|now|today|at present|these days|so far|to date|recently"
    r"|at the moment|presently|nowadays|lately|in recent (?:weeks|months)"
    r"|this (?:week|month))\b"
    r"|\blatest\b(?!\s+(?:generation|models?|chips?|GPUs?|products?|architecture|accelerators?))",
    re.I,
)
# "2023年至今", "2023年以来至今", "由2023年初至今", "since 2023 to date": from the year stated
# up to the present. (年初: from the year's start is still from that year.)
_UP_TO_NOW_AFTER = re.compile(
    r"\s*(?:年?初)?\s*(?:以来)?\s*(?:至今|迄今|到现在|到目前为止|\bto date\b|\bthrough today\b)",
    re.I,
)


def _up_to_now(text: str, period: Quantity, published: date | None) -> Quantity:
    """A year followed by 至今 / to date is the span from it to the publication's year."""
    if published is None or period.kind not in PERIOD_KINDS or period.value is None:
        return period
    year = period.period or ""
    if not _A_YEAR.fullmatch(year) or int(year) >= published.year:
        return period
    if not _UP_TO_NOW_AFTER.match(text, period.char_end):
        return period
    return replace(period, period=f"{year}-{published.year}")


# "NVIDIA today reported", "日前公布", "近日发布": the present dates the report, not its figures.
_REPORTED_AFTER = re.compile(
    r"\s*(?:发布|公布|披露|发表|宣布|表示|称|指出|报告|reported|released|published|announced"
    r"|said|posted)",
    re.I,
)
# "明年的订单目前已达50亿元", "从今年到明年底的营收能见度目前已达5,000亿美元": a period joined by 的
# to the noun the figure measures is the figure's own; the present word only says when it stands.
# (Not across a verb: 2026年的市占率会超越目前约三成 sets the year's share against today's.)
_OWN_NOUN_STANDS_NOW = re.compile(
    r"\s*(?:底|末|年底|年末)?的(?:(?!会|将|超|较|比|高于|低于|至|到|回|恢复)[^，,。；;\d]){1,12}?"
    r"(?:目前|当前|现在|现时|如今|眼下)"
    r"\s*(?:仍|已|为|是|约|大约|近|仅|只有|在|达到?){0,3}\s*"
)
# "超越目前约四成的水准", "降至目前的6000元", "现价约3100元": the present word names the figure.
# So does a share quoted "now" in a market report: 现跌超3%, 现挫逾1% (现 alone, the stock as it
# trades while the story is written; twelfth session).
_NOW_RIGHT_BEFORE = re.compile(
    r"(?:(?:目前|当前|现在|现时|如今|眼下|现价)\s*(?:的|仍|已|为|是|约|大约|近|仅|只有|在|达到?){0,3}"
    r"|(?<![发出表实体呈展再兑])现(?:跌|挫|升|涨|泻|弹|回落|回升)(?:超|逾|近|约|了)?)\s*$"
)


# A sentence that sets a time frame of its own is not dated by the period carried from before
# it: a horizon ahead or behind (未来两至三年, 过去一年, over the next two years, in the past year)
# or the years of a term counted from its start (第一年到第五年, 第2-5年, in year one).
_HORIZON_BEFORE = re.compile(
    r"(?:未来|今后|接下来|往后|过去|\b(?:the|over the|in the|within the) (?:next|coming|past|last))"
    r"\s*$",
    re.I,
)
# A span ahead of the time told (未来三年, 在4年内, over the next four years), not one behind it.
_AHEAD_BEFORE = re.compile(
    r"(?:未来|今后|接下来|往后|\b(?:the|over the|in the|within the) (?:next|coming))\s*$", re.I
)
_BEHIND_BEFORE = re.compile(r"(?:过去|近|\b(?:the|over the|in the) (?:past|last))\s*$", re.I)
# "jumped 38% in six months", "doubled within two quarters"
_IN_A_SPAN_BEFORE = re.compile(r"\b(?:in|within)\s+$", re.I)
_CN_ORDINAL = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_YEAR_OF_A_TERM = re.compile(
    rf"第\s?{_CN_ORDINAL}(?:\s?[-~～至到]\s?(?:第\s?)?{_CN_ORDINAL})?\s?(?:个)?年(?!度|代)"
    r"|\b(?:in )?(?:the )?(?:first|second|third|fourth|fifth) year of\b"
    r"|\byears? (?:one|two|three|four|five|[1-9])\b"
    # a horizon with no number: 过去几年, 未来数月, in the past year, over the coming decade
    r"|(?:过去|未来|今后)(?:几|数)(?:个)?(?:年|月|季)"
    # a run of quarters (no duration is read for it): 过去四季, 未来2个季度, the past four quarters
    r"|(?:过去|未来|今后)\s?(?:[一二两三四五六七八九十]|\d{1,2})\s?(?:个)?季"
    r"|\b(?:in|over|during|within) the (?:past|last|next|coming) (?:two|three|four|five|six|eight"
    r"|\d{1,2}) quarters\b"
    r"|\b(?:in|over|during|within) the (?:past|next|coming) (?:year|decade|twelve months"
    r"|few (?:years|quarters|months))\b",
    re.I,
)


# Words one of which every match of _YEAR_OF_A_TERM holds (a cheap test before the search).
_TERM_WORDS = ("第", "year", "过去", "未来", "今后", "decade", "months", "quarters")
_A_YEAR = re.compile(r"(?:19|20)\d\d")
# "五年复合增长率", "5年年均复合增速", "a five-year CAGR", "five-year compound annual growth"
_COMPOUND_AFTER = re.compile(r"\s*(?:的)?\s*(?:年均|年化)?\s*(?:复合|CAGR|compound)", re.I)


# A sentence that opens past the moment told before it (消息公布后，…; 随后…; After the report, …;
# Later, …) is of a later time than the period carried to it: the share move after a results
# release is no result of that quarter.
# (Only after an event: "扣除非经常性损益后，" or "After tax," still speaks of the period.)
_OPENS_LATER = re.compile(
    r"\s*(?:[^，,。；;\d]{0,10}?(?:公布|发布|发表|宣布|公告|披露|出炉|上市|生效|落地|推出|开盘|收盘)"
    r"(?:之|以)?后\s*[，,]|随后|此后|其后|后来"
    r"|(?:After|Following) (?:the|its|this|that|their) (?:[\w-]+ ){0,3}?(?:report|results|release"
    r"|announcement|earnings|news|call|filing|listing|debut|ban|deal)s?\b"
    r"|(?:Then|Later|Subsequently|Afterwards)\b)"
)


# "Huawei has since doubled the yield", "自那以后…翻了一番": what has changed since the time told
# before is of the time after it, up to now.
_SINCE_THEN = prefiltered(
    r"\b(?:has|have|had) since\b|\bsince then\b|自那(?:以|之)?后|自那时起|从那(?:以|之)?后|从那时起"
    r"|(?:已|已经)自此",
    re.I,
)


# "计划募资80亿元", "拟投资", "plans to raise $1 billion": what a plan is for is not dated by the
# day an earlier clause names (the day the plan was filed or announced); nor is what a forecast
# expects ("今年四月禁售H20，公司预计因此流失约80亿美元营收": the month dates the ban).
# A sentence reporting a share's trading in a session: its figures (price, move, turnover, market
# value) are all of the trading day (该股以650元开盘，收盘报600元，成交额153亿元；shares closed at).
_A_SESSIONS_TRADING = re.compile(
    r"开盘|收盘|收市|盘[中前后]|股价|成交额|换手率|振幅|市值|挂牌|上市(?:首日|当天|当日)"
    r"|\bshares?\s+(?:opened|closed|rose|fell|jumped|surged|soared|slid)\b"
    r"|\b(?:opened|closed) at\b|\bmarket (?:value|capitali[sz]ation)\b|\bturnover\b"
    r"|\b(?:pre-?market|after-hours|extended) trading\b"
    # ("They finished the day at 1,372 yuan": a session's close told by its end.)
    r"|\b(?:finished|ended) the (?:day|session)\b",
    re.I,
)
# A session's money flows (主力资金净流入, 大单买入…卖出…净流出, 单日账面浮盈, "net inflows"):
# figures of one trading day, as its prices are.
_A_SESSIONS_FLOWS = re.compile(
    r"净流[入出]|净[买卖]出|净买入|[大中小]单(?:资金|买入|卖出)|主力资金|单日"
    r"|\bnet (?:in|out)flows?\b",
    re.I,
)
# A share's price and its moves: what a session's trading sets. (Not a market value or a stake,
# told as often of a valuation round or a holding as of one session.)
_A_SHARES_TRADING = frozenset({"share_price", "share_price_change_pct"})
_A_PLAN = prefiltered(
    r"计划|拟|打算|预计|预期|预估|\b(?:plans?|planned|intends?|intended) to\b"
    r"|\b(?:expects?|expected|estimates?|estimated)\b",
    re.I,
)
# "能支持万亿参数大模型训练", "可提供3000 PFLOPS", "can train models with up to 1 trillion
# parameters": what a system can do (not 可望 / 可达 / 可实现, which forecast a figure).
_A_CAPABILITY = re.compile(
    r"(?:能够?|可以?)(?:支持|支援|支撑|处理|提供|容纳|承载|训练|运行)"
    r"|\b(?:can|could) (?:train|support|handle|process|deliver|run|host|hold|serve)\b"
    r"|\b(?:able|capable) (?:to|of)\b|\bsupports? up to\b",
    re.I,
)
# "目标是在美洲建立1GW", "aims to reach $10 billion": a goal, of no stated time.
_A_GOAL = re.compile(r"目标|目標|\b(?:aims?|goal|target)\b", re.I)


# "连续四年", "这一势头已经延续了四年": a streak of years, read from the duration it names.
_STREAK_BEFORE = re.compile(r"(?:连续|延续了?|持续了?)\s*$")
# "for four straight years", "four years in a row", "for the fourth year running"
_EN_COUNT = r"two|three|four|five|six|seven|eight|nine|ten|\d{1,2}"
_EN_STREAK = re.compile(
    rf"\b(?P<n>{_EN_COUNT}) (?:straight |consecutive )?years (?:in a row|running)\b"
    rf"|\bfor (?P<m>{_EN_COUNT}) (?:straight|consecutive) years\b"
    r"|\bfor the (?P<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r" (?:straight |consecutive )?year(?: running| in a row)?\b",
    re.I,
)
_EN_YEARS = {
    word: n
    for n, words in enumerate(
        [("two", "second"), ("three", "third"), ("four", "fourth"), ("five", "fifth"),
         ("six", "sixth"), ("seven", "seventh"), ("eight", "eighth"), ("nine", "ninth"),
         ("ten", "tenth")],
        start=2,
    )
    for word in words
}  # fmt: skip


# How far before a figure its clause's verb may lie when asking whether the clause looks ahead.
_A_CLAUSES_REACH = 100
_GROWTH = ("yoy_growth", "growth")
_ANNUAL_BUDGETS = frozenset({"capex", "investment", "amount", "spending"})
_A_MONTH_OR_DAY = re.compile(r"(?:19|20)\d\d-\d\d(?:-\d\d)?")
# A move told against a level named in its clause (较上月高点, 比发行价, 上市以来, "from its peak",
# "since the IPO"): it runs over the stretch from that level, not over one trading session.
_AGAINST_A_LEVEL = prefiltered(r"较|比(?![例重率])|相比|以来|\b(?:from|since|above|below)\b", re.I)
# The forecast or plan a figure is a value of (the plan stood at, 该预测…为, guidance was).
_A_FORECAST = re.compile(
    r"预测|預測|预估|預估|预计|預計|计划|計劃|计画|計畫|指引|预算|預算"
    r"|\b(?:plan|forecast|guidance|outlook|budget|projection)s?\b"
    r"|\b(?:expect(?:s|ed)?|estimat(?:es|ed))\b",
    re.I,
)
# "$1.5 billion in annual sales", "annual revenue of $1.5 billion", "年销售额约15亿元": a year's
# worth, so the whole year of the quarter or half the sentence dates. (Not 上半年营收, the half's.)
_PART_OF_A_YEAR = re.compile(r"((?:FY)?(?:19|20)\d\d)(?:Q[1-4](?:-Q[1-4])?|H[12])")
_A_YEARS_WORTH_AFTER = re.compile(r"\s+(?:in|of)\s+(?:annual|yearly|full-year)\b", re.I)
_A_YEARS_WORTH_BEFORE = re.compile(
    r"\b(?:annual|yearly|full-year)\s+(?:[a-z-]+\s+){1,2}(?:of|at|was|were|is|totall?ed|reached)?"
    r"\s*$|(?<![\d今去明前上下本全当半])年(?:销售额|销量|营收|收入)(?:约|为|达到?|超过)?\s*$",
    re.I,
)


def _a_years_worth(text: str, q: Quantity) -> bool:
    return bool(
        _A_YEARS_WORTH_AFTER.match(text, q.char_end)
        or _A_YEARS_WORTH_BEFORE.search(text, max(0, q.char_start - 40), q.char_start)
    )


def _streak_years(text: str, sentence: Sentence, own: Sequence[Quantity]) -> int | None:
    """How many years up to its period the sentence says its figures have held, if it does."""
    for d in own:
        if d.kind == "duration" and d.unit == "years" and d.value and d.value > 1:
            if _STREAK_BEFORE.search(text, max(0, d.char_start - 4), d.char_start):
                return int(d.value)
    if "year" not in sentence.text.lower():
        return None
    m = _EN_STREAK.search(text, sentence.char_start, sentence.char_end)
    if m is None:
        return None
    word = (m["n"] or m["m"] or m["o"]).lower()
    return int(word) if word.isdigit() else _EN_YEARS[word]


# "…最高见1464元。其后获利盘涌出，收市报1372元": a later moment of the trading session told
# before, up to its close, is still the session's day (as "之后…收盘报600.50元" already was).
_THE_SESSION_GOES_ON = re.compile(r"\s*(?:随后|其后|此后|\b(?:Then|Later)\b)")
_THE_SESSIONS_CLOSE = re.compile(r"收盘|收市|尾盘|\bclosed\b|\bended the (?:day|session)\b", re.I)


def _later_in_the_session(text: str, sentence: Sentence) -> bool:
    return bool(
        _THE_SESSION_GOES_ON.match(text, sentence.char_start)
        and _THE_SESSIONS_CLOSE.search(text, sentence.char_start, sentence.char_end)
    )


def _own_time_from(
    text: str, sentence: Sentence, own: Sequence[Quantity], in_a_session: bool = False
) -> int | None:
    """Where the sentence starts setting a time frame of its own (see _HORIZON_BEFORE), if it
    does: its first horizon, term year, opening past the moment told (unless it goes on to the
    close of the trading session its paragraph told), or span of time."""
    starts = []
    words = sentence.text.lower()
    if any(w in words for w in _TERM_WORDS) and (
        term := _YEAR_OF_A_TERM.search(text, sentence.char_start, sentence.char_end)
    ):
        starts.append(term.start())
    if _OPENS_LATER.match(text, sentence.char_start) and not (
        in_a_session and _later_in_the_session(text, sentence)
    ):
        starts.append(sentence.char_start)
    if since := _SINCE_THEN.search(text, sentence.char_start, sentence.char_end):
        starts.append(since.start())
    starts += [q.char_start for q in own if q.kind == "duration" and _a_span_of_time(text, q)]
    return min(starts, default=None)


def _a_span_ahead(text: str, d: Quantity) -> bool:
    before = max(0, d.char_start - 16)
    if _BEHIND_BEFORE.search(text, before, d.char_start):
        return False
    return bool(
        _AHEAD_BEFORE.search(text, before, d.char_start) or _WINDOW_AFTER.match(text, d.char_end)
    )


def _a_span_of_time(text: str, q: Quantity) -> bool:
    """未来两至三年, 半年内, 过去2个月里, up 38% in six months: a span the sentence is set in."""
    before = max(0, q.char_start - 16)
    return bool(
        _HORIZON_BEFORE.search(text, before, q.char_start)
        or _WINDOW_BEFORE.search(text, before, q.char_start)
        or _WINDOW_AFTER.match(text, q.char_end)
        or _IN_A_SPAN_BEFORE.search(text, before, q.char_start)
    )


# A length that is a term of its own (a lease of five years, a payback of three, a price that
# held for two weeks, a streak of four years): no period dates it. (How long a dated event took,
# a training run or a lead time, is of its time.)
_TERMS = frozenset({"duration", "price_window", "contract_term", "payback_period", "doubling_time"})


def _timeless(text: str, q: Quantity, metric: str) -> bool:
    """A figure no period dates: a system's configuration, a term, or the window of a change."""
    if metric == "chips":
        return bool(_CONFIGURES_A_SYSTEM.match(text, q.char_end))
    if q.kind != "duration":
        return False
    return (
        metric in _TERMS
        or bool(_WINDOW_AFTER.match(text, q.char_end))
        or bool(_WINDOW_BEFORE.search(text, max(0, q.char_start - 16), q.char_start))
    )


# A product's memory, bandwidth or node, and how it compares with another product's: properties
# of the product, which a quarter or year carried from the title or an earlier sentence (a results
# story's quarter) does not date.
_PRODUCT_PROPERTIES = frozenset(
    {"memory", "memory_bandwidth", "interconnect_bandwidth", "process_node"}
    | {"performance_ratio", "relative_performance"}
)
_PROPERTY_WORDS = re.compile(
    r"memory|bandwidth|capacity|performance|FLOPS|FP\d+|显存|内存|带宽|性能|算力|容量", re.I
)


# "H100的TDP为700W，B200升到1000W", "a thermal design power of 700 W", "GPU功耗逼近4kW": a chip's
# rated power, a property of the chip like its memory (what a data centre or a rack draws is of
# its time).
_RATED_POWER = re.compile(
    r"TDP|热设计功耗|散热设计功耗|thermal design power"
    r"|(?:GPU|芯片|晶片|单卡)功耗",
    re.I,
)


# "这款芯片采用14nm工艺，算力为260Tops", "FP4算力达2PFLOPS", "FP32 compute of 25 TOPS": the
# computing power of one chip or card, read at a precision, is the chip's property too (what a
# cluster or a data centre's 算力规模 reaches is of its time).
_A_CHIPS_COMPUTE = re.compile(
    r"芯片|晶片|单卡|每[颗张块]|\bchips?\b|(?<![A-Za-z])(?:FP|INT|BF|TF)\d{1,2}(?!\d)", re.I
)
_A_CLUSTERS_COMPUTE = re.compile(r"规模|集群|中心|总|\b(?:cluster|centre|center|total)", re.I)


def _a_property(text: str, metric: str, clauses: Sequence[_Clause], i: int) -> bool:
    if metric in _PRODUCT_PROPERTIES:
        return True
    if metric == "power":
        return bool(_RATED_POWER.search(text, clauses[0].start, clauses[i].end))
    if metric.startswith("compute"):
        return bool(_A_CHIPS_COMPUTE.search(text, clauses[0].start, clauses[i].end)) and not (
            _A_CLUSTERS_COMPUTE.search(text, clauses[i].start, clauses[i].end)
        )
    return metric == "ratio" and bool(
        _PROPERTY_WORDS.search(text, clauses[i].start, clauses[i].end)
    )


# "H200每颗配有6颗HBM3E", "每张卡搭载8颗HBM", 每颗分别配有8颗和4颗: how many parts a unit of the
# product is built with, a property like its memory (CONVENTIONS: HBM stacks per chip are null
# unless their own sentence dates them). (English "8 HBM stacks per GPU" is read as no figure.)
_PARTS_PER_UNIT_BEFORE = re.compile(
    r"每[颗张台块片个][^，,。；;]{0,12}?"
    r"(?:配有|配备|搭载|集成|内置|堆叠|封装|装有)[^，,。；;]{0,8}$"
)


def _parts_per_unit(text: str, q: Quantity, clause: _Clause) -> bool:
    """A count of the parts each unit of a product is built with (see `_PARTS_PER_UNIT_BEFORE`)."""
    before = text[max(clause.start, q.char_start - 24) : q.char_start]
    return "每" in before and bool(_PARTS_PER_UNIT_BEFORE.search(before))


def _fiscal_quarters_read(yearless: list[Quantity], fiscal: list[Quantity]) -> list[Quantity]:
    """The yearless periods with the fiscal quarters of a known calendar in place of the calendar
    quarters read inside them ("the third fiscal quarter" read as Q3)."""
    if not fiscal:
        return yearless
    return [p for p in yearless if not any(_inside(p, f) for f in fiscal)] + fiscal


# "公布了第二季度业绩及第三季度的业绩指引", "results and an outlook for the third quarter": the
# period a forecast is for, beside the results', names what the forecast covers; the story goes
# on with the results.
# "高盛预计其2026年销售额", "Analysts expect 2026 sales…": a forecast's year in a title, which
# the sections of the story are not about.
_FORECASTS_TIME_BEFORE = re.compile(
    r"(?:预计|預計|预期|預期|预测|預測|估"  # (估: 估计, 预估, TrendForce估今年)
    r"|\b(?:expects?|expected|forecasts?|estimates?|projects?|sees)\b)[^，。；,;:：\s]{0,6}\s*$",
    re.I,
)
_FORECAST_AFTER = re.compile(
    r"\s*的?\s*(?:业绩|營收|营收|收入|营运)?\s*(?:指引|展望|预测|预期|預測)"
    r"|[\s-]*(?:revenue\s+|sales\s+)?(?:outlook|guidance|forecast)\b",
    re.I,
)
_FORECAST_BEFORE = re.compile(
    r"\b(?:guidance|outlook|forecast|projections?)\s+(?:for|of)\s+(?:the\s+)?$", re.I
)

# A section heading's period told as a forecast or a target: ISG目标下一财年重回盈利,
# 全年净亏损料明显扩大, "The plan for 2025", "Revenue seen doubling in 2026". Its section reports
# what is known now (the results, the figures to date), which that period does not date. (Not a
# heading naming its section's subject, 2026年展望, "Outlook for 2026": the forecasts under it are
# for that year. 料, not 材料 or 资料.)
_TARGETED = (
    r"(?:预计|预期|预测|预估|估|(?<![资材原燃饮塑物布史])料|目标|有望|可望|计划|拟|将|力争"
    r"|\b(?:expects?|expected|forecasts?|estimates?|projects?|projected|sees|seen|targets?|aims?"
    r"|plans?|intends?|will)\b)"
)
_TARGETED_BEFORE = re.compile(_TARGETED + r"[^，。；,;:：]{0,16}$", re.I)
_TARGETED_AFTER = re.compile(r"[^，。；,;:：\s]{0,8}?" + _TARGETED, re.I)
# Results set against what was expected (25H1业绩符合预期, Q3营收增速超出预期, "beat estimates"):
# a title telling results, whose 预期 is no forecast of its own.
_AGAINST_EXPECTATIONS = re.compile(
    r"(?:符合|符|超出|超|胜|逊|不及|[低高好优]于)(?:市场)?预期"
    r"|\b(?:beats?|miss(?:es)?|tops?|exceeds?|in line with)\s+(?:\w+\s+)?"
    r"(?:expectations|estimates|forecasts)\b",
    re.I,
)


# "Server revenue in 2026 expected to reach…", "2026 capex seen topping…": English tells the
# forecast after its time with words apart.
_FORECAST_AFTER_EN = re.compile(
    r"[\w\s'’-]{0,24}?\b(?:is|are)?\s*(?:expected|seen|forecast|projected|set|poised|likely)\s+to\b",
    re.I,
)


def _a_titles_forecast(text: str, title: Sentence, period: Quantity) -> bool:
    """Whether the title tells `period` as a forecast's or a target's (市场规模今年有望破…, 2026年
    資本開支料達…, "…in 2026 expected to reach…"), not as results set against what was expected."""
    if _AGAINST_EXPECTATIONS.search(text, title.char_start, title.char_end):
        return False
    return _told_ahead(text, title, period) or bool(
        _FORECAST_AFTER_EN.match(text, period.char_end, title.char_end)
    )


def _told_ahead(text: str, heading: Sentence, period: Quantity) -> bool:
    """Whether the heading tells `period` as a forecast's or a target's (see `_TARGETED`)."""
    before = max(heading.char_start, period.char_start - 24)
    return bool(
        _TARGETED_BEFORE.search(text, before, period.char_start)
        or _TARGETED_AFTER.match(text, period.char_end, heading.char_end)
    )


def _besides_a_forecasts_time(text: str, periods: list[Quantity]) -> list[Quantity]:
    """The periods but those a forecast is for, when another is stated beside them (an outlook
    told on its own, "TrendForce's outlook for 2026", is what the story goes on about)."""
    told = [
        p
        for p in periods
        if not _FORECAST_AFTER.match(text, p.char_end)
        and not _FORECAST_BEFORE.search(text, max(0, p.char_start - 30), p.char_start)
    ]
    return told or periods


def _inside(q: Quantity, span: Quantity) -> bool:
    return span.char_start <= q.char_start and q.char_end <= span.char_end


# "去年12月投入服务后，使用率已升至八成": the clause of the period ends in 后; what follows is now.
_AFTER_THE_EVENT = re.compile(r"[^，,。；;]{0,14}?(?:之?后|以后|以来)\s*[，,]")


def _opens_a_span(text: str, period: Quantity) -> bool:
    """A period that starts what the following clauses describe (自去年10月开始…，至今…;
    去年12月投入服务后，…) does not date their figures; the year so far (今年以来，…) does, and so
    does a period entered so far (进入2026年1月以来，…)."""
    if so_far_this_year(period) or entered_so_far(text, period):
        return False
    return _starts_a_trend(text, period) or bool(_AFTER_THE_EVENT.match(text, period.char_end))


def _starts_a_trend(text: str, period: Quantity) -> bool:
    """自2023年起, since 2023: where a trend starts. (Not a stretch whose end is stated too:
    从2024年到2028年 is the span of its figures.)"""
    if a_stretch(period) or so_far_this_year(period):
        return False
    return bool(
        _SINCE_BEFORE.search(text, max(0, period.char_start - 12), period.char_start)
        or _SINCE_AFTER.match(text, period.char_end)
    )


# "悲观情境下，…", "In the bear case, …": a paragraph taking up one of the scenarios a forecast
# set out before goes on with the period the forecast is for.
_ONE_OF_THE_SCENARIOS = re.compile(
    r"\s*(?:在|于|於)?[^，,。；;]{0,8}?(?:情境|情景|场景|場景)(?:\s*[(（][^)）]{0,20}[)）])?\s*(?:下|中|里|裡)"
    r"|\s*(?:In|Under) (?:the|a|its|this) [\w -]{0,20}?\b(?:case|scenario)\b",
    re.I,
)
_QUARTER_OR_HALF = re.compile(r"(?:FY)?(?:19|20)\d\d((?:Q[1-4](?:-Q[1-4])?|H[12]))")
_ONE_QUARTER = re.compile(r"(?P<year>(?:FY)?(?:19|20)\d\d)Q(?P<quarter>[1-4])")
_A_HALF = re.compile(r"(?P<year>(?:FY)?(?:19|20)\d\d)H(?P<half>[12])")


def _a_quarter_of(quarter: str, period: str) -> bool:
    """Whether `quarter` (2025Q4) lies in `period`, a year (2025) or a half (2025H2)."""
    q = _ONE_QUARTER.fullmatch(quarter)
    if q is None:
        return False
    if _YEAR_OF_A_PERIOD.fullmatch(period):
        return q["year"] == period
    half = _A_HALF.fullmatch(period)
    halves_quarter = str((int(q["quarter"]) + 1) // 2)
    return half is not None and (half["year"], half["half"]) == (q["year"], halves_quarter)


# "去年同期为亏损5.3亿元", "上年同期的-6.31亿元", "(上年同期亏损2.38亿元)", "a loss of $5 million in
# the same period last year": the same period as the one the text is speaking of, a year before.
# Its figure is of that earlier period; what the sentence goes on with, and the sentences after
# it, are not.
_SAME_PERIOD_AFTER = re.compile(r"\s?同期")
_A_YEAR_BACK = re.compile(r"\s*(?:去年|上年|上一年|last year)\s*", re.I)
_SAME_PERIOD_BEFORE = re.compile(
    r"\bthe same (?:period|quarter|half|months?|time)\s+(?:of\s+|in\s+)?$", re.I
)
# A change or comparison between the mention and the figure ("较上年同期增长30%", "与去年同期
# 相比增加5亿元", Taiwan's "比去年同期成长30%", "up 30% compared with the same period last
# year"): the figure is of the period in force, the mention its base.
_CHANGED_SINCE = re.compile(
    r"增|减|降|升|涨|跌|滑|成长|衰退|提高|提升|扩大|缩小|收窄|回落|相比|相较|对比|多出|高出|翻|倍|\d"
    r"|\b(?:compar\w*|from|versus|vs|over|than|against|up|down|rose|fell|grew|increas\w*"
    r"|decreas\w*|jump\w*|climb\w*|dropp?\w*|gain\w*)\b",
    re.I,
)


def _same_periods_a_year_back(text: str, own: list[Quantity]) -> list[Quantity]:
    """The sentence's mentions of the same period a year back (去年同期, 上年同期, the same period
    last year)."""
    return [
        q
        for q in own
        if q.kind in PERIOD_KINDS
        and _A_YEAR_BACK.fullmatch(q.surface)
        and (
            _SAME_PERIOD_AFTER.match(text, q.char_end)
            or _SAME_PERIOD_BEFORE.search(text, max(0, q.char_start - 30), q.char_start)
        )
    ]


def _states_its_figure(text: str, mention: Quantity, q: Quantity, clause: _Clause) -> bool:
    """The same-period mention states the figure: before it in Chinese (去年同期则亏损5亿元),
    after it in English ("$5 million in the same period last year"), with no change or other
    figure between."""
    if not mention.surface.isascii():
        return clause.start <= mention.char_start < q.char_start and not _CHANGED_SINCE.search(
            text, mention.char_end, q.char_start
        )
    if q.char_end <= mention.char_start < clause.end and mention.char_start - q.char_end < 40:
        return not _CHANGED_SINCE.search(text, q.char_end, mention.char_start)
    return False


@dataclass
class PeriodScope:
    """The period a figure takes when its own clause states none.

    A paragraph starts from the period its heading (or the title) states, a point listed under
    a lead-in from the period of its lead-in. The period that dated a sentence's figures, or the
    year, quarter or half a sentence without figures states, dates the sentences after it in its
    paragraph until another is stated. In a paragraph that states no period anywhere, financial
    results go on with the reporting period (a quarter or a half) the paragraph before dated its
    figures with: a results release reports one quarter throughout; its prices and lead times
    are no results. An aside dated by a month or a day does not end that quarter for a story that
    stated money results for it.
    """

    text: str
    published: date | None
    # The paragraphs that state a period, each with the periods it states (Q3 without its year).
    dated_paragraphs: Mapping[int, set[str | None]]
    # Each sentence's quarters and halves stated without a year (by sentence_no), read once
    # for the article: `_dated_paragraphs` needs them too.
    yearless: dict[int, list[Quantity]]
    continued: str | None = None
    reporting: str | None = None
    figures_dated: str | None = None  # the period the last dated figures took
    sentence: Sentence | None = None  # the sentence entered last
    paragraph: int = -1
    previous_years: list[Quantity] = field(default_factory=list)
    heading_periods: dict[str, str | None] = field(default_factory=dict)
    title: str | None = None  # the article's first heading
    # The period the title tells as a forecast's or a target's after its time (市场规模今年有望破…,
    # 2026年資本開支料達…), the metrics of the title's figures once read, and whether the period
    # carried is still the title's (no body sentence has dated figures since): see `_carried_to`.
    title_ahead: str | None = None
    title_metrics: set[str] | None = None
    carried_from_title: bool = False
    periods_in_sentence: set[str] = field(default_factory=set)  # those the sentence states
    heading_stated: set[str | None] = field(default_factory=set)  # the periods it dates with
    first_dated: str | None = None  # the period the text's first dated figures took
    # Each quarter or half stated with its year so far ("Q2" → "FY2026Q2"), for a later yearless
    # mention of the same quarter (a results story names its fiscal quarter once, then says 二季度).
    quarters_named: dict[str, str] = field(default_factory=dict)
    last_day: str | None = None  # the last day stated, which 当天 / that day points back to
    session_day: str | None = None  # the last day stated of a share's trading, for 上市当天
    session_told: str | None = None  # the last trading day figures were dated with
    # Where the last day was stated: its paragraph, and its heading when it was in a list item.
    last_day_at: tuple[int, str | None, bool] | None = None
    at: tuple[int, str | None, bool] | None = None  # the same of the sentence read now
    headline: str | None = None  # the period the paragraph's heading (or the title) states
    durations: list[Quantity] = field(default_factory=list)  # the sentence's lengths of time
    streak: int | None = None  # the years up to its period the sentence's figures have held
    # Where the sentence starts setting a time frame of its own (未来两至三年, 第一年), if it does.
    horizon: int | None = None
    after_heading: bool = False  # the sentence before was a heading
    # The periods the last sentence listing several figures in order listed, by its sentence_no,
    # for 同期 (the same periods) in the sentence after it.
    listed: tuple[int, list[str]] = (-1, [])
    # The sentence's figures dated by a word of the present: the present is said sentence by
    # sentence, so their year carries to no sentence after.
    dated_now: set[int] = field(default_factory=set)
    # (offset, month its fiscal year ends in) of each company named, for a quarter named by its
    # last day ("截至2025年4月27日的季度" of NVIDIA is its FY2026Q1).
    companies: Sequence[tuple[int, int | None]] = ()
    last_quarter: str | None = None  # the quarter the text named last
    periods_told: set[str] = field(default_factory=set)  # the periods stated, not by reference
    # The quarters stated in words of their own (not 上季 or last quarter, told against the
    # publication): the quarter a results story reports is among them (`reported_quarters`).
    quarters_stated: set[str] = field(default_factory=set)
    # The sentence_no of each sentence of a point listed under a lead-in (`leadins.lists_led_in`)
    # and of the lead-in it is listed under.
    points: Mapping[int, int] = field(default_factory=dict)
    lead_in: tuple[int, str | None] | None = None  # the lead-in the points go on from, its period
    stated: str | None = None  # the last period the sentence before stated with its year
    fiscal_named: bool = False  # the text has named a fiscal period (FY2025Q3, fiscal 3Q25)
    names_fiscal: bool | None = None  # the text calls a period fiscal anywhere (found once)
    # The sentence's mentions of the same period a year back (去年同期), read as no period of
    # their own: the figure after one takes the period in force a year earlier.
    same_periods_back: list[Quantity] = field(default_factory=list)
    dated_back: set[int] = field(default_factory=set)  # the figures they dated
    lead: int | None = None  # the paragraph_no of the story's lead (its first body paragraph)
    # The figures left undated for want of a period carried to them (by char_start): what the
    # lead dated of the same measure may date them (`leads_measures_carried`).
    uncarried: set[int] = field(default_factory=set)
    paragraph_starts: dict[int, int] = field(default_factory=dict)  # by paragraph_no
    # Whether the period carried was left by a sentence whose figures of that period are all told
    # in clauses of a forecast or a plan: see `_results_after_a_forecast`.
    continued_ahead: bool = False
    # The quarters and halves the text stated money results for (revenue, profit, EPS), and the
    # last of them that was the reporting period in force: the quarter a results story reports,
    # which it goes back to after an aside dated by a month or a day (see `enter`).
    results_told: set[str] = field(default_factory=set)
    story_reporting: str | None = None

    def enter(self, sentence: Sentence, own: list[Quantity]) -> list[Quantity]:
        """The sentence's quantities with its yearless periods added and every period dated."""
        text = self.text
        self.sentence = sentence
        self.dated_now, self.dated_back = set(), set()
        # ("第2季": a bare number read before the quarter it names is part of the quarter.)
        spans = [(q.char_start, q.char_end) for q in own if q.kind != "plain"]
        # (What yearless_periods(text, start, end, spans) finds: those read in no span.)
        taken = _Taken(spans)
        yearless = [
            p
            for p in self.yearless[sentence.sentence_no]
            if not taken.overlaps(p.char_start, p.char_end)
        ]
        fiscal = fiscal_year_end_at(self.companies, sentence.char_start, sentence.char_end)
        within = (text, sentence.char_start, sentence.char_end, self.published, spans)
        yearless += (
            bare_days(*within)
            + weekdays(*within)
            + days_before(*within)
            + relative_fiscal_years(*within, fiscal)
        )
        yearless = _fiscal_quarters_read(
            yearless,
            yearless_fiscal_quarters(*within[:4], fiscal) + current_quarters(*within[:4], fiscal),
        )
        named = (self.last_day, self.session_day)
        yearless += same_days(*within[:3], named, spans, own + yearless)
        own = [q for q in own if not any(_inside(q, p) for p in yearless)] + yearless
        # (Before any yearless period takes its year from it: 去年同期 is no year of the sentence.)
        self.same_periods_back = _same_periods_a_year_back(text, own)
        own = [q for q in own if q not in self.same_periods_back]
        own = joined_to_its_year(text, sorted(own, key=lambda q: q.char_start))
        # (The quarter before another, 前一季度, "in the previous quarter", is what a figure is set
        # against: the sentences after it go on in the quarter told before.)
        before = {q.char_start for q in own if q.period == _THE_QUARTER_BEFORE}
        own = _with_years(
            text,
            own,
            self.previous_years,
            self.published,
            self.quarters_named,
            new_paragraph=sentence.paragraph_no != self.paragraph and not self.after_heading,
            fiscal_year_end=fiscal if self._a_fiscal_years_article(fiscal) else None,
            reported=self.reporting,
        )
        self.after_heading = sentence.line_kind == "heading"
        if self.lead is None and sentence.line_kind == "body":
            self.lead = sentence.paragraph_no
        own = quarters_ended(text, own, fiscal, self.published)
        own = [on_the_calendar(text, q, fiscal, self.published) for q in own]
        self.fiscal_named = self.fiscal_named or any(_FISCAL.match(p.period or "") for p in own)
        own = fiscal_shorthands(own, self.fiscal_named or self._a_fiscal_years_article(fiscal))
        self.quarters_stated.update(
            q.period
            for q in own
            if q.kind == "quarter" and q.period and not _RELATIVE_IN_TITLE.search(q.surface)
        )
        span = (sentence.char_start, sentence.char_end)
        own = reported_quarters(text, span, own, self.quarters_stated, self.published, fiscal)
        own = self._with_periods_referred_to(sentence, own, fiscal)
        own = [_up_to_now(text, p, self.published) for p in own]
        # (The year a trend runs from, 2019年以来, dates no yearless period after it, nor does the
        # base a quarter is set against, 2024年同期.)
        self.previous_years = [
            p
            for p in own
            if _year_of(p)
            and not _base_or_dateline(text, p)
            and not a_comparisons_base(text, p)
            and not _starts_a_trend(text, p)
            and not same_period_of_another_year(p.surface)
            and p.char_start not in before
        ]
        quarters = [p.period for p in self.previous_years if _A_QUARTER.fullmatch(p.period or "")]
        self.last_quarter = quarters[-1] if quarters else self.last_quarter
        for p in self.previous_years:
            if part := _QUARTER_OR_HALF.fullmatch(p.period or ""):
                self.quarters_named[part.group(1)] = p.period
        in_a_session = bool(
            self.session_day and self.last_day_at and self.last_day_at[0] == sentence.paragraph_no
        )
        self.horizon = _own_time_from(text, sentence, own, in_a_session)
        self.durations = [q for q in own if q.kind == "duration"]
        self.streak = _streak_years(text, sentence, own)
        days = [p.period for p in own if p.kind == "date" and _A_DAY.fullmatch(p.period or "")]
        self.last_day = days[-1] if days else self.last_day
        if days and _A_SESSIONS_TRADING.search(text, sentence.char_start, sentence.char_end):
            self.session_day = days[-1]
        listed = _LIST_ITEM.match(sentence.text) is not None
        self.at = (sentence.paragraph_no, sentence.heading, listed)
        self.last_day_at = self.at if days else self.last_day_at
        if sentence.line_kind == "heading":
            self._enter_heading(sentence, own)
        if sentence.paragraph_no != self.paragraph:
            self.paragraph = sentence.paragraph_no
            self.paragraph_starts[sentence.paragraph_no] = sentence.char_start
            if _REPORTING_PERIOD.search(self.figures_dated or "") and (
                self.figures_dated in self.periods_told
            ):
                # (A quarter told only by reference, 今年4月…当季, reports no results.)
                self.reporting = self._reported(self.figures_dated)
            elif _A_MONTH_OR_DAY.fullmatch(self.figures_dated or ""):
                # (An aside dated by a month or a day, "截至9月底已拨款116亿美元", tells an event of
                # its own: the paragraph after it goes back to the results the story reports. An
                # aside dated by a year or a quarter dates what follows it, as before.)
                self.reporting = self.reporting or self.story_reporting
            if self.reporting in self.results_told:
                self.story_reporting = self.reporting
            if not self._names_only_the_reporting_period(sentence):
                self.reporting = None
            self.headline = self._lead_in(sentence) or self.heading_periods.get(sentence.heading)
            if not _ONE_OF_THE_SCENARIOS.match(text, sentence.char_start):
                self.continued, self.continued_ahead = self.headline, False
                self.carried_from_title = self.headline == self.title_ahead
            self.figures_dated = self.continued
        return own

    def _names_only_the_reporting_period(self, opening: Sentence) -> bool:
        """Whether the paragraph `opening` opens states no period but the reporting period in
        force (Q3 again in a third quarter's story: "Revenue more than doubled to $1.36 billion…
        Q3 capex of $1.9 billion…"): its results before that mention are the story's too. A
        paragraph stating another period is about that one; a heading, only when it dates its
        section with it (not a target's year, ISG目标下一财年重回盈利: see `_enter_heading`)."""
        if opening.line_kind == "heading":
            stated = self.heading_stated
        else:
            stated = self.dated_paragraphs.get(opening.paragraph_no)
        # (The quarter before the one reported, "from 34.6% in the previous quarter", 前一季度,
        # is told against the reporting period: the paragraph still reports that period.)
        stated = {p for p in stated or () if p != _THE_QUARTER_BEFORE}
        if not stated:
            return True
        reporting = _QUARTER_OR_HALF.fullmatch(self.reporting or "")
        if reporting is None:
            return False
        return {self._a_relative_quarter(p) for p in stated} <= {self.reporting, reporting.group(1)}

    def _a_relative_quarter(self, period: str | None) -> str | None:
        """A quarter told against the publication (上季, 本季, last quarter: "P-1") as the calendar
        quarter it names, other periods as stated: "其中資料中心營收年增66%…上季GB300的銷售…" after
        the third quarter's results names only the quarter reported, told the writer's way, so the
        paragraph's results before that mention are the story's too (fourteenth session)."""
        relative = _RELATIVE_PERIOD.fullmatch(period or "")
        if relative is None or relative["base"] != "P" or relative["rest"] or not self.published:
            return period
        return quarter_from_publication(self.published, None, int(relative["offset"]))

    def _guidance(self, f: Fact) -> bool:
        """A figure of another period than the results before it, in a sentence that looks ahead
        ("It expects second-quarter revenue of…, and full-year revenue of…" after a fiscal first
        quarter's results): guidance, which leaves the story reporting its results' period."""
        return (
            self.figures_dated is not None
            and f.period != self.figures_dated
            and _looks_ahead(self.text, f.quantity)
        )

    def _reported(self, dated: str) -> str:
        """The reporting period that figures dated `dated` leave in force: the quarter the story's
        first figures were dated with when `dated` is the year's running total up to it (the first
        three quarters, 前三季度, told beside a third quarter's results), else `dated`. A running
        total is a figure's own stretch; the story goes on reporting its quarter."""
        to_date = _YEAR_TO_DATE.fullmatch(dated)
        if to_date and self.first_dated == f"{to_date['year']}Q{to_date['last']}":
            return self.first_dated
        return dated

    def _enter_heading(self, sentence: Sentence, own: list[Quantity]) -> None:
        """The period a heading dates the paragraphs under it with: the last it states, bar
        datelines, years ahead, bases, trend starts (自去年Q4开始飙升) and a rank's year (创今年
        IPO之最); a section heading stating none goes on under the period the title states (财务
        表现 under "…上半年业绩点评", 营收端 under "…交出2024年答卷"). The year of a forecast the
        title reports (高盛预计其2026年销售额…, TrendForce估今年…) dates nothing: the story is not
        about that year."""
        text = self.text
        # (A date in a heading is a dateline: it dates the story, not its figures.)
        stated = [p for p in own if _year_of(p) and p.kind != "date"]
        stated = [
            p
            for p in stated
            if not _RELATIVE_IN_TITLE.match(p.surface) and not named_by_reference(p.surface)
        ]
        # (A year a heading ranks its figure in, 创今年…之最, scopes that figure, not the story.)
        stated = [
            p
            for p in stated
            if not _base_or_dateline(text, p)
            and not _starts_a_trend(text, p)
            and not ranks_within(text, p)
        ]
        # ("AMD's third quarter of 2025: record revenue … and a $9.6B fourth-quarter outlook": the
        # quarter an outlook is for, beside the results', is not what the story reports.)
        stated = _besides_a_forecasts_time(text, stated)
        if self.title is None:
            self.title = sentence.text
            if stated and _FORECASTS_TIME_BEFORE.search(
                text, max(sentence.char_start, stated[-1].char_start - 12), stated[-1].char_start
            ):
                stated = []
            if stated and _a_titles_forecast(text, sentence, stated[-1]):
                self.title_ahead = stated[-1].period
        else:
            stated = [p for p in stated if not _told_ahead(text, sentence, p)]
        self.heading_stated = {p.period for p in stated}
        self.heading_periods[sentence.text] = stated[-1].period if stated else self._titles()

    def _titles(self) -> str | None:
        """The period the title states, unless it is a forecast's (see _enter_heading)."""
        return self.heading_periods.get(self.title or "")

    def _lead_in(self, sentence: Sentence) -> str | None:
        """The period of the lead-in a point is listed under: the one it states ("Where prices
        stood in May 2026:"), else the one in force at it ("The quarter at a glance:", 主要数据如
        下：). It dates the points as a heading does; a point stating a period keeps its own."""
        lead_in = self.points.get(sentence.sentence_no)
        if lead_in is None:
            self.lead_in = None
            return None
        if self.lead_in is None or self.lead_in[0] != lead_in:
            # (The first point: the sentence left last is its lead-in.)
            self.lead_in = (lead_in, self.stated or self.continued)
        return self.lead_in[1]

    def _a_fiscal_years_article(self, fiscal: int | None) -> bool:
        """Whether the sentence names a company whose year is not the calendar's (its year ends in
        month `fiscal`) in an article that calls some period fiscal."""
        if fiscal in (None, 12):
            return False
        if self.names_fiscal is None:
            self.names_fiscal = names_a_fiscal_period(self.text)
        return self.names_fiscal

    def _quarter_carried(self) -> str | None:
        """The period carried, or when that is the year or the half of the quarter the text named
        last (a results story's paragraph after the one naming the quarter; a half told in passing,
        已兑现下半年…的承诺, before 季内毛利…), that quarter."""
        if _a_quarter_of(self.last_quarter or "", self.continued or ""):
            return self.last_quarter
        return self.continued

    def _with_periods_referred_to(
        self, sentence: Sentence, own: list[Quantity], fiscal: int | None
    ) -> list[Quantity]:
        """`own` with 当季, 最近一季, "in the quarter", "that year", "for the year" read as the
        quarters and years they refer to."""
        periods = [q for q in own if q.kind in PERIOD_KINDS and q.value is not None]
        self.periods_told.update(p.period for p in periods if p.period)
        self.periods_in_sentence = {p.period for p in periods if p.period}
        within = (self.text, sentence.char_start, sentence.char_end)
        # (In a paragraph no period dates, "in the quarter" is still the quarter the text named
        # last: "Revenue for the third quarter…" then, later, "spent $13bn in the quarter".)
        carried = self._quarter_carried() or self.last_quarter
        reads_fiscal = self._a_fiscal_years_article(fiscal)
        referred = quarters_referred_to(
            *within, periods, carried, self.published, fiscal, reads_fiscal
        )
        referred += years_referred_to(*within, periods + referred, self.continued, self.published)
        figures = [q for q in own if q.kind not in PERIOD_KINDS and q.kind != "plain"]
        if figures:
            # (Only where it dates a figure: 报告期内推出了…, with none, names no release date.)
            referred += self._reporting_periods_referred_to(sentence, periods + referred)
        if not referred:
            return own
        own = [q for q in own if not any(_inside(q, p) for p in referred)] + referred
        return sorted(own, key=lambda q: q.char_start)

    def _reporting_periods_referred_to(
        self, sentence: Sentence, periods: Sequence[Quantity]
    ) -> list[Quantity]:
        """报告期内, "during the reporting period": the period of the report the story is about,
        which its title states (…2022年度业绩快报, 25H1业绩符合预期), else the first its figures
        were dated with; not the quarter a paragraph spoke of last (单Q2…；报告期内研发投入…)."""
        story = self._titles() or self.first_dated
        part = _A_REPORTS_PERIOD.fullmatch(story or "")
        if part is None:
            return []
        kind = {"Q": "quarter", "H": "half_year"}.get(part["part"] or "", "year")
        found = []
        for m in _THE_REPORTING_PERIOD.finditer(self.text, sentence.char_start, sentence.char_end):
            if not any(p.char_start < m.end() and m.start() < p.char_end for p in periods):
                value = float(part["year"].removeprefix("FY"))
                found.append(
                    Quantity(m[0], value, value, value, kind, "exact", kind, *m.span(), story)
                )
        return found

    def _spanned(self, clause: _Clause) -> bool:
        """The clause states a span ahead of its own (在4年内, 未来三年, over the next year): a
        span behind (过去2个月里) lies inside the period stated before it."""
        return any(
            clause.start <= d.char_start < clause.end and _a_span_ahead(self.text, d)
            for d in self.durations
        )

    def _in_its_own_time(self, clause: _Clause) -> bool:
        """The sentence's own time frame has begun by the clause's end."""
        return self.horizon is not None and self.horizon < clause.end

    def _now(self, q: Quantity) -> str:
        self.dated_now.add(q.char_start)
        return str(self.published.year)

    def _now_in_its_clause(self, q: Quantity, periods: Sequence[Quantity], clause: _Clause) -> bool:
        """The figure's clause speaks of the present (目前, 如今, now, latest) and states no
        period of its own, or the present word names the figure itself (超越目前约四成的水准)."""
        if self.published is None or self._spanned(clause):
            return False
        text = self.text
        if _NOW_RIGHT_BEFORE.search(text, max(clause.start, q.char_start - 8), q.char_start):
            return not any(
                clause.start <= p.char_start
                and _OWN_NOUN_STANDS_NOW.fullmatch(text, p.char_end, q.char_start)
                for p in periods
            )
        if any(clause.start <= p.char_start < clause.end for p in periods):
            return False
        return self._present_in(clause.start, clause.end)

    def _present_in(self, start: int, end: int) -> bool:
        """A word of the present between start and end that is not the day a report came out
        ("NVIDIA today reported", 日前公布): that dates the report, and the figures in it take a
        period stated or carried before the present (see `_reported_now`)."""
        return any(
            not _REPORTED_AFTER.match(self.text, m.end())
            for m in PRESENT.finditer(self.text, start, end)
        )

    def _reported_now(self, q: Quantity, clauses: Sequence[_Clause]) -> bool:
        """With no period stated or carried, a report of today's (日前公布, "today reported")
        is of the publication's year."""
        return self.published is not None and any(
            _REPORTED_AFTER.match(self.text, m.end())
            for m in PRESENT.finditer(self.text, clauses[0].start, q.char_start)
        )

    def _now_leads_in(self, q: Quantity, clauses: Sequence[_Clause], i: int) -> bool:
        """Its sentence speaks of the present before the figure, no period being stated there
        (公司目前服务…，其中…; "That run is now over: …"; "NVIDIA today reported revenue of…"),
        and the figure's own clause is not marked as the past (2个月前还只要…, 过去只能…)."""
        if self.published is None or self._spanned(clauses[i]):
            return False
        text, clause = self.text, clauses[i]
        # (Not across a turn: "今天的港股…，而2347倍的超额认购…" turns to what happened before.)
        first = clauses[_back_to_a_turn_or_shift(text, clauses, i)].start
        if not self._present_in(first, q.char_start):
            return False
        return not any(
            not past_before_a_moves_end(text, then, q)
            for then in _THEN_BEFORE.finditer(text, clause.start, q.char_start)
        )

    def periods(self, own: Sequence[Quantity]) -> list[Quantity]:
        """The sentence's dated periods, bar comparison bases and datelines. 本月 / this month
        is one: it dates its clause's figures with the published month (CONVENTIONS.md, settled
        at the thirteenth session), where 目前 and this week give the year."""
        dated = [q for q in own if q.kind in PERIOD_KINDS and q.value is not None]
        return [q for q in dated if not _base_or_dateline(self.text, q)]

    def period_of(
        self,
        q: Quantity,
        metric: str,
        periods: Sequence[Quantity],
        clauses: Sequence[_Clause],
        i: int,
    ) -> str | None:
        """The period of the figure (see `_period_of`), spread over the years the sentence says it
        holds for when it ends in a single year: a compound rate over N years ("五年复合增长率", a
        five-year CAGR) runs from the N years before; growth kept up N years (连续四年, 已经延续了
        四年, for four straight years) covers the N years up to the year its sentence states."""
        period = self._of_the_same_period_back(
            q, self._period_of(q, metric, periods, clauses, i), periods, clauses[i]
        )
        if year := self._a_budgets_year(q, metric, period, periods, clauses[0].start):
            return year
        if period and (part := _PART_OF_A_YEAR.fullmatch(period)) and _a_years_worth(self.text, q):
            return part.group(1)
        if period is None or not _A_YEAR.fullmatch(period):
            return period
        if self.streak and metric in _GROWTH:
            if not any(p.period == period for p in periods):
                # "这一势头已经延续了四年" after a year told before: a streak counted back from the
                # telling, whose years the text never names, dates nothing (tenth session)
                return None
            return f"{int(period) - self.streak + 1}-{period}"
        for d in self.durations:
            if metric == "cagr" and d.unit == "years" and d.char_end <= q.char_start:
                if d.value and _COMPOUND_AFTER.match(self.text, d.char_end):
                    return f"{int(period) - int(d.value)}-{period}"
        return period

    def _of_the_same_period_back(
        self, q: Quantity, period: str | None, periods: Sequence[Quantity], clause: _Clause
    ) -> str | None:
        """A figure stated of the same period a year back (上年同期为亏损5.3亿元, 去年同期的2.53元)
        is of the period in force there a year earlier (2025H1 → 2024H1): the first its sentence
        stated (later ones are as often what it is set against: 优于首季的6.11%，也接近去年同期的
        6.42%), else the one carried; with none, of no period the text gives (the mention is read
        before its 去年 takes a year, so it has none to lend, and a whole year would misdate a
        quarter's figure: blind14 321 left the raw "Y-1", fifteenth session). A period stated
        between the two dates the figure instead. It dates no later figure."""
        back = [p for p in self.same_periods_back if _states_its_figure(self.text, p, q, clause)]
        if not back or any(back[-1].char_end <= p.char_start < q.char_start for p in periods):
            return period
        self.dated_back.add(q.char_start)
        first = min(back[-1].char_start, q.char_start)
        before = [p.period for p in periods if p.char_end <= first and p.period]
        in_force = before[0] if before else self.continued or self.reporting
        return a_year_earlier(in_force) if in_force else None

    def _a_budgets_year(
        self,
        q: Quantity,
        metric: str,
        period: str | None,
        periods: Sequence[Quantity],
        sentence_start: int,
    ) -> str | None:
        """A year's budget or forecast said of a month of that year ("the plan stood at $75
        billion in February", 该预测2月时为750亿美元, "2025 capex guidance was $65 billion in
        January"): the month dates the revision; the figure is the budget of the year stated
        before it in its sentence, else carried from before. A fiscal year's budget likewise
        ("capital expenditures for fiscal year 2026 … the $35 billion it estimated in September"),
        of a month in the two calendar years a fiscal year runs over."""
        if metric not in _ANNUAL_BUDGETS or not period or not _A_MONTH_OR_DAY.fullmatch(period):
            return None
        if not _A_FORECAST.search(self.text, sentence_start, q.char_start):
            return None
        years = [p.period for p in periods if p.char_start < q.char_start and p.kind != "date"]
        years = [y for y in years if y and (_A_YEAR.fullmatch(y) or _FISCAL.fullmatch(y))]
        year = years[-1] if years else self.continued or ""
        if _A_YEAR.fullmatch(year):
            return year if period.startswith(f"{year}-") else None
        if _FISCAL.fullmatch(year) and int(year[2:]) - int(period[:4]) in (0, 1):
            return year
        return None

    def _period_of(
        self,
        q: Quantity,
        metric: str,
        periods: Sequence[Quantity],
        clauses: Sequence[_Clause],
        i: int,
    ) -> str | None:
        """The period stated for the figure in its sentence, else the one carried to it (unless
        its sentence dated an earlier stretch otherwise), else the reporting period of a result."""
        if _timeless(self.text, q, metric):
            return None
        if self._now_in_its_clause(q, periods, clauses[i]):
            return self._now(q)
        if not any(clauses[i].start <= p.char_start < clauses[i].end for p in periods):
            periods = [p for p in periods if not _opens_a_span(self.text, p)]
            if self._spanned(clauses[i]):
                return None  # "去年，英伟达曾预计4美元的价格在4年内不变": its clause's own span
            if _A_PLAN.search(self.text, clauses[i].start, q.char_start):
                # "6月30日，IPO申请获受理，两家公司分别计划募资80亿元": the day dates the filing
                periods = [p for p in periods if p.kind != "date"]
        periods = _an_instants_own(metric, periods, clauses[i])
        stated = _period(self.text, q, metric, periods, clauses, i, self.published)
        if stated:
            return stated
        if self._now_leads_in(q, clauses, i):
            return self._now(q)
        if _a_property(self.text, metric, clauses, i) or _parts_per_unit(self.text, q, clauses[i]):
            return None
        if self._present_in(clauses[i].start, clauses[i].end) or self._in_its_own_time(clauses[i]):
            return None  # what holds now (如今, 目前, currently) is past the period carried so far
        if self.horizon is not None and metric not in _RESULT_METRICS:
            # A time frame set after the figure's clause leaves a result in the period carried
            # (云收入为333.98亿元，按年增26%，管理层预期未来几季增速仍会向上); anything else is told
            # of the present the outlook starts from (已锁定数千颗H200，…未来两年业绩…).
            return None
        if _A_GOAL.search(self.text, clauses[i].start, q.char_start) or _A_CAPABILITY.search(
            self.text, clauses[i].start, q.char_start
        ):
            # a goal with no date of its own lies ahead of the period told so far; what a system
            # can do (能支持万亿参数, can train models of 1 trillion parameters) holds at any time
            return None
        # A period stated after the figure, in a later clause, governs that clause only. A move
        # from … to (从30%升至50%, from 40 weeks to 16) is dated by its own sentence, or not at all.
        # A time back stated with a figure of its own ("against $306 million a year ago; …") dates
        # that figure only.
        carried = not any(
            p.char_start < q.char_start and not _dates_its_own_figure(self.text, p, clauses)
            for p in periods
        )
        return self._carried_to(q, metric, clauses, i, carried)

    def _carried_to(
        self, q: Quantity, metric: str, clauses: Sequence[_Clause], i: int, carried: bool
    ) -> str | None:
        """The period carried to a figure its sentence dates not: a session's day for a share's
        trading, else the period carried, else a result's reporting period."""
        if day := self._a_trading_day(q, metric, clauses, carried):
            return day
        if metric in _AT_AN_INSTANT and self._a_stretch_from_elsewhere():
            return None
        if metric in _COMMITTED_ONCE or self._a_sum_committed(q, clauses, i):
            return None  # an investment is of the time its own sentence tells, else of none
        if metric == "share_price_change_pct" and self._a_stretch_carried_to_a_move(clauses[i]):
            return None  # a share's move is of its trading day, not the stretch told before it
        if self._results_after_a_forecast(metric):
            carried = False
        if carried and self._a_results_paragraph_under_another_year(q, metric, clauses):
            return said_of(self.text, q, self.reporting)
        if self.continued and carried and self._levels_carried(q, metric, clauses[i]):
            if self._of_another_measure_than_the_titles(metric):
                return None
            return said_of(self.text, q, self.continued)
        period = self._reporting_or_now(q, metric, clauses)
        if period is None and carried and self._levels_carried(q, metric, clauses[i]):
            self.uncarried.add(q.char_start)
        return period

    def _a_trading_day(
        self, q: Quantity, metric: str, clauses: Sequence[_Clause], carried: bool
    ) -> str | None:
        """The day of the session a share's trading figure is of, when its sentence dates it not:
        a session's day told in the sentence, else one told before it, else the day of the news a
        move answers."""
        day = self._a_sessions_day(clauses) if carried else None
        if carried and day is None:
            day = self._the_session_told_before(metric, clauses)
        if day is None:
            return self._the_news_day(q, clauses) if metric == "share_price_change_pct" else None
        # (A share's trading on a day is of that day, not of a results quarter or half carried
        # from an earlier sentence: 上半年利润创新高。…周三…最高见1464元。其后…收市报1372元.)
        if day.startswith(self.continued or "") or _QUARTER_OR_HALF.fullmatch(self.continued):
            return day
        return None

    def _a_results_paragraph_under_another_year(
        self, q: Quantity, metric: str, clauses: Sequence[_Clause]
    ) -> bool:
        """Whether the figure is a result in a paragraph that states the quarter or half the story
        reports and no other period, while the period carried is still the year its heading (or
        the title) states, and that year is not the reported one's ("CoreWeave gears up for a huge
        jump in capex in 2026" over "Revenue more than doubled from a year earlier to $1.36
        billion… Q3 capex of $1.9 billion…"): the paragraph reports its quarter; the heading's
        year is the story's other subject. (Not a figure told ahead, "its capacity will rise by
        50%": the heading's year may be that one's.)"""
        reporting = _PART_OF_A_YEAR.fullmatch(self.reporting or "")
        if reporting is None or not _A_YEAR.fullmatch(self.continued or ""):
            return False
        if self.continued != self.headline or reporting.group(1) == self.continued:
            return False
        if not self.dated_paragraphs.get(self.paragraph):
            return False
        if _TOLD_AHEAD.search(self.text, clauses[0].start, q.char_start):
            return False
        return self._a_result(q, metric, clauses)

    def _results_after_a_forecast(self, metric: str) -> bool:
        """Whether the figure is a result told as done after a sentence that told the period
        carried only ahead ("Amazon expects capex of about $125 billion in 2025. AWS revenue
        climbed 20% to $33 billion", 公司计划2026年扩产。营收增长20%): the forecast's year is not
        the results' (they are of the time reported, which the text leaves untold here). A
        sentence that looks ahead too goes on with the forecast (预计2025年营收120亿元。其中云业务
        将贡献一半), and so does one of its scenarios."""
        if not self.continued_ahead or metric not in _RESULT_METRICS or self.sentence is None:
            return False
        start, end = self.sentence.char_start, self.sentence.char_end
        if _LOOKS_AHEAD.search(self.text, start, end):
            return False
        # (A paragraph opening on one of a forecast's scenarios, 悲观情境下…, "In the bear case",
        # is told ahead throughout.)
        opening = self.paragraph_starts.get(self.paragraph, start)
        return not _ONE_OF_THE_SCENARIOS.match(self.text, opening)

    def _a_stretch_carried_to_a_move(self, clause: _Clause) -> bool:
        """Whether the period carried to a share's move is a stretch the move is not of: a quarter
        or a half the story reports, or a year when the move is told against no level of its own
        ("shares rose about 8%", "sent the shares up 10% in after-hours trading", 盘后下跌5%). Such
        a move is a trading session's: of its day (`_a_sessions_day`, `_the_news_day`) or, with
        none told, of no time the text gives. (A move from a level its clause names, 股价较上月
        高点回落33%, "down 40% from its peak", runs over the stretch since then, which the year
        carried may be.)"""
        if not self.continued or _A_MONTH_OR_DAY.fullmatch(self.continued):
            return False
        if _QUARTER_OR_HALF.fullmatch(self.continued):
            return True  # (no quarter or half a story reports is a trading session's)
        return not _AGAINST_A_LEVEL.search(self.text, clause.start, clause.end)

    def _a_sum_committed(self, q: Quantity, clauses: Sequence[_Clause], i: int) -> bool:
        """Whether the figure is a sum its sentence commits (`_COMMITTING`): the money itself,
        not a change in it (开支预算按年急增约60% is the year's growth of a budget)."""
        if q.kind != "money":
            return False
        return _COMMITTING.search(self.text, clauses[0].start, clauses[i].end) is not None

    def _of_another_measure_than_the_titles(self, metric: str) -> bool:
        """Whether the period carried is the one the title tells a forecast or a target for, not
        told again by the body, and the figure is of another measure than the title's figures, in
        a sentence not naming that period: a title's outlook (市场规模今年有望破2100亿元, 拟在2026年
        Q1调高DRAM价格) is for its own measure; the body's report figures (算力规模为71.5EFLOPS,
        AI服务器的DRAM用量约为普通服务器的8倍) are not dated by it."""
        if not self.carried_from_title or self.title_metrics is None:
            return False
        return metric not in self.title_metrics and self.continued not in self.periods_in_sentence

    def _a_stretch_from_elsewhere(self) -> bool:
        """Whether the period carried is a stretch shorter than a year (a quarter, a half, the
        first three quarters) that the figure's paragraph does not state: the title's or an
        earlier paragraph's reporting period ("工业富联前三季度净赚…" over a paragraph on market
        values). A value at an instant is not of a stretch another paragraph reports."""
        if not _QUARTER_OR_HALF.fullmatch(self.continued or ""):
            return False
        return self.at is None or not self.dated_paragraphs.get(self.at[0])

    def _levels_carried(self, q: Quantity, metric: str, clause: _Clause) -> bool:
        """Whether the period carried dates the figure: not an end of a move from … to, which its
        own sentence dates or nothing does (from 40 weeks to 16, 占比将从30%升至50%), unless it is
        a price the move runs between (went up from RMB 880,000 to RMB 1.05 million): a price is
        quoted in the time its paragraph speaks of."""
        return (
            metric.endswith(("price_from", "price_to"))
            or self._start_a_year_back(q, metric)
            or self._a_result_reached(q, metric, clause)
            or not in_a_move(self.text, q, clause.start)
        )

    def _a_result_reached(self, q: Quantity, metric: str, clause: _Clause) -> bool:
        """Whether the figure is a result a move reaches in the quarter or half the story reports
        ("gross margin slid from 11.8% to 6.3%", 毛利率也从预期的71.3%降到60.5%): the result is
        the period's, as it would be told alone; the move's start is of another time (a year
        back, a forecast) and stays open.
        Not a move told ahead (将从30%升至50%, "will rise from … to …")."""
        return (
            metric.removesuffix("_to") in _RESULT_METRICS
            and _QUARTER_OR_HALF.fullmatch(self.continued or "") is not None
            and reached_by_a_move(self.text, q, clause.start)
            and not _TOLD_AHEAD.search(self.text, clause.start, q.char_start)
        )

    def _start_a_year_back(self, q: Quantity, metric: str) -> bool:
        """Whether the figure is a move's start its own words date a year back ("up 30% from
        $0.92 a year ago", "down from 16% a year earlier"): the start is of the period carried a
        year earlier (`said_of`), as it is when its sentence states that period itself."""
        return metric.endswith("_from") and _year_earlier_after(self.text, q) is not None

    def _a_sessions_day(self, clauses: Sequence[_Clause]) -> str | None:
        """The day stated last in the paragraph, or in the list of points the sentence is one of,
        when the sentence reports a share's trading: the session's figures are all of that day
        (12月5日挂牌交易。该股以650元开盘…; "- 12月5日开盘价650元" then "- 盘中股价最高688元")."""
        if self.last_day is None or self.last_day_at is None or self.at is None:
            return None
        paragraph, heading, listed = self.last_day_at
        if paragraph != self.at[0] and not (listed and self.at[2] and heading == self.at[1]):
            return None
        if not _A_SESSIONS_TRADING.search(self.text, clauses[0].start, clauses[-1].end):
            return None
        return self.last_day

    def _the_session_told_before(self, metric: str, clauses: Sequence[_Clause]) -> str | None:
        """The trading day whose session an earlier paragraph gave figures of, for a share's
        price or move, or a session's money flows, told in a later paragraph that
        states no time ("沐曦股份17日挂牌交易…收盘定格在829.90元/股" then, paragraphs on, "大单买入
        396.61亿元，卖出515.71亿元，净流出119.10亿元"; 輝達週三…當天股價收盤小跌近0.1% then, after
        the quarter's results, "其股價收跌0.1%，盤後則一度下跌逾5%"): a listing day's or a results
        day's story goes on telling that one session (fifteenth session). Not once another day has
        been named since, nor in a paragraph stating a period; nor when the day only told when
        results came out ("8月27日周三美股收盘后，英伟达公布了…业绩"), no figure of its session."""
        if self.session_told is None or self.session_told != self.last_day or self.at is None:
            return None
        if self.dated_paragraphs.get(self.at[0]):
            return None
        if metric not in _A_SHARES_TRADING and not _A_SESSIONS_FLOWS.search(
            self.text, clauses[0].start, clauses[-1].end
        ):
            return None
        return self.session_told

    def _the_news_day(self, q: Quantity, clauses: Sequence[_Clause]) -> str | None:
        """The day the news came out ("Nvidia said on Tuesday that …", in the figure's paragraph
        or the one before) for a move in the trading after the session that the text ties to the
        news ("shares slid 6% in after-hours trading once the news was out"): that trading is of
        the day of telling. (A move after hours not tied to it, "shares fell 5% after hours", may
        be of any day since; the day of telling alone dates no figure.)"""
        end = clauses[-1].end
        if not _AFTER_THE_SESSION.search(self.text, clauses[0].start, end):
            return None
        if not _TIED_TO_THE_NEWS.search(self.text, q.char_end, end):
            return None
        paragraphs = [n for n in self.paragraph_starts if n <= self.paragraph][-2:]
        start = self.paragraph_starts[paragraphs[0]] if paragraphs else clauses[0].start
        days = told_days(self.text, start, q.char_start, self.published)
        return days[-1] if days else None

    def _reporting_or_now(self, q: Quantity, metric: str, clauses: Sequence[_Clause]) -> str | None:
        """A result's reporting period, else the publication's year for a report of today's."""
        if self._start_a_year_back(q, metric):
            metric = metric.removesuffix("_from")
        if self.reporting and self._a_result(q, metric, clauses):
            return said_of(self.text, q, self.reporting)
        return self._now(q) if self._reported_now(q, clauses) else None

    def _a_result(self, q: Quantity, metric: str, clauses: Sequence[_Clause]) -> bool:
        """Whether the figure is a result of the period reported: a result's measure (a move's end
        too), or a multiple (翻倍, 增长1.7倍, "more than doubled") told of a result named before it
        in its sentence ("Revenue more than doubled from a year earlier", 数据中心收入按年急增
        1.7倍), a growth of that period as a growth in percent is."""
        return metric.removesuffix("_to") in _RESULT_METRICS or (
            metric == "growth_ratio"
            and _A_RESULTS_NOUN.search(self.text, clauses[0].start, q.char_start) is not None
        )

    def _a_paragraphs_day(self, period: Quantity) -> bool:
        """A day opening its paragraph as the time of what it tells ("2025年12月9日，沐曦股份结束了
        申购缴款。从发行结构看，…发行4010万股", "On Dec. 9, …"): the figures the paragraph goes on
        to give are of that day. (A day stated further into a paragraph, "8月21日,DeepSeek在发布
        V3.1时提到…", or a month, "12月初宣布…", dates its event only.)"""
        if not _A_DAY.fullmatch(period.period or ""):
            return False
        if not _THE_DAYS_CLAUSE_ENDS.match(self.text, period.char_end):
            return False
        if _A_LAUNCH_TOLD_AFTER.match(self.text, period.char_end):
            return False  # "3月6日，公司发布新芯片。该芯片算力…": its specs are of no day
        start = period.char_start
        return bool(_A_PARAGRAPHS_OPENING_BEFORE.search(self.text, max(0, start - 12), start))

    def _takes_effect(self, period: Quantity) -> bool:
        """A day a change takes effect (某云发布公告，自5月1日起全面上调数据传输价格。按照调价
        方案，北美地区由0.04美元上调到0.08美元…; "effective May 1, prices rise…"): the changes the
        paragraph goes on to tell are of that day, as the price lists' writers date them. (Not the
        first end of a stretch, 從今年7月起至明年6月止.)"""
        if not _A_MONTH_OR_DAY.fullmatch(period.period or ""):
            return False
        start = period.char_start
        if _TAKES_EFFECT_BEFORE_EN.search(self.text, max(0, start - 24), start):
            return True
        return bool(
            _TAKES_EFFECT_BEFORE_ZH.search(self.text, max(0, start - 4), start)
            and _TAKES_EFFECT_AFTER_ZH.match(self.text, period.char_end)
        )

    def leave(self, facts: Sequence[Fact], periods: Sequence[Quantity]) -> None:
        """Carry on the period that dated the sentence's last fact, else the last period the
        sentence stated."""
        if self.title_ahead and self.title_metrics is None:
            self.title_metrics = {f.metric for f in facts}
        # (A launch's or a plant's start, 计划在2026年推出…, dates the launched thing's figures
        # in its sentence: the time of an event, which the sentences after are not about.)
        bases = _base_periods(self.text, facts) | _launch_times(self.text, periods)
        dated = [f for f in facts if f.quantity.char_start not in self.dated_now | self.dated_back]
        # (A price or a share's value or move quoted on a day, 按周四收市价1099元计算, is of that
        # session alone: the sentences after it keep the time told before.)
        dated = [f for f in dated if not (_A_DAY.fullmatch(f.period or "") and _quoted(f))]
        dated = [f for f in dated if not self._guidance(f)]
        dated = [f.period for f in dated if f.period and f.period not in bases | {self.reporting}]
        dated = [p for p in dated if not _YEAR_RANGE.fullmatch(p)]
        self.figures_dated = dated[-1] if dated else self.figures_dated
        if self.session_day and any(f.period == self.session_day for f in facts):
            self.session_told = self.session_day
        self.results_told.update(_results_periods(facts, self.periods_told))
        if not facts and self.figures_dated is None:
            self.figures_dated = self._reported_by_the_lead(periods)
        self.first_dated = self.first_dated or (dated[0] if dated else None)
        stated = [p.period for p in periods if _year_of(p) and not _starts_a_trend(self.text, p)]
        self.stated = stated[-1] if stated else None
        figures = [f.quantity for f in facts] if dated else []
        if not dated:
            # A year, quarter or half scopes what follows; the day or month of an event
            # ("12月初宣布…") dates that event only, unless the day opens the paragraph.
            # (A figure's own time back, "from $0.92 a year ago", is that figure's alone.)
            spans = [
                p for p in periods if p.kind != "date" and not _anothers_time_back(self.text, p)
            ]
            spans = _besides_a_forecasts_time(self.text, spans)
            dated = [p.period for p in spans if not _starts_a_trend(self.text, p)]
            dated += [p.period for p in periods if not facts and self._a_paragraphs_day(p)]
            # (自3月1日起涨价20%: a day that dates its own sentence's change is that change's.)
            own = {f.period for f in facts}
            dated += [p.period for p in periods if p.period not in own and self._takes_effect(p)]
        # (A span of years carries only from a sentence stating no figure, "中国移动完成了2025至
        # 2026年度的集采。": one that dated figures was their stretch, a growth rate's.)
        dated = [p for p in dated if p and p not in bases]
        dated = [p for p in dated if not (facts and _YEAR_RANGE.fullmatch(p))]
        if dated:
            self.continued, self.carried_from_title = dated[-1], False
            self.continued_ahead = self._told_only_ahead(figures, facts)

    def _told_only_ahead(self, figures: Sequence[Quantity], facts: Sequence[Fact]) -> bool:
        """Whether the sentence dated figures with the period it leaves and told every one of them
        in a clause looking ahead: a forecast's or a plan's. (A period stated with no figure is
        not judged: a clause's cue words alone, "AI projects", say too little.)"""
        told = [
            q for q in figures if any(f.quantity is q and f.period == self.continued for f in facts)
        ]
        # (An English clause puts its verb further from the figure: "Amazon expects capital
        # expenditures of about $125 billion in 2025".)
        reach = _A_CLAUSES_REACH
        return bool(told) and all(looks_ahead_in_its_clause(self.text, q, reach) for q in told)

    def _reported_by_the_lead(self, periods: Sequence[Quantity]) -> str | None:
        """The one quarter or half a lead sentence with no figure tells results reported for
        (公司公布了2025年第三季度业绩): the period the story reports, which the results told in the
        paragraphs after it take as if the lead had dated a figure with it (see `enter`)."""
        if self.paragraph != self.lead or self.sentence is None:
            return None
        told = {p.period for p in periods if _REPORTING_PERIOD.search(p.period or "")}
        start, end = self.sentence.char_start, self.sentence.char_end
        if len(told) != 1 or not _RESULTS_REPORTED.search(self.text, start, end):
            return None
        return None if _TOLD_AHEAD.search(self.text, start, end) else told.pop()


# The measures a results story reports its period by: the money and the per-share earnings of
# the period (not a growth, a share or a margin, which stories of shipments or of a market state
# for a quarter as well).
_RESULT_MONEY = frozenset(
    {"revenue", "eps", "net_profit", "net_loss", "operating_income", "operating_profit"}
)


def _results_periods(facts: Sequence[Fact], told: set[str]) -> set[str]:
    """The quarters and halves stated for the sentence's money results (营收, 净利, EPS, "revenue
    of $35.58 billion")."""
    return {
        f.period
        for f in facts
        if f.metric in _RESULT_MONEY and f.period in told and _REPORTING_PERIOD.search(f.period)
    }


def _an_instants_own(
    metric: str, periods: Sequence[Quantity], clause: _Clause
) -> Sequence[Quantity]:
    """The periods that may date a value at an instant (`_AT_AN_INSTANT`): a results stretch (a
    quarter, a half) stated in another clause of its sentence is the report's
    ("第二季营收467亿美元，盘后股价一度重挫逾5%"); the share's move or price is of its trading
    day."""
    if metric not in _AT_AN_INSTANT:
        return periods
    return [
        p
        for p in periods
        if clause.start <= p.char_start < clause.end
        or not _QUARTER_OR_HALF.fullmatch(p.period or "")
    ]


def _launch_times(text: str, periods: Sequence[Quantity]) -> set[str | None]:
    """The periods the sentence states only as a launch's or a plant's start time."""
    launches, others = set(), set()
    for p in periods:
        (launches if a_launch_time(text, p) else others).add(p.period)
    return launches - others


# A company's market value and its share price are levels at an instant (the day they are
# quoted), not sums over a stretch as results are: a quarter or a half reported elsewhere does not
# date them (`PeriodScope._a_stretch_from_elsewhere`). Nor does it date a share's move (盘后跌5%,
# "shares jumped 9% in extended trading"): the market's reaction on a trading day, not a result of
# the quarter the story reports (twelfth session).
# Trading after a session's close, and a move in it tied to the news that came out that day
# ("slid 6% in after-hours trading once the news was out", "jumped 9% in extended trading once it
# revealed …"): see `PeriodScope._the_news_day`.
_AFTER_THE_SESSION = re.compile(
    r"\bafter[- ]hours\b|\b(?:extended|post-market|late) (?:trading|session)\b", re.I
)
_TIED_TO_THE_NEWS = re.compile(
    r"\b(?:once|after|when|as)\s+(?:the news\b|(?:it|the company|\w+)\s+"
    r"(?:revealed|announced|reported|disclosed|released|posted|unveiled|said)\b)",
    re.I,
)
# Values at an instant: a share's price, its move, a company's market value, and a stake held
# (百分之百持股的子公司, a 51% stake), which stands at the time it is told, not over a stretch.
_AT_AN_INSTANT = frozenset({"market_cap", "share_price", "share_price_change_pct", "shareholding"})


# An investment committed (新厂50亿元的投资案, 项目计划投资总额, "unveiling a $500 billion AI
# investment") is a sum pledged once for a project that runs its own years: the quarter or year
# the story reports, carried from its title or an earlier sentence, does not date it (twelfth
# session).
_COMMITTED_ONCE = frozenset({"investment"})
# The same sums told by how they are committed, whatever the figure is typed as at first: a
# capital injection (对子公司增资6.1亿美元), a ceiling set for spending (在不超过52.8亿元的
# 额度内), a project's budget raised (调高…的资本支出预算，由47.8亿元增加到56亿元). A board's
# resolution in a results story is not a result of the quarter reported.
# So are the sums a company plans to raise or has placed (招股书…拟募资39.04亿元, 39.85亿元定增
# 落地, 80亿元的计划投资总额): the offering's plan, dated by the listing where the story tells
# it (`offerings_of_the_listing_day`), not by a results period or a year carried.
_COMMITTING = prefiltered(
    r"增资|额度内|预算|拟募资|拟募集|定增|计划投资|回购计划|capital injection|\bbudget(?:ed|s)?\b"
    r"|\b(?:buyback|repurchase) (?:program|programme|plan|authori[sz]ation)\b",
    re.I,
)


# What a story carries its lead's period to is the lead's own measure; a price, a share's value or
# its moves are quoted at the time each sentence tells (a rent, 涨价20%, 市值). A change in percent
# names no measure of its own (a growth of revenue, of shipments, of a share price): it goes with
# the amount it is told of.
_NOT_THE_LEADS_MEASURE = frozenset({"unit_price", "price_change", "valuation", "pct_change"})
# Of those, all but a change in percent, which may be a result's growth told rounded (7成 for 73%).
_LEVELS_QUOTED = _NOT_THE_LEADS_MEASURE - {"pct_change"}


def _quoted(f: Fact) -> bool:
    """Whether the fact is a price, a share's value or a move, quoted at the time told."""
    return f.fact_type in _NOT_THE_LEADS_MEASURE


def _the_leads_measure(f: Fact) -> bool:
    return f.fact_type not in _NOT_THE_LEADS_MEASURE and "price" not in f.metric


def leads_measures_carried(facts: Sequence[Fact], lead: int | None, uncarried: set[int]) -> None:
    """A figure nothing dated for want of a period carried to it, in a later paragraph than the
    lead, of a measure the lead dated (the tally, the capex, the revenue it reports: the same
    fact_type and metric) is of the lead's period for that measure ("…expect to spend $650
    billion this year", then, paragraphs on, "their combined outlay would come to $635 billion");
    so is a growth told of the same subject in the amount's sentence ("…, a 67% jump"). Only the
    lead's own measure: not a price or a share's value or moves, nor a change in percent on its
    own; not one the lead dated with two periods, with a day or month (the day of a trading
    session, of an announcement) or with a span of years; nor a figure of a company other than
    the one the lead measured."""
    if lead is None or not uncarried:
        return
    leads: dict[tuple[str, str], str | None] = {}
    subjects: dict[tuple[str, str], set[Entity | None]] = {}
    for f in facts:
        if f.sentence.paragraph_no != lead or f.sentence.line_kind != "body" or not f.period:
            continue
        measure = (f.fact_type, f.metric)
        # (A day or month dates an event; a span of years, as in `leave`, a stretch of its own.)
        period = f.period
        if _A_MONTH_OR_DAY.fullmatch(period) or _YEAR_RANGE.fullmatch(period):
            period = None
        known = leads.setdefault(measure, period)
        leads[measure] = known if known == period else None
        subjects.setdefault(measure, set()).add(f.subject)
    carried: dict[tuple[int, Entity | None], str] = {}
    for f in facts:
        if f.period or f.quantity.char_start not in uncarried or f.sentence.paragraph_no <= lead:
            continue
        measure = (f.fact_type, f.metric)
        period = leads.get(measure) if _the_leads_measure(f) else None
        if period and f.subject is not None and f.subject.kind != PHRASE_KIND:
            period = period if f.subject in subjects[measure] else None
        if period is None and f.fact_type == "pct_change" and f.metric in _GROWTH:
            period = carried.get((f.sentence.sentence_no, f.subject))
        if period is not None:
            f.period = period
            carried[f.sentence.sentence_no, f.subject] = period


# "a 67% jump from the $381 billion they spent in 2025", "较2025年的3810亿美元": the amount a
# comparison starts from is of the base's time, which the sentences after are not about.
_BASE_AMOUNT_BEFORE = prefiltered(
    r"(?:\b(?:from|than|versus|vs\.?|against|compared (?:with|to))\s+(?:the\s+|its\s+|their\s+)?"
    r"|(?:较|比|相比|相较于?|对比)[^，。；,;]{0,12}的\s*)$",
    re.I,
)


def _base_periods(text: str, facts: Sequence[Fact]) -> set[str | None]:
    """The periods only base amounts of the sentence are dated with."""
    based = [
        _BASE_AMOUNT_BEFORE.search(text, max(0, f.quantity.char_start - 24), f.quantity.char_start)
        for f in facts
    ]
    bases = {f.period for f, base in zip(facts, based, strict=True) if base}
    return bases - {f.period for f, base in zip(facts, based, strict=True) if not base}


# A sentence that goes on with the report cited before it points back at the publisher
# (该机构预估…, 报告还指出, it also expects…, the firm).
_BACK_TO_REPORT = prefiltered(
    r"该(?:研究|调研|研调)?机构|该报告|报告(?:还|也|并|同时|进一步)?(?:指出|显示|认为|预计|预估|提到)"
    r"|\b(?:the|this) (?:research )?(?:firm|report|agency|tracker|survey|consultancy)\b",
    re.I,
)
# A pronoun or a bare "and also says" points back at the report only when the sentence has not
# named a company of its own before it ("微软上季度投入349亿美元,并表示…": Microsoft speaks).
_GOES_ON_SPEAKING = prefiltered(
    r"其(?:还|也|并|进一步)?(?:预计|预估|预测|估计|指出|认为)"
    r"|(?:还|也|并|进一步)(?:预计|预估|预测|估计|指出|认为|表示)"
    r"|\b(?:it|they)\s+(?:also\s+|further\s+|now\s+)?(?:expects?|estimates?|projects?|forecasts?"
    r"|predicts?|sees|notes?|noted|adds?|added)\b",
    re.I,
)
_SPEAKERS = ("vendor", "organization")
# A news service or paper is cited for what it heard, not as the author of the story's figures: a
# results story opening "…, Reuters reported" does not make Reuters the source of every figure.
_NEWS_SERVICE = re.compile(
    r"Reuters|Bloomberg|CNBC|Financial Times|Wall Street Journal|WSJ|Nikkei|Associated Press"
    r"|\bAP\b|The Information|Yonhap|Xinhua|DigiTimes|路透|彭博|日经|日經|新华|新華"
    r"|[报報社网網台]$|媒体|媒體|新闻|新聞|电视|電視",
    re.I,
)
# The lead: the first body paragraphs (a byline or dateline line may come first).
_LEAD_PARAGRAPHS = 2


@dataclass
class SourceScope:
    """Who reported a sentence's figures: the publisher it cites (据IDC, TrendForce表示, according
    to TrendForce); else the one cited before, when the sentence points back at it (该机构预估,
    it also expects) or goes on in its paragraph naming no company of its own; else the
    publisher the title cites ("TrendForce: …", "IDC: …"), whose report the whole article is;
    else the research firm the lead cites ("…, according to new figures from IDC",
    研调机构TrendForce预估): a story opening on a firm's report goes on telling that report's
    figures. (Not a news service the lead cites: a results story opening "…, Reuters reported"
    is the company's.)"""

    text: str
    article: str | None = None
    lead: str | None = None
    lead_cited: bool = False
    titled: bool = False
    last: str | None = None
    last_paragraph: int = -1
    in_body: bool = False
    body_paragraphs: int = 0
    body_paragraph: int = -1

    def attribute(
        self, sentence: Sentence, mentions: Sequence[_Mention], facts: Sequence[Fact]
    ) -> None:
        carried = self._carried(sentence, mentions)
        for fact in facts:
            fact.source = _source(self.text, sentence, mentions, fact.quantity.char_start)
            fact.source = fact.source or carried
        cited = _source(self.text, sentence, mentions, sentence.char_end)
        self.titled = self.titled or (not self.in_body and sentence.line_kind == "heading")
        self.in_body = self.in_body or sentence.line_kind == "body"
        if sentence.line_kind == "body" and sentence.paragraph_no != self.body_paragraph:
            self.body_paragraph = sentence.paragraph_no
            self.body_paragraphs += 1
        # The lead's first citation decides: a research firm the reference lists as a publisher,
        # not a news service that broke the story (whose analysts' quotes follow), a company
        # speaking of itself, a prospectus, notes or a filing.
        if (
            cited
            and not self.lead_cited
            and sentence.line_kind == "body"
            and self.body_paragraphs <= _LEAD_PARAGRAPHS
            # (A story's lead, under its title: a text of body lines alone has none.)
            and self.titled
        ):
            self.lead_cited = True
            if not _NEWS_SERVICE.search(cited) and any(
                m.entity.kind == "publisher" and m.entity.canonical == cited for m in mentions
            ):
                self.lead = cited
        # A short list item ("- Meta预计…") reads like a heading but is a point of its own.
        if cited and not self.in_body and not _LIST_ITEM.match(sentence.text):
            self.article = cited
        if cited:
            self.last, self.last_paragraph = cited, sentence.paragraph_no

    def _carried(self, sentence: Sentence, mentions: Sequence[_Mention]) -> str | None:
        if self.last is None:
            return None
        if _BACK_TO_REPORT.search(self.text, sentence.char_start, sentence.char_end):
            return self.last
        speaking = _GOES_ON_SPEAKING.search(self.text, sentence.char_start, sentence.char_end)
        company_speaks = speaking and any(
            m.entity.kind in _SPEAKERS and not m.is_source and m.start < speaking.start()
            for m in mentions
        )
        if speaking and not company_speaks:
            return self.last
        names_company = any(m.entity.kind in _SPEAKERS and not m.is_source for m in mentions)
        if sentence.paragraph_no == self.last_paragraph and not names_company:
            return self.last
        # (A company telling its own money, "微软…投入349亿美元,并表示…", is not the firm's report.)
        return self.article or (None if company_speaks else self.lead)


# What a company holds at the quarter's end (a backlog of orders, 在手订单): a results story's title
# and lead telling it alike tell it as of the quarter reported. (Not any figure both tell: a deal's
# share of revenue or the sales a ban costs are of no quarter.)
_HELD_AT_THE_QUARTERS_END = frozenset({"orders"})
_GROWTHS = frozenset({"yoy_growth", "qoq_growth", "growth"})
_A_GROWTH_OF_NO_KIND = "growth"
# A share's run, told of its stock (该股, 股价, 市值, "shares"): quoted at the time told.
_A_SHARES_MOVE = re.compile(r"\bshares\b|\bstock\b|股价|市值|该股|股票|盘[前后]", re.I)


def leads_of_the_reported_quarter(facts: Sequence[Fact], lead: int | None) -> None:
    """A results story often tells its news in the title and the lead before the body names the
    quarter it reports ("Dell's AI server backlog reaches $14.4 billion" over "…holds a $14.4
    billion order backlog…", then "For its fiscal 2026 first quarter, Dell reported revenue…";
    "Nvidia收入…大增7成" over "第四財季收入按年增長73%"). A title or lead figure nothing dated is of
    that quarter (the first the body reports a result of) when it is a growth the body reports
    for it told rounded (the same metric and company, within a tenth), or when it is a backlog the
    title and the lead tell alike (held at the quarter's end). An amount repeated exactly is
    `headline_period_as_in_body`'s; another amount (the sales a ban costs, in a preview of the
    results) is of no quarter. Not a price, a share's value or its moves: those are of the time
    told."""
    if lead is None:
        return
    reported = next(
        (
            f
            for f in sorted(facts, key=lambda f: f.quantity.char_start)
            if f.sentence.line_kind == "body"
            and f.metric in _RESULT_METRICS
            and _A_QUARTER.fullmatch(f.period or "")
        ),
        None,
    )
    if reported is None:
        return
    quarter = reported.period
    growths = [
        f
        for f in facts
        if f.sentence.line_kind == "body" and f.period == quarter and f.metric in _GROWTHS
    ]

    def told_rounded(f: Fact) -> Fact | None:
        """A growth of the quarter's, of the same company, the figure rounds (7成 for 73%). A
        growth the title or lead tells without its kind ("an 88% jump in revenue") is the body's
        growth of whatever kind the body names ("88 percent higher than a year before"), and
        takes that kind."""
        return next(
            (
                g
                for g in growths
                if (g.fact_type, g.subject, g.unit) == (f.fact_type, f.subject, f.unit)
                and (g.metric == f.metric or f.metric == _A_GROWTH_OF_NO_KIND)
                and g.value is not None
                and f.value is not None
                and abs(g.value - f.value) <= 0.1 * abs(g.value)
            ),
            None,
        )

    def in_the_lead(f: Fact) -> bool:
        return f.sentence.line_kind == "body" and f.sentence.paragraph_no == lead

    told = [
        f
        for f in facts
        if f.period is None
        and (_in_the_title(f) or in_the_lead(f))
        and f.fact_type not in _LEVELS_QUOTED
        and "price" not in (f.metric or "")
        and not _A_SHARES_MOVE.search(f.sentence.text)
    ]
    for fact in told:
        alike = fact.metric in _HELD_AT_THE_QUARTERS_END and any(
            _in_the_title(other) != _in_the_title(fact)
            and (other.fact_type, other.metric) == (fact.fact_type, fact.metric)
            and other.value == fact.value
            and other.unit == fact.unit
            for other in told
        )
        growth = told_rounded(fact)
        if alike or growth:
            fact.period = quarter
        if growth:
            fact.metric = growth.metric


def periods_stated(own: Sequence[Quantity]) -> set[str]:
    """The periods a sentence states itself, dated (`PeriodScope.enter`): 2024, 去年第四季度."""
    return {q.period for q in own if q.kind in PERIOD_KINDS and q.value is not None and q.period}


def period_bases(facts: Sequence[Fact], stated: Mapping[int, set[str]]) -> None:
    """How each fact's period was found, so that an analyst can weigh it: `stated` when its own
    sentence states it, `carried` when only an earlier sentence, heading or title does (the
    report reading), `inferred` when no sentence states it as such (a word of the present read
    as the publication's year, a fiscal calendar, the year before a 去年同期, a span worked out).
    On text no rule was written with in view, stated periods are right far more often than
    carried or inferred ones (bench/extraction_quality.md)."""
    first_told: dict[str, int] = {}
    for no in sorted(stated):
        for period in stated[no]:
            first_told.setdefault(period, no)
    for fact in facts:
        no = fact.sentence.sentence_no
        if fact.period is None:
            fact.period_basis = None
        elif fact.period in stated.get(no, ()):
            fact.period_basis = "stated"
        elif first_told.get(fact.period, no) < no:
            fact.period_basis = "carried"
        else:
            fact.period_basis = "inferred"
