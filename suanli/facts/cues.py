"""The cue lexicon: the words and sentence patterns that say what a quantity measures, and
the patterns around it (moves, comparisons, turns, time shifts) that classification and
attribution read. Adding a cue is one row in one table here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from suanli.prefilter import prefiltered


# (Compared and hashed as the one object each table row is: classification memoises what each
# cue matches in a clause.) `source` is the pattern as written, for tables built from other
# tables' rows; `pattern` may carry a prefilter's look-ahead before it.
@dataclass(frozen=True, eq=False)
class Cue:
    pattern: re.Pattern
    fact_type: str
    metric: str
    source: str


def _cues(*rows: tuple[str, str, str]) -> tuple[Cue, ...]:
    # (Every clause is scanned with every cue of a table; the look-ahead spares most positions.)
    return tuple(Cue(prefiltered(p, re.IGNORECASE), t, m, p) for p, t, m in rows)


_PRICE_UP = (
    # (调高, 调升: 上调 however a forecast or a price is raised, Taiwan's press among them.)
    r"涨价|提价|上调|调高|调升|调涨|上涨了?|涨了|贵了|加价|溢价|price (?:hike|increase)"
    r"|rose by|jumped by|up by|raised by"
)
_PRICE_DOWN = (
    # (回调, a price pulling back.)
    r"降价|跌价|下调|调降|调低|下跌了?|跌了|便宜了|降了|回落|回调"
    r"|price (?:cut|slide|drop|fall|decline|slump|plunge)|fell by|dropped by|down by|cut by"
    r"|slashed by|lowered by"
)
# A price per unit of time before the amount says a rent as surely as 租金 does: 每卡时12元,
# 每卡每小时10.5元, 每P每月8万元; so does an hourly rate. (A rent is a word of its own: not the
# end of "parent company" or "current price".)
_PER_TIME_BEFORE = (
    r"每\s?(?:卡|张|台|GPU|P|PF)?\s?每?\s?(?:小时|卡时|时)"
    r"|每\s?(?:卡|张|台|P|PF)\s?每?\s?(?:月|天|日)"
)
_RENTAL = (
    r"月租金|日租金|租金|租价|租赁价格|月租|\brent(?:al|ing|s|ed)?\b|per (?:GPU[- ])?hour|GPU-hour"
    r"|on[- ]demand|hourly|" + _PER_TIME_BEFORE
)
# A rate per unit of time, possibly per card too ("卡/小时", "GPU/hr", "GPU per hour").
_PER_TIME = re.compile(
    r"(?:\S+\s?(?:/|·|per\s)\s?)?(?:hours?|hr|h|GPU-hour|小时|卡时|month|月|day|天|year|年)",
    re.IGNORECASE,
)
# A title about renting (算力租赁行情, Cloud GPU rental index): its bare quotes may be rents.
# (So is a title quoting a price per hour: "H100 capacity finds a $2.35/hour floor".)
_RENTAL_TOPIC = re.compile(
    _RENTAL + r"|租赁|租用|出租|/\s?(?:GPU[- ])?(?:hours?|hr|h)\b|/\s?小时", re.IGNORECASE
)
# An amount starting right here: a currency sign or digit, or a currency code before it
# ("RMB 1.4 million", "US$2,000", "HK$30").
_AMOUNT_AHEAD = r"(?:(?:RMB|CNY|USD|HKD|TWD|EUR)\s?|(?:US|HK|NT|S)(?=\$))?[$¥€£\d]"
# A measure named right after a sum a verb before it leads to ("took in $12.3 billion of AI server
# orders", "put $91.4 billion into capex"): that name, not the verb, says what the sum is.
_NAMED_AFTER_THE_SUM = (
    r"(?![^,;]{0,48}?\b(?:orders?|bookings?|capex|capital (?:expenditures?|spending))\b)"
)
_PRICE_WORD = (
    # (报/只要/要价 before a figure, and 一台/一张… X price one unit: 只报30万元,
    # 一台二手笔记本约900元)
    r"售价|价格|报价|单价|定价|零售价|市价|均价|现价|原价|标价|牌价|挂牌价|租金|租价|卖到|卖(?![出掉光])|每[张枚块颗台片个条]|要价|开价|叫价"
    # (The highest and lowest a price reached: 最高价67.87元, 最低价.)
    r"|最高价|最低价"
    r"|\bASP\b|\bMSRP\b"
    r"|报(?=约?\d|完)|只要|一[台张块颗枚片条](?!\d)"
    r"|priced? at|prices?|pricing\b|costs? per|sells? for|sold for|selling for|retails? for"
    r"|paid|pays?"
    # "lists the K80 at $0.90", "goes for $0.11", "goes for RMB 1.4 million": a listed price.
    r"|\blist(?:s|ed)?\b(?= (?:\w+ ){0,3}at " + _AMOUNT_AHEAD + ")"
    r"|\b(?:goes|go|went|going) for(?= " + _AMOUNT_AHEAD + ")"
    # "charges about $30,000 for each": what a seller asks.
    r"|charg(?:es|ed|ing)(?= (?:\w+ ){0,2}" + _AMOUNT_AHEAD + ")"
)
_SHARE_QUOTE = re.compile(
    # (Not 营收在 / 税收在: takings "at" an amount, 营收在14.5亿至15.2亿元之间.)
    r"股价|收盘价?|(?<![营税])收在|(?<![营税])收于|报收|收报|开盘价|开盘报|开报|发行价|招股价"
    r"|share price|stock price"
    # (A broker's target for the share, 目标价5160元, "a price target of $250", is a share's
    # price too.)
    r"|目标价|target price|price target"
    r"|closed at|closing at|opened at|opening at|IPO price|offer price|priced (?:its|the) IPO"
    # (Hong Kong's 收市报, a quote touched during trading: 一度见, 最高见, 盘中报, "shares
    # touched $X"; a session's end told as "finished the day at".)
    r"|收市价?|收市报|一度(?:见|报)|(?:最高|最低)见|盘[中前后]\S{0,6}?(?:见|报)"
    r"|\b(?:finished|ended) the (?:day|session) at"
    r"|\b(?:shares?|stock) (?:touched|hit|traded at)",
    re.IGNORECASE,
)
_VALUATION = re.compile(
    r"市值|估值|market cap(?:italization)?|valuation"
    # ("an offering which values the business at $7 billion", "valuing it at": what a company is
    # worth; not "a contract valued at", the worth of a deal.)
    r"|\bvalu(?:es|ed|ing)\s+(?:it|(?:the|this|that|its)\s+(?:[\w-]+\s+)?(?:company|business"
    r"|firm|group|startup|start-up|maker|chipmaker|designer))\s+at\b",
    re.IGNORECASE,
)
# Verbs that pay a sum out or sell it (卖出, 拿出, 掏出, 动用资金), and a sum right after them,
# a word of degree at most between.
_PAID_OUT = r"(?:卖出|拿出|掏出|动用(?:资金)?)"
_A_SUM_AFTER = r"(?=(?:了|约|近|超过?|逾|高达|共计?)?\s*\d)"
# Investing or an investment, not the investors (投资者, 投资人, 投资方, 投资机构, investors).
_INVEST = r"投资(?![者人方机])|invest(?!ors?\b)"
_MONEY_CUES = _cues(
    (_RENTAL, "unit_price", "rental_price"),
    (
        _VALUATION.pattern,
        "valuation",
        "market_cap",
    ),
    # A share's price (股价, 收在1050元, 开盘报35.7港元, closed at $120, opened at $30, an IPO
    # priced at $20): no chip's price, no price change.
    (_SHARE_QUOTE.pattern, "unit_price", "share_price"),
    (_PRICE_UP, "price_change", "price_increase"),
    (_PRICE_DOWN, "price_change", "price_decrease"),
    (_PRICE_WORD, "unit_price", "price"),
    (
        # (Not 投资规模/募资规模/融资规模, nor their 总规模: the size of an outlay or a raise, no
        # market's.) (市场的规模约160亿美元: the market's size however it is joined; not 订单规模,
        # the size of orders.)
        r"市场(?:的|总)?规模|市场空间|(?<!资)(?<!资总)(?<!订单)(?<!订单总)规模"
        r"(?:将|预计|有望|已经?|或将?)?(?:约|大约)?"
        r"(?:达|为|超|突破)|产值"
        r"|market size|market value"
        # A market's takings are its size (全球服务器市场收入达773亿美元, "market revenue"); so
        # is the opportunity it offers (潜在商机约500亿美元, "a $50 billion market opportunity").
        # (Not a region's: 国际市场收入, 中国市场营收 are a company's sales there.)
        r"|(?<!国际|海外|国内|境外|中国|美国|欧洲|日本|全球|本地|本土|大陆|内地)市场(?:总)?(?:收入|营收|销售额)"
        r"|商机|市场机会|market opportunity|addressable market|\bTAM\b"
        # "put the Chinese market for AI chips at $50 billion": a market sized by a speaker.
        r"|\b(?:put|puts|putting|pegs?|pegged|siz(?:e|es|ed)|estimat(?:e|es|ed))\b[^.;$]{0,40}?"
        r"\bmarket\b[^.;$]{0,30}?\bat\b"
        # "a market worth", "an 88% share worth", "that segment grew … to": the size of a part of
        # a market (not "segment revenue grew", which is revenue).
        r"|(?:market|segment|sector|share)\b(?:(?!revenue|sales|income)[^.,;$]){0,25}?"
        r"\b(?:worth|valued|reach(?:ed|es)?|size|grow|grew|expand|climb)",
        "market_size",
        "market_size",
    ),
    # "价值500亿美元的中国市场", "规模达千亿元的AI芯片市场", "the $50 billion China market": a
    # market the amount right before it sizes (not its share, price or value on the exchange).
    (
        r"(?<=[元币])的[^,;。的\d]{0,8}市场"
        # (The words between name the market, China or AI chip, and no amount's currency, verb
        # or preposition: "earned $3 billion from the market", "hit $3 billion as market demand".)
        r"|(?:(?<=illion|dollar)|(?<=\dbn))s?[- ](?:(?!(?:US|dollars?|from|in|of|on|to|into"
        r"|for|by|at|as|and|or|but|while|with|after|than|that|which|the|a|an|its|their)\s)"
        r"[\w-]+\s+){0,2}?"
        r"market\b"
        r"(?!\s+(?:share|cap|value|price|consensus|expectations?)\b)",
        "market_size",
        "market_size",
    ),
    # The value of what is installed: "a trillion dollars of … infrastructure already installed".
    (r"存量|已安装|装机|installed(?: base)?", "market_size", "market_size"),
    # What a company spends on research, a spending whatever word names it (研发费用, 研发投入,
    # "R&D expenses"), not a cost of sales nor an investment in assets.
    (
        # (研发投入合计43亿元: the total of that spending, no cost.)
        r"研发(?:费用|投入|支出|开支|开销)(?:合计|总计|累计|共计)?"
        r"|(?:R&D|research and development)\s+(?:expenses?|spending|investments?|costs?|outlays?)",
        "spend",
        "rd_expense",
    ),
    # What a company spends selling and running itself, each its own spending as research is
    # (销售费用, 銷售和市場費用, 销售及市场推广开支, "sales and marketing expenses"; 管理费用,
    # 行政开支, "general and administrative expenses"), not a cost of sales.
    (
        r"销售(?:和|及|与)?(?:市场)?(?:推广)?(?:费用|开支)|市场推广(?:费用|开支)"
        r"|\b(?:selling|sales and marketing|sales|marketing)\s+expenses?",
        "spend",
        "sales_expense",
    ),
    (
        # (Only after a word of its own clause: a clause is read alone, and SG&A, "selling,
        # general and administrative expenses", both at once, starts one at "general".)
        r"管理费用|行政(?:费用|开支)"
        r"|(?<=\w\s)(?<!selling\s)(?<!and\s)(?:general and )?administrative\s+expenses?",
        "spend",
        "admin_expense",
    ),
    # Pay in shares is a line of a company's operating expenses as its research spending is
    # (股份支付费用, 股票薪酬费用, "stock-based compensation expenses"), not a cost of sales.
    (
        r"股份支付(?:费用)?|股票薪酬(?:费用)?|股权激励费用"
        r"|\b(?:stock|share|equity)[- ]based\s+compensation(?:\s+expenses?)?"
        r"|\bstock\s+compensation(?:\s+expenses?)?",
        "spend",
        "stock_compensation",
    ),
    # A write-down is a cost of the period, not spending: 计提减值, a $5.5 billion write-off.
    (
        r"减值|计提|核销|impairment|write-?(?:off|down)s?"
        # "a $4.5 billion charge" (not "charges customers $2", "charges about $30,000").
        r"|\bcharges?\b(?!\s+(?:customers|users|clients|buyers|about|around|roughly|up to|as much"
        r"|[$¥€\d]))",
        "cost",
        "impairment",
    ),
    (
        # (EPS glued to Chinese, 当季EPS: CJK letters are word characters, so no \b.)
        r"每股收益|每股盈利|每股纯益|每股盈余|earnings per (?:diluted )?share"
        r"|(?<![A-Za-z])EPS(?![A-Za-z])"
        # A profit or a loss counted per share is earnings per share: "diluted net income per
        # common share", 每股净利润, 每股溢利, 每股亏损.
        r"|(?:net\s+)?(?:income|earnings|profit|loss)\s+per\s+(?:[\w-]+\s+){0,2}?share\b"
        r"|每股(?:净利润?|利润|溢利|亏损|净亏损)",
        "earnings",
        "eps",
    ),
    # Earnings below the net line or beside it, each its own measure: gross profit, the cash
    # operations bring in, free cash flow, EBITA and EBITDA (经调整 / adjusted ones apart).
    (r"毛利(?!润?率)(?:润)?|gross profit", "earnings", "gross_profit"),
    (
        r"经营(?:活动)?(?:产生的)?现金流(?:量)?(?:净额)?|经营性现金流(?:量)?|operating cash flows?"
        r"|cash flows? (?:from|provided by) operati\w+|operations (?:provided|generated)",
        "earnings",
        "operating_cash_flow",
    ),
    (r"自由现金流(?:量)?|free cash flows?", "earnings", "free_cash_flow"),
    (r"(?:经调整|adjusted\s+)EBITA(?![A-Za-z])", "earnings", "adjusted_ebita"),
    (r"(?:经调整|adjusted\s+)EBITDA(?![A-Za-z])", "earnings", "adjusted_ebitda"),
    (r"(?<![A-Za-z])EBITA(?![A-Za-z])", "earnings", "ebita"),
    (r"(?<![A-Za-z])EBITDA(?![A-Za-z])", "earnings", "ebitda"),
    # What a holding would make if sold at a quoted price (中一签的账面浮盈, 可获浮盈28万元,
    # "a paper gain of $2,000 per lot"): earnings at the quote, not the price that quotes it.
    # (A firm's 账面亏损 / 账面利润 is what its books record, a loss or profit of the period.)
    (
        r"浮盈|账面(?:浮盈|盈利|收益)|(?:paper|unreali[sz]ed)\s+(?:gains?|profits?)",
        "earnings",
        "paper_gain",
    ),
    (
        r"浮亏|账面浮亏|(?:paper|unreali[sz]ed)\s+loss(?:es)?",
        "earnings",
        "paper_loss",
    ),
    (r"净亏损|亏损|net loss|lost", "earnings", "net_loss"),
    # (营业利益, 营运获利, 营益: Taiwan's words for it; 经营溢利 Hong Kong's.)
    (
        r"(?:营业|经营|营运)(?:利润|利益|溢利)(?!率)|营运获利|营益(?!率)"
        r"|operating (?:income|profit)",
        "earnings",
        "operating_income",
    ),
    (
        # (盈利, 纯利, 溢利: Hong Kong's words for a profit; 经调整盈利 is an adjusted one.)
        r"净利润|利润|净利(?!率)|纯益|获利|盈利(?!能力|模式|率)|纯利(?!率)|溢利|net income"
        r"|net profit|profit|earnings of",
        "earnings",
        "net_profit",
    ),
    # "revenue in the local market reaching X": revenue, however near the market word is.
    (
        r"营收|收入|销售额|营业额|turnover|(?:revenue|sales)(?:\s+(?:in|from|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:market|segment|business|division|unit)(?:\s+(?:reaching|reached|hit|hitting|of|at|was"
        r"|is|will reach|to reach|grew|rose|climbed|jumped|increased|fell|declined|dropped))?)?"
        r"|bring in|generate"
        # Money a company brings, takes or rakes in is what it sold ("took in $107.56 billion",
        # "brought in an estimated $12 billion"): the sum right after the verb, unless the words
        # after the sum name what it is ("took in $12.3 billion of AI server orders").
        r"|\b(?:br(?:ought|ings|inging)|t(?:ook|akes|aking)|rak(?:ed|es|ing))\s+in\b"
        r"(?=\s+(?:an?\s+)?(?:estimated\s+|about\s+|roughly\s+|nearly\s+|more than\s+|over\s+)?"
        + _AMOUNT_AHEAD
        + ")"
        + _NAMED_AFTER_THE_SUM,
        "spend",
        "revenue",
    ),
    # (拟投500亿美元, 再投100亿元: a bare 投 right before an amount invests it.)
    (
        # ("pour $600 billion into": money put into something is invested.)
        # (Not 投资者, 投资方, investors: those who invest are no outlay.)
        rf"投资规模|{_INVEST}|投入|投(?=(?:约|近|超过?|逾)?\d)|\bpour(?:s|ed|ing)?\b"
        # (在不超过52.8亿元的额度内改良厂房: the ceiling a board sets on an outlay it approves.)
        r"|额度内"
        # (合计认购3.725亿美元: what investors subscribe for in an offering buys a stake, no cost.)
        r"|认购"
        # ("Nvidia put $2B into the company": a sum put into something, not "put it at $2B", an
        # estimate.)
        r"|\bput(?:s|ting)?(?=\s+(?:(?:more than|over|about|nearly|roughly|some|another)\s+)?"
        + _AMOUNT_AHEAD
        + r"(?:[^,;.]|[.,](?=\d)){0,24}?\binto\b)"
        + _NAMED_AFTER_THE_SUM,
        "spend",
        "investment",
    ),
    # What a balance sheet holds at a date (存货达406亿元, 合同负债, "inventories of $4 billion"):
    # no outlay of the period, each its own measure.
    (r"存货|inventor(?:y|ies)", "spend", "inventory"),
    (r"合同负债|contract liabilit(?:y|ies)", "spend", "contract_liabilities"),
    # (资本性支出, capital spending: a bare 支出 / spending is no capex.)
    (
        r"资本开支|资本支出|资本性支出|资本性开支|capex|capital expenditure|capital spending",
        "spend",
        "capex",
    ),
    # A seller's book of orders not yet filled (在手订单, 预订单规模, 未交付订单, a backlog, "orders
    # on hand"): what is owed to it, no buyer's purchase ("placed orders worth", 这批订单).
    (
        r"在手订单|手握订单|持有订单|未交付订单|未完成订单|积压订单|预订单|订单(?:规模|储备|总额|余额)"
        r"|\bbacklogs?\b|\border (?:book|backlog)s?\b|\borders? on hand\b|\bunfilled orders\b"
        r"|remaining performance obligations?"
        # Orders named right after their sum are the seller's, told as won or held (拿到超30亿元的
        # AI服务器订单, 锁定200亿人民币订单, "holds $13 billion in orders", "took in $12.3 billion
        # of AI server orders"); a buyer's orders are told by their verb before the sum (订购,
        # "ordered $2 billion of chips").
        r"|(?<=[元币])(?:的[^，。；的\d]{0,12}?)?订单"
        r"|(?<=[\d\s])(?:in|of)\s+(?:[A-Za-z][\w-]*\s+){0,3}?orders\b",
        "spend",
        "orders",
    ),
    (
        # (集采, 招标, 中标金额: a tender's amounts, what its buyer pays the winners; a lot's
        # 总含税价 / 含税总金额 is the same sum told with its tax, not a unit's price.)
        # (Not 采购价 / 采购单价 / 购买价格, "purchase price": what one unit is bought at is its
        # price, as 每片采购价1万美元 says.)
        r"(?:采购|订购|购买|购入|购置|买入)(?!单?价)|斥资|订单|集采|招标|中标(?:总)?金额"
        r"|总含税(?:价|金额)|含税总(?:金额|额)"
        r"|procure|orders?|ordered|bought|purchas\w*(?!\s+prices?)",
        "spend",
        "procurement",
    ),
    # What a country or an industry sells abroad (出口额, 出口值, 商品出口达X, "exports of $X"),
    # no outlay; not a control on exports (出口管制, export curbs).
    (
        r"出口(?:额|值|总额|金额)?(?!管制|管控|限制|禁令|许可|禁运|规则|新规)"
        r"|\bexports?\b(?!\s+(?:controls?|curbs?|bans?|restrictions?|licen[cs]es?|rules?"
        r"|limits?|version))",
        "spend",
        "exports",
    ),
    (r"补贴|补助|奖励|subsid\w*|grants?", "spend", "subsidy"),
    (r"需求|demand", "spend", "demand"),
    # (花费 right before an amount is the verb, spending it; 花费为X, 的花费 a cost.)
    (
        r"支出|花了|拿出|花费(?=(?:约|近|超过?|逾|了)?\d)|spend(?:ing)?|spent",
        "spend",
        "spending",
    ),
    (r"成本|花费|耗资|费用|开销|总价|来算就是|算下来|costs?|total of", "cost", "cost"),
    # A sum right after a verb that pays it out or sells it (同时卖出47.32亿元, 按发行价计算动用资金
    # 约4.39亿元) is that sum, however near a price word before it stands (买入均价725.75元，…;
    # 发行价): the money traded or put up, no price of one thing. (Only with the sum right after:
    # 卖出的价格 stays a price's.)
    (_PAID_OUT + _A_SUM_AFTER, "spend", "amount"),
    # Money a company raises (融资, 募集资金, 筹资, an IPO's proceeds): neither spent nor earned.
    (
        # (所得款项: Hong Kong's word for an offering's proceeds; 定增 / 增发: a placement of new
        # shares, money raised as 募资 is.)
        r"融资|募资|募集|筹资|筹集|集资|募得|所得款项|定增|定向增发|增发"
        r"|\brais(?:e|es|ed|ing)\b|funding|proceeds",
        "spend",
        "funding",
    ),
)
# An amount per share in an earnings statement ("净利润X(每股摊薄后0.76美元)", "or $0.76 per
# diluted share") is earnings per share, not a share's price.
_PER_SHARE_BEFORE = re.compile(r"每股(?:摊薄|稀释|基本)?后?(?:收益|盈利|盈余|纯益)?(?:为|约)?\s*$")
_PER_SHARE_AFTER = re.compile(r"\s*(?:a|per|each)\s+(?:diluted\s+|basic\s+)?share\b", re.I)
# "$8 billion of Q2 revenue", "80亿美元的营收": the measure named right after an amount.
_OF_MEASURE_AFTER = re.compile(
    r"\s*(?:的|(?:of|in)\s+(?:(?:the|its|their|Q[1-4]|fiscal|annual|quarterly|full-year"
    r"|(?:19|20)\d\d)\s+){0,3})",
    re.I,
)
# 合计/总计 only add up: "营收合计约2.1兆元" is revenue; alone ("合计2.7亿") they mean a total cost.
_SUM_CUE = _cues((r"合计|总计|共计|一共|总共", "cost", "cost"))[0]
_MONEY_CUES += (_SUM_CUE,)
# 每张成本X, 单卡成本X, X per unit: the cost of one unit is its price. So is the cost of an
# hour (每小时费用为3美元: a rent) or of a gigabyte (数据传出费用为每GB 0.09美元), as the same
# units after the figure make it (3美元/小时, 0.09美元/GB); 每月/每年 before an amount count an
# outlay (企业每月只需1800元), no price.
_PER_UNIT_BEFORE = re.compile(
    r"(?:平均)?每[张枚块颗台片个卡]|单[卡张台颗枚]|\b(?:per|each)\b"
    r"|每\s?(?:[GT]i?B(?![A-Za-z])|小时|小時|卡时|卡時)",
    re.I,
)
# The verb after a period marker (同比, 按年, 环比…) is part of it, whichever verb moves:
# 按年下跌72% is a fall year on year, not a price's fall.
_MARKED_MOVE = (
    r"(?:大幅|大|仅|只|再)?(?:增长|增加|上升|提升|下降|下滑|减少|下跌|上涨|攀升|飙升|回落|萎缩|缩减"
    r"|跌|涨|升|增|减|降)?"
)
# Taiwan's words for a move after its period markers (年比成长, 季比衰退), and the rate of it.
_TAIWAN_MOVE = r"(?:成长|衰退)?率?"
# "Microsoft lost more than 11%", "the stock shed 4%": a value lost by the figure right after.
# 涨幅, 降幅: the size of a move. Alone it is a price's (涨幅达30%); a period marker in its clause
# makes it the growth of whatever the clause measures (资本支出环比降幅约为32%).
_MOVE_SIZE = r"涨幅|升幅|跌幅|降幅"
_LOST = r"\b(?:lost|los(?:es|ing)|shed(?:s|ding)?)\s+"
_LOST_BY_ABOUT = r"(?:(?:more than|about|around|nearly|almost|over|roughly|some)\s+)?"
_LOST_BY = _LOST + rf"(?={_LOST_BY_ABOUT}\d[\d.]*\s?%)"
_PERCENT_CUES = _cues(
    (
        r"年复合增长率|复合年均增长率|年均复合增长率|复合年增长率|复合增长率|年均增速|年均增长率|CAGR"
        # (成长 is Taiwan's 增长: 年复合成长率, 年均成长率.)
        r"|复合(?:年均)?成长率|年均成长率"
        # (复合增速, 年复合增速: a compound rate told as a speed.)
        r"|(?:年)?复合(?:年均)?增速"
        r"|compound annual(?: growth)?(?: rate)?",
        "pct_change",
        "cagr",
    ),
    (
        rf"(?:同比|按年){_MARKED_MOVE}|年增长率|年增|年减|年成长"
        # (年比, 季比, 月比: Taiwan's 同比, 环比 and 按月, 年比成长率 however the move is worded;
        # not 2030年比2025年, two years set against each other.)
        rf"|(?<!\d)年比{_MARKED_MOVE}{_TAIWAN_MOVE}"
        # Set against the year before however joined (较上年, 比去年, 与上一年相比); not against a
        # point of it (较去年底, 比去年6月).
        r"|(?:较|比|与|相比|相较|对比)(?:于)?(?:去年|上年|上一年|前一年|上年度)"
        r"(?!底|末|年底|年末|的|[初一二三四五六七八九十\d])(?:同期)?(?:相比|相较|比较)?"
        # (Y/Y, Q/Q, M/M: the analysts' slashed short forms of YoY, QoQ, MoM.)
        r"|year[- ]on[- ]year|year[- ]over[- ]year|yoy|\by/y\b"
        r"|(?:from|than) a year (?:earlier|ago|before)"
        # ("a 74% rise on the previous year", "up 20% from last year", "versus a year before".)
        r"|(?:on|from|over|than|against|versus|vs\.?|compared (?:with|to))\s+(?:the\s+)?"
        r"(?:previous|prior|preceding|last) year(?:'s)?(?!\s*(?:end|-end))"
        r"|(?:on|over|against|versus|vs\.?|compared (?:with|to))\s+a year (?:earlier|ago|before)"
        r"|(?:from|on|than)\s+the year before"
        r"|(?:the )?year-(?:earlier|ago) (?:figure|level|period|quarter)"
        r"|(?:the )?same (?:half|quarter|period|month) (?:of|in|last|a year)"
        r"|over the (?:previous|prior) year",
        "pct_change",
        "yoy_growth",
    ),
    (
        rf"(?:较上月|按月){_MARKED_MOVE}|(?<![\d个])月比{_MARKED_MOVE}{_TAIWAN_MOVE}|月增|月减"
        r"|month[- ]on[- ]month"
        r"|\bMoM\b|\bm/m\b|month[- ]over[- ]month"
        r"|(?:from|over|on|than)(?: in)? the (?:previous|prior) month"
        # ("fell 16.6% from a month earlier", "up 3% on the month before", "than last month": the
        # month before set against, as "a year earlier" and "the year before" are for a year.)
        r"|(?:from|over|on|than|versus|vs\.?|compared (?:with|to))\s+"
        r"(?:a month (?:earlier|ago|before)|the month before|last month(?:'s)?\b)",
        "pct_change",
        "mom_growth",
    ),
    (
        rf"(?:环比|按季){_MARKED_MOVE}|季比{_MARKED_MOVE}{_TAIWAN_MOVE}|季增|季减|季成长"
        r"|quarter[- ]on[- ]quarter"
        r"|\bQoQ\b|\bq/q\b|quarter[- ]over[- ]quarter|sequential"
        r"|(?:from|over|on|than|above|below|with|to|versus|vs\.?)(?: in)? the (?:previous|prior"
        r"|preceding|last) quarter"
        # ("fell 13.5% from the quarter before", "grow from last quarter", "a quarter earlier".)
        r"|(?:from|over|on|than|versus|vs\.?|compared (?:with|to))\s+(?:in\s+)?(?:a quarter"
        r" (?:earlier|ago|before)|the quarter before|last quarter(?:'s)?\b)"
        # (比前1季大增, 较上一季度增长, 与上季相比: set against the quarter before.)
        r"|(?:较|比|相比|相较于?|对比|与|和)(?:上|前)(?:一|1)?个?季度?",
        "pct_change",
        "qoq_growth",
    ),
    # A traded share's move (股价, 盘后大跌5%, shares fell 3%): a market's reaction, no result of
    # the period reported.
    (
        # (高开, 低开, 涨停: a share opening above or below its last close, a day's limit; 振幅,
        # the day's range over its last close.)
        r"股价|盘后|盘前|盘中|收盘|开盘|高开|低开|涨停|跌停|振幅|share price|stock price"
        r"|(?<!%\s)(?<!%)\bshares\b(?!\s+of)|\bstock\b",
        "pct_change",
        "share_price_change_pct",
    ),
    # A day's turnover (换手率): the part of a share's float traded, no move of its price.
    (r"换手率|turnover rate", "share", "share"),
    (_MOVE_SIZE, "pct_change", "price_change_pct"),
    (_PRICE_UP + "|" + _PRICE_DOWN, "pct_change", "price_change_pct"),
    (r"of (?:the )?\S+ performance|performance of", "ratio", "relative_performance"),
    (
        r"的性能|性能的|算力的|性能(?:约|大约|大致)?(?:为|是|相当于|达到?)"
        # "性能只有H100的15%", "算力约为A100的八成" (not "算力规模占全球的33%", a share).
        r"|(?:性能|算力|效能|速度)[^,;。%占份规]{0,12}?的(?=\s*[\d一二三四五六七八九十半])",
        "ratio",
        "relative_performance",
    ),
    (r"毛利率|gross margin", "share", "gross_margin"),
    # (营业利益率 is Taiwan's 营业利润率; a bare 利润率 / profit margin is what is left of revenue
    # after all costs, the net margin.)
    (
        # (营益率 is the short form of 营业利益率 Taiwan's press uses.)
        r"营业利润率|经营利润率|营业利益率|营运利润率|营益率|operating (?:profit )?margin",
        "share",
        "operating_margin",
    ),
    # (溢利率 is Hong Kong's 利润率: 分部溢利率, a segment's margin.)
    (
        r"净利率|净利润率|利润率|溢利率|net (?:profit )?margin|profit margin",
        "share",
        "net_margin",
    ),
    # A company's expenses as a part of its revenue (费用率, 营业费用率, 期间费用率, "expense
    # ratio") and the part of its profit taxed ("effective tax rate", 实际税率): levels a results
    # story states and moves in points, never a growth, whatever base the clause sets them against.
    (
        r"(?:营业|营运|运营|经营|期间|销售|管理|研发|财务)?费用率|(?:operating )?expense ratio"
        r"|opex ratio",
        "share",
        "expense_ratio",
    ),
    (
        r"(?:实际|有效|所得)税率|(?:effective |income )?tax rate",
        "share",
        "tax_rate",
    ),
    # "an 88% share", "70% of the market": a share of a market.
    (
        # ("7.2% and 6.5% shares": shares a percent is of are parts of a market.)
        # (市占, without 率: Taiwan's press names a market share so.)
        r"份额|市占|占有率|market share|share of the|(?<=%\s)shares?\b|(?<=%)shares?\b"
        r"|of (?:the|this|that) (?:[\w-]+ ){0,2}?market\b"
        # A part of the world's takings or of the whole market (贡献了全球24%的收入, 占整体的
        # 70.9%), not of one company's (其全球15%的营收), nor of the world's compute (占全球的33%).
        r"|(?<![其的])全球(?=\s*[\d.]+\s*%\s*的?(?:收入|营收|销售额|出货))|占整体的?\s*(?=\d)"
        # A part of the world's sales or trade however weighed (出口值占全球比重23%, 出货量占全球的
        # 比例, "23% of global server exports"); not of what is installed (算力占全球的33%).
        r"|(?:出口|出货|销售|营收|收入)[^，,。；;%\d]{0,6}?占全球的?(?:比重|比例|比率)?"
        r"(?:约|大约)?(?:为|达到?|超过)?\s*(?=\d)"
        r"|(?<=%\s)of (?:global|worldwide|the world's) (?:[\w-]+ ){0,2}?(?:exports|shipments|sales"
        r"|revenue|market)\b"
        # A part of a whole market's or the world's takings however the part is told ("almost a
        # fifth of worldwide quarterly revenue", "more than half of all server market revenue",
        # 全球HBM市场营收中，HBM4将占55%): a market's shares, not one company's revenue.
        r"|\bof (?:all |the |total )?(?:(?:global|worldwide) (?:[\w-]+ ){0,2}?(?:revenue|sales)"
        r"|(?:[\w-]+ ){0,2}?market (?:revenue|sales))\b"
        r"|市场(?:总)?(?:营收|收入|销售额)中",
        "share",
        "market_share",
    ),
    # (股份 of a holding, not of a company's name: 股份有限公司, nor the 股份 a listed short name
    # ends in, glued to the name before it (紫光股份约20%); a holding's 股份 stands alone or after
    # 的, 持, 有, 其, 之, 部分 (所持股份, 5%的股份). "11% of its shares" is held, no move of a
    # traded share.)
    (
        r"持股比例|持股|股权|持有|(?:(?<![\u4e00-\u9fff])|(?<=[的持有其之分]))股份(?!有限|公司)"
        r"|shareholding|stake"
        r"|(?<=%\s)of (?:(?:the|its|their|[\w-]+'s) ){0,2}(?:outstanding |total )?"
        r"(?:shares|stock)\b",
        "share",
        "shareholding",
    ),
    # Rates of a price: a tariff, a deposit paid up front.
    (r"关税|税率|tariffs?|duty|duties", "share", "tariff_rate"),
    (r"定金|订金|预付款?|首付|deposit|down payment|prepay\w*", "share", "deposit_rate"),
    # A penalty set as a part of a contract's value (违约金20%, a 10% break fee).
    (r"违约金|罚金|滞纳金|penalty|penalties|break fee", "share", "penalty_rate"),
    # What is levied on takings (抽成20%, 收入的15%作为分成, a 20% cut of sales, a royalty): a
    # rate on revenue, never a move of a price.
    (
        r"抽成|分成|提成|佣金|抽佣|分润|commissions?|royalt(?:y|ies)|levy|take rate"
        r"|(?<=%)\s?(?:cut|share|slice|portion|take) of (?:\S+ ){0,3}?(?:revenue|sales|proceeds"
        r"|takings|income)"
        # ("The 15% payment": a percent paid over, named by the payment it makes.)
        r"|(?<=%)\s?payments?\b",
        "share",
        "revenue_share",
    ),
    # Rates a level is stated in (国产化率提升至50%): what the domestic-substitution marts track.
    (r"国产化率|本土化率|localization rate", "share", "localization_rate"),
    (r"自给率|self-sufficiency", "share", "self_sufficiency_rate"),
    (r"渗透率|penetration", "share", "penetration_rate"),
    # (出租率, occupancy: the part of a data centre's racks taken, as 上架率.)
    (r"利用率|使用率|上架率|出租率|utili[sz]ation|occupancy", "share", "utilization"),
    # A process's or a chip's yield: the good dies of those made.
    (r"良率|良品率|成品率|\byields?\b(?: rates?)?", "share", "yield_rate"),
    (r"采用率|采纳率|adoption(?: rate)?", "share", "adoption_rate"),
    (r"补贴|subsid", "share", "subsidy_rate"),
    # ("24% revenue growth", "double-digit sales growth": the growth of revenue, no part of it.)
    (r"营收|收入|销售额|(?:revenue|\bsales\b)(?!\s+growth)", "share", "revenue_share"),
    (
        # (权重, an index's weight: the part of the index a stock makes up; not 权重股, a
        # heavyweight stock.)
        r"占比|占到|占了|占据|占|权重(?!股)|accounts? for|accounted for|share"
        r"|(?:make|makes|made|making) up"
        r"|take up|takes? (?=\d)"
        r"|represents?|of (?:the )?(?:total|whole|entire|overall|all)\b",
        "share",
        "share",
    ),
    # A growth rate stated as a level (GDP成长率达7.64%, 实质增长率来到30%): the rate itself,
    # year on year or quarter on quarter only when a marker says so.
    (r"(?<![年季月])(?:增长|成长)率", "pct_change", "growth_rate"),
    (
        # (双位数的强劲增长: how strong the growth is belongs to the growth, so a figure before it
        # is as near the growth as in 双位数的增长.)
        r"(?:强劲|稳健|快速|高速|显著)的?(?:增长|成长)"
        r"|增长|增加|提升|上升|增速|增幅|扩大|下降|下滑|减少|回落|降低|收窄|缩小|成长|衰退|双增|双降|削减|缩减"
        # (提高, as 提升 and the 降低 it undoes: 推理速度提高了60%; 提高到/提高至 a level reached.)
        r"|提高(?![到至])"
        # (The one-character verbs a headline or a Hong Kong report moves by: 升19%, 大增119%,
        # 跌1港元或0.2%, 再飙2成; not 升级, 增值, 增资.)
        r"|升(?![级格温])|增(?![值资])|跌|涨|减(?!持)|飙|挫|萎缩|缩水"
        # (少赚 / 多赚: Hong Kong's "earned less / more", a profit's move.)
        r"|少赚|多赚"
        r"|growth|grew|\bcut\b|\breduc(?:e|es|ed|ing|tion)\b|\bslash(?:es|ed)?\b"
        r"|\bclimb(?:s|ed|ing)?\b|\bsoar(?:s|ed|ing)?\b|\bsurg(?:e|es|ed|ing)\b|\bleap(?:s|t|ed)?\b"
        r"|\btumbl(?:e|es|ed|ing)\b|\bplummet(?:s|ed|ing)?\b|\bsank\b|\bdip(?:s|ped)?\b"
        r"|\bshr[iau]nk(?:s|ing)?\b|\bexpand(?:s|ed|ing)?\b|\bballoon(?:s|ed)?\b"
        r"|\brebound(?:s|ed)?\b|\b(?:sky)?rocket(?:s|ed|ing)?\b|\bspik(?:e|es|ed|ing)\b"
        # A verb of raising or lowering what it names by the figure ("raised their capex by
        # nearly 50%", "lifted shipments by 46%"), not one raising money or a stake to a level.
        r"|\b(?:rais|lift|boost|hik|lower)(?:e|es|ed|s|ing)?\b(?=[^.;:%]{0,50}?\bby\s+(?:(?:about"
        r"|around|roughly|nearly|almost|some|just|over|more than|up to|as much as|another"
        r"|a further)\s+)?\d)"
        r"|grow(?:s|ing)?|\b(?:rose|rise[sn]?|rising|gain(?:s|ed|ing)?)\b|jump"
        r"|increased?|fell|fall(?:en|s|ing)?|slid(?:es?)?|slipped|declined?|drop(?:s|ped)?"
        r"|slump(?:s|ed)?|plunge[sd]?|crept|creeps?|edged"
        # ("50% faster on some workloads": a comparative with its base left unsaid.)
        r"|(?<=%\s)(?:higher|lower|faster|slower|cheaper|quicker)\b(?!\s+than)"
        # ("made up 52 percent of": a share, not a rise.)
        r"|(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)"
        r"\b(?:up|down)(?=\s+(?:by\s+)?(?:about|around|nearly|almost)?\s*\d)"
        r"|" + _LOST_BY,
        "pct_change",
        "growth",
    ),
)
_CHANGE_CUES = tuple(c for c in _PERCENT_CUES if c.fact_type == "pct_change")
_SHARE_MOVE_CUE = next(c for c in _PERCENT_CUES if c.metric == "share_price_change_pct")
_MOVE_SIZE_CUE = next(c for c in _PERCENT_CUES if c.source == _MOVE_SIZE)
# Shares of a named kind (market share, a shareholding, a tariff…), beside the bare share verbs;
# a subject stands before them (attribution), while revenue may be the whole a subject is part of.
_NAMED_SHARE_CUES = tuple(
    c
    for c in _PERCENT_CUES
    if c.fact_type == "share" and c.metric not in ("share", "revenue_share")
)
# The kinds a bare share verb (占比, accounts for) yields to in its clause: a named share, or a
# share of revenue ("营收占比20%", "made up 88% of total revenue").
_SHARE_KIND_CUES = _NAMED_SHARE_CUES + tuple(
    c for c in _PERCENT_CUES if c.metric == "revenue_share"
)
_PERIOD_CHANGE_CUES = tuple(
    c for c in _CHANGE_CUES if c.metric in ("yoy_growth", "qoq_growth", "mom_growth")
)
_COMPARED_AFTER = re.compile(
    r"\s*(?:higher|lower|more|less|above|below|greater|smaller|up|down)\s+(?:than|from|on|over)\b"
    # "sits 38% above its October low", "60% to 120% above it": above or below a level.
    r"|\s*(?:above|below)\s+(?:it|its|that|this|those|their|the|a|an)\b"
    # "30% more efficient than", "20% faster than": a comparison is a change.
    r"|\s*(?:(?:more|less)\s+[a-z-]+|(?!rather|other)[a-z]+er)\s+than\b"
    # "costs 40% less", "25% fewer GPUs", "buys a third more compute": the comparison's other
    # side left unsaid.
    # ("losses were 12% narrower": a loss's change, the base left unsaid.)
    r"|\s*(?:more|less|fewer|cheaper|costlier|faster|slower|narrower|wider)\b(?!\s+(?:or|and)\b)",
    re.I,
)
# "比H20贵70%", "比NVL72的180PFlops高出67%", "成本还低20%": a Chinese comparison states its
# adjective before the figure.
_COMPARATIVE_BEFORE = re.compile(
    r"(?:比[^,;。，；]{1,24}?|还|更)(?:高|低|多|少|贵|便宜|快|慢|强|弱)(?:出|了)?(?:约|近|逾|超过)?\s*$"
    r"|(?:高出|低出|多出)(?:约|近|逾|超过)?\s*$"
    # (多买30%的算力, 少用两成电: more or less of what is bought or used.)
    r"|[多少](?:买|用|花|付|耗|卖|赚|跑)了?(?:约|近|逾|超过)?\s*$"
)
# What a percentage level is, when it moves from one level to another. (A rate of change, 增速,
# 增幅, 增长率, is a level too: 营收同比增幅达到20% reaches a growth, not a share of revenue.)
_LEVEL_CUES = tuple(c for c in _PERCENT_CUES if c.fact_type != "pct_change") + _cues(
    (r"增速|增幅|增长率|成长率|growth rate", "pct_change", "growth_rate"),
    # (比重, a part's weight in its whole, named without 占: AI服务器比重提升至15% reaches a share,
    # not a growth. Only as a level: where it names no verb, the whole the sentence names before
    # decides the share's kind, 其中AI机种的比重达到50% a part of revenue.)
    (r"比重", "share", "share"),
)
_DURATION_CUES = _cues(
    (r"翻一倍|翻倍|翻番|doubl", "duration", "doubling_time"),
    (r"研发|开发|自研|外购|设计|流片|develop|design|build", "duration", "development_time"),
    (r"训练|training|train(?:ed)?\b", "duration", "training_time"),
    (
        _PRICE_UP
        + "|"
        + _PRICE_DOWN
        + r"|涨至|涨到|降至|涨幅|价格|price|rose|climb|jump|surg|went "
        r"from|fell|dropped",
        "duration",
        "price_window",
    ),
    (r"交付|交货|等待|排队|lead time|wait|deliver", "duration", "lead_time"),
    (r"合同|合约|租约|租期|contract|lease|reserv\w*|commitment", "duration", "contract_term"),
    (
        r"回收期|回本|回报周期|投资回收|payback|break[- ]?even"
        r"|pa(?:ys?|id) (?:for )?(?:itself|themselves)",
        "duration",
        "payback_period",
    ),
)
# What a figure of power measures beside a chip's draw: a rack's (每个机柜的密度约15 kW, 40 kW per
# rack) or a data centre's IT load (IT负载容量150 MW, "critical IT load of 200 MW").
_POWER_CUES = _cues(
    (r"机柜|机架|\bracks?\b", "spec", "rack_power"),
    (r"IT\s*负载|\b(?:critical\s+)?IT\s+(?:load|capacity)\b", "spec", "it_load"),
)
_PLAIN_CUES = _cues(
    (r"用户|users?|subscribers", "count", "users"),
    # A data centre's power usage effectiveness (PUE值为1.6, a PUE of 1.2): a ratio of powers.
    (
        r"(?<![A-Za-z])PUE(?![A-Za-z])|能源使用效率|电能使用效率|power usage effectiveness",
        "ratio",
        "pue",
    ),
    (r"参数量|参数|parameters|params", "model_parameters", "parameters"),
    (_PRICE_WORD, "unit_price", "price"),
    # (A bare 万/亿 paid out: 买1000颗得先拿出2.8亿现金 is the sum put up, not the price 一张 in the
    # clause before would make it.)
    (_PAID_OUT + _A_SUM_AFTER, "spend", "amount"),
    (rf"投资规模|{_INVEST}", "spend", "investment"),
    (r"市场规模|market size", "market_size", "market_size"),
)
_COMPUTE_CUES = _cues(
    (r"总算力消耗|算力消耗|训练|consum|training", "compute", "training_compute"),
    (r"16位浮点|FP16|BF16|half[- ]precision", "compute", "compute_fp16"),
    (r"8位定点|INT8|8-bit integer", "compute", "compute_int8"),
    (r"32位浮点|FP32|single[- ]precision", "compute", "compute_fp32"),
    (r"64位浮点|FP64|double[- ]precision", "compute", "compute_fp64"),
    (r"峰值|peak", "compute", "peak_compute"),
)
_DATA_CUES = _cues(
    (r"显存|内存|记忆体|HBM|memory", "data_size", "memory"),
    (
        r"数据集|数据|文本|语料|体积|训练|dataset|corpus|text|training data",
        "data_size",
        "dataset_size",
    ),
)
_BANDWIDTH_CUES = _cues(
    (r"显存|内存|记忆体|HBM|memory", "spec", "memory_bandwidth"),
    # (互连, 互連: another writing of 互联.)
    (r"互联|互连|NVLink|interconnect|网络|网路|network", "spec", "interconnect_bandwidth"),
)
_RATIO_CUES = _cues(
    (
        r"售价|价格|价钱|(?<!性)价(?!值|比)|便宜|贵|price|pricing|cheaper"
        r"|(?:more |as |so )?expensive|dearer|pricier|costlier|costs?"
        # ("a 2.5× spread between providers": how far apart quotes of one thing lie.)
        r"|\bspreads?\b",
        "ratio",
        "price_ratio",
    ),
    # (效能 is Taiwan's 性能; 运算能力 (運算能力) and "computing power" name compute as 算力 does.)
    (
        r"算力|性能|效能|运算能力|速度|performance|faster|compute|computing[- ]power"
        r"|throughput",
        "ratio",
        "performance_ratio",
    ),
    # (数据中心 is a place, not data: "數據中心收入增1.7倍" sizes nothing.)
    (r"相当于|数据(?!中心)|文本|大小|size|larger", "ratio", "size_ratio"),
    (
        # (成长 is Taiwan's 增长; 增至原来的3倍 grew to three times the level before.)
        r"增长|增加|提升|提高|同比|年增|成长|增至|增到|扩大|grew|grow(?:s|ing|th)?|rose|increased?"
        # Hong Kong and Taiwan copy's growth verbs before a multiple: 按年 (year on year),
        # 急增 / 大增 / 暴增 / 激增, and a bare 增 right before the figure (收入增1.7倍).
        r"|按年|[急大暴激猛劲勁]增|增(?=\s*(?:逾|超过?|超過|近|约|約)?\s*[\d.一二两兩三四五六七八九十])"
        r"|jump(?:s|ed)?|surg(?:e|es|ed)|climb(?:s|ed)?|\bup\b"
        r"|year[- ]over[- ]year|year[- ]on[- ]year|(?:from|than) a year (?:earlier|ago|before)",
        "ratio",
        "growth_ratio",
    ),
)
_LEVEL_RATIO_CUES = tuple(c for c in _RATIO_CUES if c.metric != "growth_ratio")
# "2x-3x higher", "三倍高", "twice as dear": a multiple set against another level compares two
# levels; it is no growth, whatever verb the next clause uses.
_LEVEL_COMPARED_AFTER = re.compile(
    r"\s*(?:higher|lower|more expensive|cheaper|pricier|dearer|costlier|greater|larger|smaller"
    r"|faster|slower|above|below|高于|低于|贵|便宜)",
    re.I,
)
# A title about prices or rents (价格, 报价, 涨价, "Cloud GPU rental index", "prices", "dearer"):
# the story tracks a price, and its bare moves and multiples are the price's.
_PRICE_TOPIC = re.compile(
    _RENTAL + r"|租赁|租用|出租|价格|报价|售价|涨价|降价|price|pricing|dearer|cheaper|pricier", re.I
)
# (伺服器, 资料中心, 记忆体: Taiwan's words, which t2s keeps.)
_SERVER_NOUN = re.compile(r"服务器|伺服器|servers?", re.I)
# Projects a sentence names as data centres' (中国智算中心项目, 名称带有“智算中心”的项目): the
# data-centre noun joined to 项目, by 的 or a closing quote. (English counts of projects are not
# read as facts at all.)
_DATA_CENTRE_PROJECTS = re.compile(
    r"(?:数据中心|资料中心|智算中心|算力中心|计算中心)[”\"」』]?的?项目"
)
# 项目 bare or pointed back at (83个项目, 的项目, 这些项目, 该项目), not one another noun qualifies
# (30个光伏项目, 12个储能项目): what it counts is what the paragraph said the projects are.
_BARE_PROJECTS = re.compile(r"(?<=[的个些该此各\d”\"」』\s])项目")
_COUNT_NOUNS = (
    (
        re.compile(
            r"芯片|晶片|裸晶|晶粒|GPU|显卡|加速卡|算力卡|卡|chips?|dies\b|GPUs?|cards?|accelerators?",
            re.I,
        ),
        "chips",
    ),
    (re.compile(r"工程师|研发人员|engineers?", re.I), "engineers"),
    (re.compile(r"开发者|程序员|developers?|programmers?", re.I), "developers"),
    (re.compile(r"人(?!工|民)|员工|研发团队|staff|employees|people|workers", re.I), "people"),
    (
        re.compile(
            # (Not 家庭, 家用, 家电: households and home use; nor 家 inside 国家, 专家, 大家, 作家,
            # 玩家: a country, experts, everyone, writers, players, none of them a firm.)
            r"企业|公司|厂商|供应商|经销商|代理商|商家|(?<![国专大作玩])家(?![庭用电具居])"
            r"|companies|firms|vendors|suppliers"
            r"|startups?|providers?",
            re.I,
        ),
        "companies",
    ),
    (re.compile(r"文章|篇|网页|documents?|articles?|web pages", re.I), "documents"),
    (
        re.compile(r"数据中心|资料中心|智算中心|算力中心|计算中心|data cent(?:er|re)s?", re.I),
        "data_centers",
    ),
    (_SERVER_NOUN, "servers"),
    (re.compile(r"项目|projects?", re.I), "projects"),
    # (1085万标准机架, 3.1万架, 2,000 racks: a data centre's size in racks; not 架构, an
    # architecture. 机柜 too (2500个高功率机柜), but counted by 台 it names the servers a rack
    # holds (2.8万台AI服务器机柜): see _MEASURE_WORD_KINDS.)
    (re.compile(r"机架|机柜|(?<=[\d万亿千百十])架(?![构设])|racks?", re.I), "racks"),
    (re.compile(r"集群|clusters?", re.I), "clusters"),
    # Shares counted (发行7000万股, 增持40.84万股, "70 million shares"): a company's stock, not the
    # people or firms named near them. Only 股 as the number's own measure word (482万户…新股
    # counts accounts), and not 股价, 股东, 股权 glued to it.
    (re.compile(r"^股(?![价东权份票市本息利])|\bshares\b", re.I), "shares"),
    # (Users counted by their noun, "650M monthly active users", as the users cue reads them.)
    (re.compile(r"\busers\b", re.I), "users"),
    (re.compile(r"大模型|模型|models?", re.I), "models"),
)
# Measure words that count only some kinds of thing: 家 organisations and sites (30家算力中心 are
# data centres, 5家AI芯片公司 firms, not chips), 台 machines (2.8万台AI服务器机柜 are servers, not
# racks). What such a word counts is the first noun of its kinds after it, else the last before
# the number (骨干节点型算力中心突破30家); with none, the reading of any other measure word.
_MEASURE_WORD_KINDS = {"家": ("companies", "data_centers"), "台": ("servers",)}
# What a story counts by 台 when it is not its servers: computers, phones, screens, vehicles,
# generators, robots, tools (read with `_servers_by_tai` in classify.py).
_OTHER_MACHINES = re.compile(
    r"笔电|笔记本|电脑|桌机|显示器|屏|手机|终端|平板|电视|汽车|车辆|整车|发电机|空调|机器人|光刻机"
    r"|机床|PCs?\b|notebooks?|laptops?|phones?|vehicles?",
    re.I,
)
_NEED = re.compile(r"需要|需|要|required|need|would take|requires?", re.IGNORECASE)
# Chips a buyer orders ("has ordered 300,000 H20 chips", "an order for 10,000 GPUs", 订购了2万颗):
# the verb right before the number, hedges such as "more than" aside. An order mentioned elsewhere
# in the clause ("the orders will add to an inventory of N chips") orders nothing of that count,
# and 订单 after a count (追加30万片H20订单) is left as chips: writers read that one both ways.
_ORDERED_BEFORE = re.compile(
    r"(?:\border(?:ed|s)?(?:\s+for)?|订购了?|下单了?)\s*"
    r"(?:(?:more than|over|about|around|nearly|some|up to|another|an additional|additional"
    r"|超过|超|约|近)\s*)?$",
    re.IGNORECASE,
)
# (由 of 自由, 理由, 经由, 由于 starts no move: 自由现金流 is free cash flow.)
_FROM_ZH = r"从|(?<![自理经缘])由(?!于)"
_FROM = re.compile(rf"(?:{_FROM_ZH}|from)\s*$", re.IGNORECASE)
# 从/from a few words before the number, with no other number in between.
_FROM_PHRASE = prefiltered(
    rf"(?:{_FROM_ZH}|\bfrom\b)[^\d,;。]{{0,8}}$"
    r"|(?:down|up|rose|fell|climbed|dropped) from\s+\D{0,30}$"
    # "rising from a trough of ~$1.70/hr", "From an initial public offering price of 114.28
    # yuan": the start named as a level (a peak, a low, a price) of which the figure is the value.
    r"|\bfrom\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:trough|peak|high|low|level|price|rate|base|average)\s+of\s*[~≈]?\s*$",
    re.IGNORECASE,
)
# "2.5万美元→3万美元", "$8 -> $2": an arrow between two figures is a move from one to the other.
_ARROW = r"→|->|⟶|➝|➔|⇒"
_ARROW_AFTER = re.compile(rf"\s*(?:{_ARROW})\s*(?=\S)")
_ARROW_BEFORE = re.compile(rf"(?:{_ARROW})\s*$")
_COMPARED_WITH = re.compile(
    r"\b(?:compared (?:with|to)|versus|vs\.?|against)\s+\D{0,20}$|(?:相比|相较于?)\D{0,6}$", re.I
)
_IN_THE_PAST = re.compile(
    r"\s*(?:last\s+\w+|a (?:year|month|quarter) (?:earlier|ago|before)|(?:a|one) year ago"
    r"|earlier|previously|in (?:19|20)\d\d|at the (?:start|beginning) of)",
    re.I,
)
# "仅英伟达H800一项…", "of which…": a clause about a part does not lend the whole its subject.
_SUBSET_START = re.compile(r"\s*(?:仅|仅仅|其中|单|光|只|just|only|of which|including)", re.I)
# "其中GPU服务器占比约69%", "of which…": what follows is about a part of the whole said before; the
# part is the subject when it is a reference entity, else nothing (never the whole).
_PART_START = re.compile(r"\s*(?:其中|of which|among them|including)", re.I)
# "we expect…", "our revenue": in an earnings call the company the heading names is speaking.
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b|我们|我司|本公司", re.I)
# "H200的三分之二", "A100的80%": a product right before 的 and a number is a comparison base.
# (Only a percent, a multiple or a fraction compares: "H100的8卡节点" counts the H100's cards.)
_BASE_OF_COMPARISON = re.compile(
    r"[^,;。\d]{0,6}的\s*(?=[\d一二两三四五六七八九十]+(?:\.\d+)?\s*(?:%|倍|成)|百分之|半|一半"
    r"|[一二三四五六七八九十]+分之)"
)
_WHOLE_AFTER = re.compile(r"\s*(?:中|当中|里)(?:的)?(?:占比|份额|占|所占)")
_WHOLE_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?:total|whole|entire|overall|all)\s+$", re.I)
# "half the rate of H200", "3x faster than A100": a product after of/than is the comparison base.
_BASE_WORD = re.compile(r"\b(?:of|than|versus|vs\.?)\b|比|的", re.I)
# A fraction compared with another value: "H100的一半", "half of what", "half the rate of".
_FRACTION_OF_VALUE_BEFORE = re.compile(r"的\s*$")
_FRACTION_OF_VALUE_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:what|that|those)\b|\s+the\s+(?:[\w-]+\s+){1,2}?(?:of|for)\b", re.I
)
_SHIPMENTS = re.compile(
    r"出货量|出货|销量|交付量|shipments?|shipped|ship|shipping|deliver(?:ed|ies)?|units sold",
    re.IGNORECASE,
)
_COUNTED = (
    Cue(_SHIPMENTS, "count", "shipments", _SHIPMENTS.pattern),
    *(Cue(pattern, "count", metric, pattern.pattern) for pattern, metric in _COUNT_NOUNS),
)
# How far back (characters) the product a server is built on may be named.
_SERVER_REACH = 30
_FOR_A_SYSTEM = re.compile(
    r"\s*(?:for|per|on)\s+(?:an?|one|each|the)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:servers?|systems?|DGX|HGX|racks?)\b",
    re.IGNORECASE,
)
_SYSTEM_NOUN = re.compile(
    r"(?:服务器|伺服器)(?!内存|主板|电源|机箱|CPU|芯片)|整机|机柜|一体机|(?:运算|计算|算力|GPU|AI)模组"
    r"|servers?\b(?!\s+(?:memory|CPUs?))"
    r"|systems?\b|\bDGX\b|\bHGX\b|racks?\b",
    re.I,
)
_TO = re.compile(
    r"(?:涨至|涨到|升至|增至|增长至|增长到|上涨至|提高到|提升至|提高至|飙升至|跌至|跌到|降至|降到|下跌至|回落至|"
    # (降至今年上半年的15.85%: the part of the year the level is reached in.)
    r"减少至|调整为|调整至|调为|到|至|to)了?\s*(?:(?:目前|现在|如今|当前|今年|去年|前年|上年|年底|年末)"
    r"(?:上半年|下半年|前三季度|第?[一二三四1-4]季度|底|末)?的)?"
    r"\s*(?:约|大约|近|接近|最高|最低|超过|逾|about|around|roughly|nearly|over|"
    r"more than|as (?:much|high|low|little) as|~|≈)?\s*(?:" + _PER_TIME_BEFORE + r")?\s*$",
    re.IGNORECASE,
)
# "分别上调至17.1亿元及56亿元", "raised to $3,000 and $4,000": the second level a move reaches,
# listed after the first.
_TO_THEN_AND = re.compile(
    r"(?:至|到|\bto)\s*[^，,。；;\s]{0,4}\s?[\d$¥][^，,。；;]{0,12}?(?:及|和|与|、|\band)\s*$", re.I
)
# (A loss that narrows, 亏损收窄 / "the loss narrowed by", falls too.)
_DOWN = prefiltered(
    r"下降|下滑|减少|削减|缩减|下跌|下调|调降|调低|回落|回调|跌|降|收窄|缩窄|缩小|减(?!持)|挫|萎缩|缩水"
    # (压缩一半, 成本节省1/3, reduced by a third: what is squeezed, saved or reduced falls.)
    r"|压缩|缩短|节省|节约|省下|省去|reduc|\blowered\b|\btrim"
    # (Spot instances save 50%, discounts of up to 60%: what a buyer saves comes off a price.)
    r"|\bsav(?:e|es|ed|ing|ings)\b|\bdiscount"
    # (\bcut: not the "cut" inside consecutive, executive, execute.)
    r"|fell|fall|slid|slip|declin|drop|decreas|down|\bcut|slash|narrow|shr[iau]nk|tumbl|plummet"
    r"|\bsank\b|\bsink|\bdip(?:s|ped)?\b"
    # ("比A100便宜30%", "成本还低20%": less by the figure right after.)
    r"|(?:低|便宜|慢|少|弱)(?:出|了)?(?:约|近|逾|超过)?\s*$|少赚|" + _LOST + _LOST_BY_ABOUT + "$",
    re.IGNORECASE,
)
# "13% lower than a year earlier", "20% below the year-earlier figure": a fall stated after it.
# ("the loss was 19% narrower": a loss that narrows falls, as 亏损收窄 does in `_DOWN`.)
_DOWN_AFTER = re.compile(
    r"\s*(?:lower|below|less|down|smaller|fewer|under|off)\b"
    r"|\s*(?:cheaper|slower|narrower)\b"
    r"|\s*(?:price\s+)?(?:slide|drop|fall|decline|plunge|slump|cut|decrease)s?\b",
    re.I,
)
_REVENUE_WORD = re.compile(r"营收|收入|销售额|revenue|sales", re.I)
_MARKET_VALUE = re.compile(r"market value", re.I)
_RESPECTIVELY = re.compile(r"分别|respectively", re.IGNORECASE)
# What may stand between a product and its launch verb: `GPT-4于2023年3月发布`, `was released`.
# (and "should reach mass production", "将于2025年量产").
_LAUNCHED_SUBJECT = re.compile(
    r"\s*(?:(?:was|were|is|are|has been|had been|first|officially|should|will|would|could|may"
    r"|might|(?:is |are )?(?:expected|set|due|scheduled) to|to|reach(?:ed|es)?|enter(?:ed|s)?"
    r"|go(?:es)? into|went into|began|begins?|start(?:ed|s)?)\s+)*"
    # "昇腾960芯片预定在2027年第4季…", "H20原本预定2023年底…": the product's noun, a plan, the
    # date, in any order the verb's subject allows.
    # (A quoted name closes its quote first: 推理加速卡“燧原S60”在2024年下半年量产.)
    r"|\s*[”」』\"]?\s*(?:芯片|晶片|处理器|加速卡|GPU|系列)?"
    r"(?:\s|于|在|将于|将会?|会|预计于?|有望于?|已经?|则|也|原本|原定|预定|计划|排在|订在|定于"
    # ("950DT紧接着于同年第4季面世": the next launch in a roadmap.)
    r"|紧接[着著]|接[着著]|随后|其后"
    # ("H100自2022年发布以来", "B300提前到第二季度上市": a launch dated since, or moved to, a time.)
    r"|自|从|(?:提前|推迟|延后|延迟|推后|延)(?:到|至))*"
    r"[\s\d年月日第一二三四季度上下半底初末明今去同]*"
    # ("在2020年实现量产", "已规模量产": reaching mass production is still its start.)
    r"(?:正式|首次)?(?:已经?|将|预计将?)?(?:开始|进入|实现)?(?:规模化?)?",
    re.IGNORECASE,
)
_PERIOD_AFTER = re.compile(r"\s*(?:in|by|for|during|as of|at the end of)\s+(?:the\s+)?", re.I)
# (2022-2025H1: a span of years whose last year is told only in part is a span all the same.)
_YEAR_RANGE = re.compile(r"\d{4}-\d{4}(?:H[12]|Q[1-4])?")
# "较2022年翻番", "compared with 2023": the year a change is measured against is not its period.
_BASE_BEFORE = prefiltered(
    r"(?:较|比|相比|相较于?|较之|compared (?:with|to)|versus|vs\.?|than(?: in)?|from(?: the)?"
    r"|(?:above|below|over|on) the|(?:the )?same (?:half|quarter|period|month) (?:of|in))\s*$",
    re.I,
)
# "SAN FRANCISCO, Aug 12, 2024 (Wire) - …": a wire story's dateline dates the story, not its claims.
# (On its own line: a line ending in a period before a list point, "…double capex in 2026" over
# "- Executives say…", ends a claim, not a dateline.)
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*[-—–][ \t]")
# ("$306 million, or 19 percent, a year ago": the percent restating the amount sits between.)
_YEAR_EARLIER = re.compile(
    r"(?:\s*,\s*or\s+[\d.]+\s?(?:percent|%))?[\s,]*"
    # ("$0.73 of a year earlier", "13.1% in the year-ago quarter": the figure's own time back.)
    r"(?:(?:of|in|for)\s+)?"
    r"(?:a year (?:earlier|ago|before)"
    r"|the (?:year[- ](?:ago|earlier)|prior[- ]year) (?:quarter|period)|一年前|的?去年同期)",
    re.I,
)
# "较去年同期的260.4亿美元", "the year-earlier $26 billion": a figure said of a year before, and
# the per-share figure in brackets after it ("去年同期的148.8亿美元（每股0.60美元）").
_YEAR_EARLIER_BEFORE = re.compile(
    r"(?:去年|上年|上一年)同期(?:的|为|是)?\s*"
    # ("上年同期为亏损X", "去年同期净利润为X": the measure or the loss named before the figure;
    # not "较去年同期增长X", a change up to now.)
    r"(?:[^，,。；;（()\d增减降涨跌升比相较]{0,8}?(?:为|是|达到?|录得|净?亏损|盈利))?"
    r"\s*(?:净?亏损|盈利)?\s*"
    r"(?:[^，,。；;（()]{1,16}[（(][^（）()]{0,8})?$"
    r"|\byear[- ](?:earlier|ago)(?:\s+(?:quarter|period))?\s+$",
    re.I,
)
_CONTRAST = re.compile(
    r"\s*(?:而|但|但是|不过|然而|另外|此外|与此同时|同时|相比之下|while|whereas|but|however|meanwhile)",
    re.IGNORECASE,
)
_TIME_SHIFT = re.compile(
    r"\s*(?:随后|之后|此后|其后|后来|接着|then\b|later\b|subsequently|afterwards)", re.I
)
_RELEASE = prefiltered(
    r"推出|发布|提出|迭代出|上市|面世|问世|登场|亮相|量产|launch(?:ed|es)?|releas(?:ed|es)|unveil(?:ed|s)?"
    r"|introduc(?:ed|es)|announc(?:ed|es)|mass[- ]produc\w*|volume production"
    # A start of volume told of a product ("began mass deployment of its TPU v6e chips in the
    # first half of 2025", "the MI450 GPU will ramp in the second half of 2026"); a ramp already
    # past ("before H20 production ramped up") or a "capacity ramp" is no launch.
    r"|mass[- ]deploy\w*|\b(?:will|to|would|should|is set to)\s+ramp\b"
    # "is due in the second half of 2025", "goes on sale", 开售: a launch still to come.
    r"|\b(?:is|are) due\b(?! to)|\bgo(?:es)? on sale\b|发售|开售"
    # "unlikely to reach the market before 2027", "hit the market in 2026": a launch said of its
    # market.
    r"|\b(?:reach|reaches|reached|reaching|hit|hits|hitting|come to|comes to|came to)"
    r"\s+(?:the\s+)?market\b"
    # A product's turn in a roadmap: "Huawei intends to ship the 950DT", "For 2027 Huawei has
    # planned the Ascend 960" (the product named right after), "the Ascend 970 will follow in
    # 2028" (the product before, a time after); not "plans to ship 2 million units".
    r"|\b(?:intends?|intended|plans?|planned|aims?|aimed|is set|are set|is scheduled"
    r"|are scheduled) to (?:start |begin )?ship(?:ping)?\b(?=\s+(?:the|its|their)\s+[A-Z0-9])"
    r"|\b(?:has|have|had) planned\b(?=\s+(?:the|its|their)\s+[A-Z0-9])"
    r"|\b(?<=will )follow\b(?=\s+(?:in|by|during|around|later in)\s)",
    re.IGNORECASE,
)
# A time a tally is counted up to ("截至2025年6月底，已发布1509个大模型", "as of June 2025, 1,509
# models had been released"): the cut-off of a count of launches, never one launch's time.
_TALLY_CUTOFF = re.compile(r"(?:截至|截止|as\s+of|up\s+to)\s*$", re.IGNORECASE)
# A product named after a launch verb that the launched thing runs on: "launched … on the A100".
_RUNS_ON = re.compile(
    r"\b(?:on|with|using|atop|powered by|based on)\b|基于|搭载|采用|使用|运行", re.I
)
# Model names the reference list lacks: "Ascend 920", "910C", "华为910C", "BR20X" (not a year:
# "March 2023", "2024E"; not an amount: "$100M"; not a fiscal year or a quarter: FY25, Q3).
_UNNAMED_PRODUCT = prefiltered(
    r"\b[A-Z][a-z]+\s(?!(?:19|20)\d\d\b)\d{3,4}[A-Z]{0,2}\b"
    # (A unit or a scale is no model suffix: 350W, 141GB, 500T, 100B.)
    r"|(?<![A-Za-z0-9.,$¥€])(?!(?:19|20)\d\d[EF]?\b)\d{3,4}"
    r"(?![WTPEGBMK]B?(?![A-Za-z0-9]))[A-Z]{1,2}(?![A-Za-z0-9])"
    # A vendor's letters before the number and a variant letter after it: BR20X, BR106B.
    r"|(?<![A-Za-z0-9.,$¥€])(?!FY)[A-Z]{1,3}\d{2,4}[A-Z]{1,2}(?![A-Za-z0-9])"
    # A Latin model written on a Chinese brand word: 天垓Gen1, 智铠Gen1X, 燧原S60 (`_launchable`
    # puts the brand back: Gen1 alone names every vendor's first generation).
    # (Not a value after a copula or particle: 功率为W300.)
    r"|(?<=[\u4e00-\u9fff])(?<![为是的了在于和与及或])(?:Gen\d{1,2}[A-Z]?|[A-Z]\d{2,3})(?![A-Za-z0-9])"
)
# A generation written after a listed product or vendor: "Trainium 3", "昆仑芯2代" (the listed
# "Trainium", "昆仑芯" name the family, not the generation launched). A bare number is a
# generation only spaced after a name ending in a letter (`_launchable` checks the letter) and
# ending the name: not "Trainium 3.5%", "Trainium 2025", "Blackwell 2 times".
_GENERATION_AFTER = re.compile(
    r"\s?\d{1,2}代|\s\d{1,2}(?![\d.,%×]|\s*(?:[-–~至到倍]|times\b|x\b))(?![A-Za-z0-9])"
)
# The product noun 实现 / 进入 takes before 量产, the launch verb that ends its phrase:
# "2022年实现通用GPU芯片量产" puts the chip, not the company, into mass production.
_MASS_PRODUCED_OBJECT = re.compile(
    r"(?:实现|實現|进入|進入|开始|開始)\s*"
    r"([^\s,;。、的了]{0,10}?(?:集群|芯片|晶片|加速卡|服务器|伺服器|一体机|处理器|GPU|CPU|DCU|手机))\s*$"
)
# The product noun a launch verb takes when no name is given: "推出首个万卡AI集群".
_UNNAMED_LAUNCH_OBJECT = re.compile(
    r"了?\s*(?:首个|首款|第一个|新一代|新款|一款|新的)?"
    r"([^\s,;。、的了]{0,10}?(?:集群|芯片|晶片|加速卡|服务器|伺服器|一体机|大模型|处理器|GPU|手机"
    # (HBM before 的 is what the launched product carries: 推出搭载HBM3E的AI加速器.)
    r"|HBM\d[A-Za-z]?(?![A-Za-z0-9的])))"
)
# The same in English, a possessive or article and up to three describing words before the noun:
# "begin mass production of its most advanced AI chips", "mass-produce 12-layer HBM3E". (A
# hardware noun only: "launched a new business model" launches no product.)
_UNNAMED_LAUNCH_OBJECT_EN = re.compile(
    r"\s+(?:of\s+)?(?:(?:its|their|the|a|an|our|several|some|new)\s+)?"
    r"((?:[A-Za-z0-9][\w-]*\s+){0,3}?"
    r"(?:chips?|GPUs?|accelerators?|processors?|servers?|clusters?|supercomputers?"
    # (A phone is hardware launched as such: "launched a 7nm chip-powered smartphone in 2023".)
    r"|smartphones?|HBM\d[A-Za-z]?))(?![\w-])"
)
_PRICE_CONTEXT = prefiltered(
    _PRICE_WORD
    + "|"
    + _PRICE_UP
    + "|"
    + _PRICE_DOWN
    + "|"
    + _RENTAL
    + r"|涨至|涨到|降至|从(?!(?:19|20)\d\d)\d|(?:went|rose|climbed|jumped|fell|dropped) from"
    r"|from [$¥€]",
    re.IGNORECASE,
)
# "每3个月翻一倍", "doubles every six months": a recurring doubling.
_EVERY = re.compile(r"(?:每|每隔|every|each)\s*(?:过)?\s*$", re.I)
# A count of things named right before it ("NVLink和OAM两种") or listed right after it
# ("两种途径:一是…", "two products, the H100 and the A100"): an enumeration.
_LISTED_BEFORE = re.compile(r"(?:和|与|及|、)[^\s,;。:、和与及]{1,12}$")
_LISTED_AFTER = re.compile(r"[^,;。:]{0,12}[::]|[^,;。]{0,12}?(?:一是|其一|首先)")
# "…，两家公司分别…", "这两家企业均…", "the two companies each…": a few companies a clause opens
# with, pointed at or shared out, are the ones just named.
_POINTING_BEFORE = re.compile(
    r"\s*(?:(?:而|且|and|but|while)\s*)?(?P<pointer>这|那|该|上述|以上|前述|此|the|these|those)?\s*",
    re.I,
)
_SHARED_OUT_AFTER = re.compile(
    r"\s*(?:公司|企业|厂商|厂|业者|companies|firms|groups|vendors|makers)?\s*"
    r"(?:分别|均|都|全部|全都|同步|同时|皆|也|各|一起|共同|一同"
    r"|each|both|all|respectively|together)",
    re.I,
)
# "张家口、芜湖、…、中卫10个集群": the run of names, separated by 、, right before a count.
_LIST_BEFORE = re.compile(r"(?:[^\s,;。:、，]{1,12}、)+[^\s,;。:、，]{1,12}$")
_AND = re.compile(r"\s*(?:和|与|及|、|以及|,|and|&)\s*", re.I)
# "1.3 to 1.4 million Ascend 910C accelerators": up to three words (names) before the noun counted.
# People named by their role right after a bare number (at most one word between, a platform or
# a skill: 150万CUDA开发者, "2 million AI engineers"); 用户 and users have their own cue.
_PEOPLE_AFTER = re.compile(
    r"\s*(?:[A-Za-z][\w+#-]*\s*)?(?:名)?(?:开发者|工程师|研发人员|程序员"
    r"|(?:developers|engineers|programmers)\b)",
    re.I,
)
# ("600,000 of its top-end 910C Ascend chips": a part of the maker's own, counted all the same;
# "one million dies": the silicon a chip is cut from.)
_COUNTED_AFTER = re.compile(
    r"\s+(?:of\s+(?:its|their|the)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:GPUs|chips|cards|accelerators|servers|units|systems|dies)\b",
    re.I,
)
# The span a story looks back (or ahead) over: 过去三年, 近两年, 未来三年, over the past three
# years; 一年来, 三年以来.
_LOOKING_BACK_BEFORE = re.compile(
    # (Not 近: 近两年 is as often "nearly two years".)
    r"(?:过去|最近|未来|今后|接下来"
    r"|\b(?:over|in|during|for|within) the (?:past|last|next|coming))\s*(?:的)?\s*$",
    re.I,
)
# 未来两至三年, over the next three years: the horizon a forecast is made for (when, not a measure).
_LOOKING_AHEAD_BEFORE = re.compile(
    r"(?:未来|今后|接下来|\b(?:over|in|during|for|within) the (?:next|coming))\s*(?:的)?\s*$",
    re.I,
)
# "2022年至2024年三年", "2021-2024年四年": the years just named, their number restated.
_YEARS_SPANNED_BEFORE = re.compile(
    r"(?P<first>(?:19|20)\d\d)\s?年?\s?(?:至|到|-|–|—|~)\s?(?P<last>(?:19|20)\d\d)\s?年?(?:这|的)?\s*$"
)
# 五年复合增长率, 三年年均增长率, a five-year CAGR: the span a compound or average rate is over
# is that rate's period (read with the periods), no duration.
_RATE_SPAN_AFTER = re.compile(
    r"\s*(?:的)?\s*(?:年复合|年均|复合|CAGR\b|compound\b|(?:average\s+)?annual\s+growth\b)", re.I
)
_LOOKING_BACK_AFTER = re.compile(r"\s*(?:以来|来(?![自看说])|之间|间)")
# "在过去2个月里翻了一倍", "within a year": a window a change happened in.
_WINDOW_AFTER = re.compile(r"\s*(?:里|内|之内|当中|中|以来|来(?![自看说]))")
# Measure words and nouns of hardware: "8卡服务器报价:40万元" counts cards, not listed items.
_HARDWARE_COUNTED = re.compile(
    r"[卡张枚颗片台块]|GPUs?|chips?|cards?|servers?|accelerators?|nodes?|units?", re.I
)
# "从2023年的10%提升至2027年的50%": a percent stated as a year's level.
_YEARS_LEVEL_BEFORE = re.compile(r"(?:19|20)\d\d\s?年(?:底|末|初)?的\s*$")
# "NVIDIA shares closed up $3 at $140", "the stock fell $2.10": a move of a traded share's price.
_SHARES = re.compile(r"\bshares\b|\bstock\b|\bshare price\b", re.I)
_SHARE_MOVED_BY = re.compile(
    r"\b(?:(?P<up>up|rose|gained|jumped|climbed|added|rallied|advanced|surged)"
    r"|(?P<down>down|fell|lost|dropped|slid|slipped|declined|shed|sank|tumbled|slumped))"
    r"(?:\s+by)?(?:\s+(?:about|nearly|almost|roughly|more than|over))?\s*$",
    re.I,
)
# "股价在盘后交易中上升6.59美元", "价格下跌了500元": the amount a Chinese move verb moved by.
_MOVED_BY_ZH = re.compile(
    r"(?:(?P<up>上升|上涨|大涨|飙升|攀升|走高|涨|升)|(?P<down>下跌|下滑|下降|大跌|重挫|走低|跌|降))"
    r"了?(?:约|近|逾|超过?)?\s*$"
)
# (The move before the level may be in dollars or in percent: "slipped 1.3% to $189.05".)
# ("finished 0.19 percent higher at 269,500 won": the direction after the move, `after`.)
_SHARE_MOVED_TO = re.compile(
    r"\$?[\d.,]+(?:\s?(?:%|percent))?(?P<after>\s+(?:higher|lower))?"
    r"\s+(?:to\s+(?:close|end|finish)\s+at|at|to)\s*$"
)

# What a bare move may be said of other than the price a tracker follows: a company's money
# measures (revenue, capex, profit, market value…), what it ships, users, demand, capacity.
_OTHER_MEASURE = prefiltered(
    "|".join(
        c.source
        for c in _MONEY_CUES
        if c.metric
        in ("market_size", "market_cap", "eps", "net_loss", "operating_income", "net_profit")
        + ("revenue", "investment", "capex", "spending", "funding", "share_price")
    )
    + "|"
    + _SHIPMENTS.pattern
    + r"|需求|用户|产能|demand|users|capacity",
    re.I,
)


# The results a move in money is told of (净利润减少31亿美元, "a decline of $371 million" in cash
# flow: classify's `_result_moved_by`), and the metrics of those moves, which scope dates as
# results and assembly signs as moves. (A loss that shrinks, 亏损额减少6亿元, is left as told.)
_MOVING_RESULTS = frozenset({"revenue", "net_profit", "operating_income", "operating_cash_flow"})
_RESULT_CHANGES = frozenset(f"{metric}_change" for metric in _MOVING_RESULTS)
