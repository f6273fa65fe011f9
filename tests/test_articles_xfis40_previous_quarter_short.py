"""前一季 (前一季度 without its 度) is the quarter before the one the text stated last, as 前一季度
and "the previous quarter" are: 截至9月底的上季…遠高於前一季的240億美元 is the second quarter
(blind14 309 dated it with the third; the form also stands in blind12 273 and blind9 217, as a
base or with no figure). A change set against it keeps its own quarter, and 前一季报 (the last
quarterly report) is no quarter. The sentences are new."""

from datetime import date

from tests.helpers import periods_by_surface


def test_the_quarter_before_traditional():
    periods = periods_by_surface(
        "微軟公布財報，在截至9月底的上季，資本支出高達349億美元，遠高於前一季的240億美元。",
        date(2025, 10, 30),
    )
    assert (periods["349亿美元"], periods["240亿美元"]) == ("2025Q3", "2025Q2")


def test_the_quarter_before_simplified():
    periods = periods_by_surface(
        "公司2025年第三季度资本开支为349亿美元，前一季为240亿美元。", date(2025, 10, 30)
    )
    assert periods["240亿美元"] == "2025Q2"


def test_a_change_against_the_quarter_before_keeps_its_quarter():
    # Must not fire: 前一季 is the change's base, not its period.
    periods = periods_by_surface(
        "緯穎第三季毛利率為8.8%，比前一季增加20個基點。", date(2025, 11, 11)
    )
    assert periods["20个基点"] == "2025Q3"


def test_the_last_quarterly_report_is_no_quarter():
    # Must not fire: 前一季报 is a report.
    periods = periods_by_surface(
        "公司第三季度营收50亿元，前一季报显示营收为45亿元。", date(2025, 11, 11)
    )
    assert periods["45亿元"] == "2025Q3"
