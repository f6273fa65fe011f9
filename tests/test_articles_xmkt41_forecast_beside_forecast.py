"""A contrast told ahead itself stays in the time ahead its sentence set: one forecast set beside
another ("GPUs will remain the main platform in 2026, at 69.7%, while ASIC servers are projected
to reach 27.8%", 预估2026年GPU机种占比69.7%；不过…ASIC的出货占比将升至27.8%) is of the same year.
Seen in blind5 127 and blind11 260 (one TrendForce forecast in two languages), blind5 142 ("…in
2025…, while non-x86 servers should grow 63,7%"), and blind13 297. The sentences are
new."""

from datetime import date

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 10, 14)


def test_a_forecast_beside_a_forecast_english():
    text = (
        "Server outlook\n\nGPU servers will hold 72% of shipments in 2026, while ASIC servers "
        "are projected to climb to 25% of the total.\n"
    )
    found = periods_by_surface(text, PUBLISHED)
    assert found["72%"] == "2026"
    assert found["25%"] == "2026"


def test_a_forecast_beside_a_forecast_traditional():
    text = (
        "伺服器展望\n\n研調機構預估2026年仍以GPU機種為主，占比約72%；不過隨著雲端業者加快自研晶片，"
        "ASIC伺服器的出貨占比將升至25%。\n"
    )
    found = periods_by_surface(text, PUBLISHED)
    assert found["72%"] == "2026"
    assert found["25%"] == "2026"


def test_a_present_contrast_after_a_time_ahead_stays_undated():
    # Must not fire: the contrast tells the present (只剩), not a forecast.
    text = "订单\n\n公司订购2026年度的芯片200万颗，但库存只剩70万颗。\n"
    assert periods_by_surface(text, PUBLISHED)["70万颗"] is None
