"""What a stated period dates and how a partial or relative one resolves (dev 31-40 showed the
classes), one short text each, in wordings that appear in none of the articles: (surface, period)
for every fact the text holds."""

from datetime import date

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article
from suanli.facts.fiscal import fiscal_year_end_at, quarter_ending

ENTITIES = EntityIndex.load()


def periods_of(text: str, published: date) -> list[tuple[str, str | None]]:
    facts = extract_article("r", text, ENTITIES, published).facts
    return [(f.surface, None if pd.isna(f.period) else f.period) for f in facts.itertuples()]


# --- a quarter named by the day it ended ------------------------------------------------------

QUARTER_ENDED = [
    # A calendar quarter's last day names that calendar quarter, whatever the company's fiscal year.
    (
        "Oracle booked $12 billion of capex in the quarter that ended June 30, 2025.",
        date(2025, 9, 10),
        [("$12 billion", "2025Q2")],
    ),
    (
        "截至2025年9月30日止三个月，阿里巴巴营收为2478亿元。",
        date(2025, 11, 25),
        [("2478亿元", "2025Q3")],
    ),
    (
        "截至2025年9月30日止三個月，阿里巴巴營收為2478億元。",
        date(2025, 11, 25),
        [("2478亿元", "2025Q3")],
    ),
    # Any other day is the fiscal quarter of a company whose fiscal year ends in another month
    # (NVIDIA's ends in late January: the quarter to late April opens its next fiscal year).
    (
        "截至2024年7月28日的季度，英伟达营收为300亿美元。",
        date(2024, 8, 29),
        [("300亿美元", "FY2025Q2")],
    ),
    (
        "截至2024年7月28日的季度，輝達營收為300億美元。",
        date(2024, 8, 29),
        [("300亿美元", "FY2025Q2")],
    ),
    (
        "For the three months ending Oct. 27, 2024, Nvidia's revenue was $35.1 billion.",
        date(2024, 11, 21),
        [("$35.1 billion", "FY2025Q3")],
    ),
    # The quarter a Hong Kong report names after the day ("止的第一季度") is that day's quarter;
    # numbered in a text that never says fiscal, the calendar's (fifteenth session).
    (
        "截至2025年4月27日止的第一季度，英偉達營收為440億美元。",
        date(2025, 5, 29),
        [("440亿美元", "2025Q1")],
    ),
    # A company without a fiscal calendar of its own keeps the day as the text states it.
    (
        "截至2025年4月26日的季度，浪潮营收为200亿元。",
        date(2025, 5, 20),
        [("200亿元", "2025-04-26")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), QUARTER_ENDED)
def test_a_quarter_named_by_its_last_day_is_that_quarter(text, published, expected):
    assert periods_of(text, published) == expected


@pytest.mark.parametrize(
    ("day", "fiscal_year_end", "quarter"),
    [
        (date(2025, 3, 31), 1, "2025Q1"),  # a calendar quarter's end, even for NVIDIA
        (date(2025, 1, 26), 1, "FY2025Q4"),  # NVIDIA's fiscal year ends in late January
        (date(2025, 10, 26), 1, "FY2026Q3"),
        (date(2025, 11, 2), 10, "FY2025Q4"),  # a 52/53-week year ending days into November
        (date(2025, 8, 31), 5, "FY2026Q1"),  # a fiscal year ending in May
        (date(2025, 5, 15), 1, None),  # no quarter of that calendar ends in mid-May
        (date(2025, 4, 27), None, None),
    ],
)
def test_the_quarter_a_day_ends(day, fiscal_year_end, quarter):
    assert quarter_ending(day, fiscal_year_end) == quarter


@pytest.mark.parametrize(
    ("start", "end", "month"),
    [
        (10, 30, 1),  # no company in the sentence: the last one named before it (NVIDIA)
        (30, 50, None),  # the first company the sentence names (one of calendar years)
        (0, 4, None),  # none named yet
        (0, 8, 1),
    ],
)
def test_the_fiscal_calendar_of_a_sentence(start, end, month):
    companies = [(5, 1), (40, None), (45, 6)]
    assert fiscal_year_end_at(companies, start, end) == month


# "较去年同期的X", "the year-earlier $X": a figure of the same period a year before, and the
# per-share figure bracketed after it.
YEAR_EARLIER_BEFORE = [
    (
        "2025年第二季度，寒武纪营收为17亿元，较去年同期的6500万元大增。",
        [("17亿元", "2025Q2"), ("6500万元", "2024Q2")],
    ),
    (
        "2025年第二季度，寒武紀營收為17億元，較去年同期的6500萬元大增。",
        [("17亿元", "2025Q2"), ("6500万元", "2024Q2")],
    ),
    (
        "AMD posted revenue of $7.7 billion in Q2 2025, up from the year-earlier $5.8 billion.",
        [("$7.7 billion", "2025Q2"), ("$5.8 billion", "2024Q2")],
    ),
    # the per-share figure in brackets after the year-earlier one is of that year too
    (
        "2025年第二季度，寒武纪净利润为10亿元（每股2.4元），比去年同期的2亿元（每股0.5元）大增。",
        [("10亿元", "2025Q2"), ("2.4元", "2025Q2"), ("2亿元", "2024Q2"), ("0.5元", "2024Q2")],
    ),
    (
        "2025年第二季度，寒武紀淨利潤為10億元（每股2.4元），比去年同期的2億元（每股0.5元）大增。",
        [("10亿元", "2025Q2"), ("2.4元", "2025Q2"), ("2亿元", "2024Q2"), ("0.5元", "2024Q2")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_EARLIER_BEFORE)
def test_a_figure_after_the_same_period_a_year_earlier_is_dated_a_year_before(text, expected):
    assert periods_of(text, date(2025, 9, 1)) == expected


# A day, month or 全年 / full-year opening a paragraph takes a year its own sentence states, else
# the publication's, not the year the paragraph before ended on (often one a forecast looks to).
DAY_OPENING_A_PARAGRAPH = [
    (
        "云厂商加码\n\n谷歌表示2026年资本支出还会大增。\n\n9月30日，微软宣布资本支出为349亿美元。",
        [("349亿美元", "2025-09-30")],
    ),
    (
        "雲廠商加碼\n\n谷歌表示2026年資本支出還會大增。\n\n9月30日，微軟宣布資本支出為349億美元。",
        [("349亿美元", "2025-09-30")],
    ),
    (
        "云厂商加码\n\n谷歌表示2026年资本支出还会大增。\n\nMeta则把全年资本支出指引上调到700亿美元。",
        [("700亿美元", "2025")],
    ),
    (
        "Capex keeps rising\n\nAlphabet said 2026 would bring a further increase.\n\n"
        "Meta raised its full-year capex guidance to $70 billion.",
        [("$70 billion", "2025")],
    ),
    (
        "Capex keeps rising\n\nAlphabet said 2026 would bring a further increase.\n\n"
        "Microsoft spent $34.9 billion in the quarter that ended Sept. 30.",
        [("$34.9 billion", "2025Q3")],
    ),
    # In its own paragraph, or under its heading, the year stated before still dates it.
    ("公司业绩\n\n2024年，公司业绩大增。9月营收为17亿元。", [("17亿元", "2024-09")]),
    ("2024年業績回顧\n\n全年營收為17億元。", [("17亿元", "2024")]),
    (
        "Results\n\nRevenue hit a record in 2024. Full-year revenue was $17 billion.",
        [("$17 billion", "2024")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DAY_OPENING_A_PARAGRAPH)
def test_a_day_opening_a_paragraph_takes_the_publications_year(text, expected):
    assert periods_of(text, date(2025, 10, 30)) == expected


# The year a company expects to break even dates that event only: a heading or sentence stating
# it gives no period to the figures under it; a profit stated as a figure is still of its year.
BREAK_EVEN_YEAR = [
    (
        "摩尔线程：最早预计2027年实现盈利\n\n公司预计发行后市值不低于15亿元。",
        [("15亿元", None)],
    ),
    (
        "摩爾線程：最早預計2027年實現盈利\n\n公司預計發行後市值不低於15億元。",
        [("15亿元", None)],
    ),
    (
        "Moore Threads expects to turn profitable in 2027\n\n"
        "The listing rule asks for a market value of at least $200 million.",
        [("$200 million", None)],
    ),
    ("寒武纪2024年盈利20亿元。", [("20亿元", "2024")]),
]


@pytest.mark.parametrize(("text", "expected"), BREAK_EVEN_YEAR)
def test_the_year_of_breaking_even_dates_no_figure(text, expected):
    assert periods_of(text, date(2025, 7, 1)) == expected


# A sentence that sets a time frame of its own (未来两至三年, 过去一年, over the next two years,
# 第一年到第五年 of a lease) is not dated by the period carried from before it; a year it states
# itself still dates its clause.
# (Only the figures listed are compared: the horizon itself is read as a duration too.)
HORIZON = [
    (
        "展望2026年，公司将加深合作。未来两至三年市场规模有望突破1兆美元，而资本支出已上调到6,000亿美元。",
        [("1兆美元", None), ("6,000亿美元", None)],
    ),
    (
        "展望2026年，公司將加深合作。未來兩至三年市場規模有望突破1兆美元，而資本支出已上調到6,000億美元。",
        [("1兆美元", None), ("6,000亿美元", None)],
    ),
    (
        "Looking to 2026, the firm will deepen ties. Over the next two years the market could top "
        "$1 trillion.",
        [("$1 trillion", None)],
    ),
    # a horizon behind: the past year
    (
        "2024年公司营收大增。过去一年公司股价上涨了80%。",
        [("80%", None)],
    ),
    (
        "Revenue jumped in 2024. In the past year the share price rose 80%.",
        [("80%", None)],
    ),
    # a window the change is measured over
    (
        "H100租价2026年触底。\n\n预留合约价格半年内上涨了38%，企业集群利用率仅5%。",
        [("38%", None), ("5%", None)],
    ),
    (
        "H100 reserved capacity finds a floor in 2026\n\nReserved GPU prices have jumped 38% in "
        "six months, while fleets sit at 5% utilization.",
        [("38%", None), ("5%", None)],
    ),
    # ("over 40 weeks" is more than 40 weeks, no window: the year carried still dates the price)
    (
        "Lead times eased in 2024\n\nLead times were over 40 weeks, and the H100 sold for $30,000.",
        [("$30,000", "2024")],
    ),
    # the years of a term counted from its start
    (
        "截至2024年上半年，智算中心超过250个。\n第一年到第五年的净利率分别为32%、34%。",
        [("32%", None), ("34%", None)],
    ),
    (
        "截至2024年上半年，智算中心超過250個。\n第2-5年每年的淨利率依次為14%、35%。",
        [("14%", None), ("35%", None)],
    ),
    (
        "Revenue rose 20% in 2024. In year two, revenue grows 10%.",
        [("10%", None)],
    ),
    (
        "展望2026年，公司将加深合作。未来三年里，2027年市场规模将达5000亿美元。",
        [("5000亿美元", "2027")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HORIZON)
def test_a_sentence_setting_its_own_time_frame_takes_no_carried_period(text, expected):
    found = [f for f in periods_of(text, date(2025, 11, 13)) if f[0] in dict(expected)]
    assert found == expected


def durations_of(text: str, published: date) -> list[tuple[str, str | None]]:
    facts = extract_article("r", text, ENTITIES, published).facts
    facts = facts[facts.fact_type == "duration"]
    return [(f.surface, None if pd.isna(f.period) else f.period) for f in facts.itertuples()]


# A term of its own (a lease of one year, a streak of four years) is dated by no period, neither
# the one carried from the sentence before nor one its own sentence states. (Only the durations
# are compared; what the terms price is another class.)
TERMS = [
    ("2024年公司营收大增。这一势头已经延续了四年。", [("四年", None)]),
    ("2024年公司營收大增。這一勢頭已經延續了四年。", [("四年", None)]),
    (
        "As of March 2026, a one-year reserved H100 contract cost $2.35 per GPU-hour.",
        [("one-year", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TERMS)
def test_a_term_of_its_own_takes_no_period(text, expected):
    assert durations_of(text, date(2026, 4, 8)) == expected


# 前9月, 前三个月, the first six months: the months from January on are the quarters or the half
# they make up, of the year stated (or published); 提前3个月 (three months early) is a duration.
FIRST_MONTHS = [
    (
        "纬创第3季营收5678亿元，前9月营收1.46兆元。",
        [("5678亿元", "2025Q3"), ("1.46兆元", "2025Q1-Q3")],
    ),
    (
        "緯創第3季營收5678億元，前9月營收1.46兆元。",
        [("5678亿元", "2025Q3"), ("1.46兆元", "2025Q1-Q3")],
    ),
    ("2024年前三个月，浪潮营收为200亿元。", [("200亿元", "2024Q1")]),
    (
        "In the first six months, Quanta's revenue was NT$900 billion.",
        [("NT$900 billion", "2025H1")],
    ),
    (
        "In the first nine months of 2024, Quanta's revenue was NT$1.2 trillion.",
        [("NT$1.2 trillion", "2024Q1-Q3")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_MONTHS)
def test_the_first_months_of_a_year_are_its_quarters_or_half(text, expected):
    assert periods_of(text, date(2025, 10, 9)) == expected


def cagr_periods(text: str) -> list[tuple[str, str | None]]:
    facts = extract_article("r", text, ENTITIES, date(2024, 9, 1)).facts
    facts = facts[facts.metric == "cagr"]
    return [(f.surface, None if pd.isna(f.period) else f.period) for f in facts.itertuples()]


# A compound rate over N years ending in the year stated spans those years; without N it keeps
# the year (fixture 05: 预计到2026年…年复合增长率为52.3% stays 2026).
CAGR_SPAN = [
    ("预计到2027年将达到1117.4EFLOPS，五年复合增长率为33.9%。", [("33.9%", "2022-2027")]),
    ("預計到2027年將達到1117.4EFLOPS，五年複合增長率為33.9%。", [("33.9%", "2022-2027")]),
    ("IDC expects $50 billion in 2028, a five-year CAGR of 30%.", [("30%", "2023-2028")]),
    ("预计到2026年将达到1271.4EFLOPS，年复合增长率为52.3%。", [("52.3%", "2026")]),
]


@pytest.mark.parametrize(("text", "expected"), CAGR_SPAN)
def test_a_compound_rate_over_n_years_spans_them(text, expected):
    assert cagr_periods(text) == expected


# A sentence that opens past the moment told before it (消息公布后，…; 随后…; After the report, …)
# is of a later time than the period carried to it: a share move after a results release is no
# result of that quarter.
OPENS_LATER = [
    (
        "2025年第一季度，英伟达营收为440亿美元。消息公布后，英伟达股价在盘后上涨4.89%。",
        [("440亿美元", "2025Q1"), ("4.89%", None)],
    ),
    (
        "2025年第一季度，輝達營收為440億美元。消息公布後，輝達股價在盤後上漲4.89%。",
        [("440亿美元", "2025Q1"), ("4.89%", None)],
    ),
    (
        "In the first quarter of 2025, Nvidia's revenue was $44 billion. After the report, its "
        "shares rose 4.89% in late trading.",
        [("$44 billion", "2025Q1"), ("4.89%", None)],
    ),
    # what is left after a deduction, or after tax, is still of the period told
    (
        "2024年，公司营收为90亿元。扣除非经常性损益后，净利润为18亿元。",
        [("90亿元", "2024"), ("18亿元", "2024")],
    ),
    (
        "In 2024, the company's revenue was $9 billion. After tax, net profit was $1.8 billion.",
        [("$9 billion", "2024"), ("$1.8 billion", "2024")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPENS_LATER)
def test_a_sentence_opening_later_takes_no_carried_period(text, expected):
    assert periods_of(text, date(2025, 5, 29)) == expected


# "因…而…" joins a result to its cause: the period stated before it still reaches the clauses
# after it, as it does not past a real turn ("…，而…仅…").
CAUSE_AND_RESULT = [
    (
        "今年上半年服务器业务因AI机种出货大增而受惠，这类产品的营收占比逾7成。",
        [("7成", "2025H1")],
    ),
    (
        "今年上半年伺服器業務因AI機種出貨大增而受惠，這類產品的營收占比逾7成。",
        [("7成", "2025H1")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAUSE_AND_RESULT)
def test_a_result_joined_to_its_cause_keeps_the_period_before(text, expected):
    assert periods_of(text, date(2025, 10, 9)) == expected


# A goal with no date of its own (目标是…, aims to …) lies ahead of the period told before it.
GOALS = [
    (
        "鸿海第3季表现亮眼\n\n据了解，OpenAI的目标是在美洲建立约500亿美元的算力。",
        [("500亿美元", None)],
    ),
    (
        "鴻海第3季表現亮眼\n\n據了解，OpenAI的目標是在美洲建立約500億美元的算力。",
        [("500亿美元", None)],
    ),
    (
        "Foxconn shines in the third quarter\n\nOpenAI aims to build $50 billion of compute in "
        "the Americas.",
        [("$50 billion", None)],
    ),
    # a goal dated in its own clause keeps that date
    (
        "鸿海第3季表现亮眼\n\n鸿海今年AI服务器营收的目标是1兆元。",
        [("1兆元", "2025")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GOALS)
def test_a_goal_takes_no_carried_period(text, expected):
    assert periods_of(text, date(2025, 11, 13)) == expected


# Growth kept up N years (连续三年, 这一势头已经延续了四年, for four straight years) covers the N
# years up to the year stated; a level stated beside it keeps its year.
STREAKS = [
    (
        "2024年归母净利润同比增速高于40%，这一势头在海光信息已经延续了四年。",
        [("40%", "2021-2024")],
    ),
    (
        "2024年，寒武紀營收連續三年增長超過40%，達到12億元。",
        [("40%", "2022-2024"), ("12亿元", "2024")],
    ),
    ("Hygon's profit grew more than 40% in 2024, for four straight years.", [("40%", "2021-2024")]),
    ("In 2024, Hygon's profit grew 40% for the third year running.", [("40%", "2022-2024")]),
]


@pytest.mark.parametrize(("text", "expected"), STREAKS)
def test_growth_kept_up_n_years_covers_them(text, expected):
    found = [f for f in periods_of(text, date(2025, 1, 14)) if f[0] in dict(expected)]
    assert found == expected


# A year's worth ("$1.5 billion in annual sales", 年销售额约15亿美元) is of the whole year of the
# quarter the sentence dates.
YEARS_WORTH = [
    (
        "The ban cost NVIDIA $8 billion of Q2 revenue, and AMD expected to lose $1.5 billion in "
        "annual sales.",
        [("$8 billion", "2025Q2"), ("$1.5 billion", "2025")],
    ),
    (
        "第二季度英伟达损失80亿美元营收，AMD预计损失年销售额约15亿美元。",
        [("80亿美元", "2025Q2"), ("15亿美元", "2025")],
    ),
    (
        "第二季度輝達損失80億美元營收，AMD預計損失年銷售額約15億美元。",
        [("80亿美元", "2025Q2"), ("15亿美元", "2025")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), YEARS_WORTH)
def test_a_years_worth_is_of_the_whole_year(text, expected):
    assert periods_of(text, date(2025, 8, 11)) == expected


# A clause that states a span ahead of its own (在4年内, over the next four years) is not dated by
# a period stated in an earlier clause of its sentence: 去年 dates the forecast, not the price.
CLAUSE_SPAN = [
    ("去年，英伟达曾预计4美元/小时的GPU价格在4年内都不会变。", [("4美元/小时", None)]),
    ("去年，輝達曾預計4美元/小時的GPU價格在4年內都不會變。", [("4美元/小时", None)]),
    (
        "Last year, Nvidia predicted that a $4 hourly rate would hold over the next four years.",
        [("$4", None)],
    ),
    # a period in the figure's own clause still dates it
    ("去年，英伟达预计2025年GPU价格为4美元/小时，4年内都不会变。", [("4美元/小时", "2025")]),
    # a span behind (过去2个月里) lies inside the period stated before it
    ("2024年，服务器价格在过去2个月里上涨了10万元。", [("10万元", "2024")]),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_SPAN)
def test_a_clause_with_its_own_span_takes_no_period_from_the_clause_before(text, expected):
    found = [f for f in periods_of(text, date(2024, 10, 15)) if f[0] in dict(expected)]
    assert found == expected


# 本财年 / the current fiscal year of a company with a fiscal calendar of its own is the one that
# calendar makes current at publication (NVIDIA's FY2026 runs from February 2025).
CURRENT_FISCAL_YEAR = [
    ("英伟达预计本财年营收将达2000亿美元。", [("2000亿美元", "FY2026")]),
    ("輝達預計本財年營收將達2000億美元。", [("2000亿美元", "FY2026")]),
    (
        "Nvidia expects revenue of $200 billion in the current fiscal year.",
        [("$200 billion", "FY2026")],
    ),
    ("微软预计本财年资本支出将达800亿美元。", [("800亿美元", "FY2025")]),
]


@pytest.mark.parametrize(("text", "expected"), CURRENT_FISCAL_YEAR)
def test_the_current_fiscal_year_follows_the_companys_calendar(text, expected):
    assert periods_of(text, date(2025, 5, 29)) == expected


# What a plan is for (计划募资80亿元, plans to raise $1 billion) is not dated by the day an earlier
# clause names, the day the plan was filed or announced; a year stated before still dates it.
PLANS = [
    (
        "6月30日，两家公司的上市申请获受理，分别计划募资80亿元和39亿元。",
        [("80亿元", None), ("39亿元", None)],
    ),
    (
        "6月30日，兩家公司的上市申請獲受理，分別計劃募資80億元和39億元。",
        [("80亿元", None), ("39亿元", None)],
    ),
    (
        "On June 30, 2025, the listing was approved, and the company plans to raise $1 billion.",
        [("$1 billion", None)],
    ),
    ("2026年，公司计划投资100亿元。", [("100亿元", "2026")]),
]


@pytest.mark.parametrize(("text", "expected"), PLANS)
def test_a_plan_is_not_dated_by_the_day_it_was_announced(text, expected):
    found = [f for f in periods_of(text, date(2025, 7, 1)) if f[0] in dict(expected)]
    assert found == expected
