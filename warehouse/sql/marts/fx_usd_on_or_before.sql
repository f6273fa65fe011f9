-- USD per one unit of $currency on the latest FX date on or before $on (direct quote preferred,
-- else the inverse of USD->currency). NULL when no rate exists that early.
SELECT coalesce(
    (SELECT rate FROM fx_cross_rates
      WHERE base = $currency AND quote = 'USD' AND date <= $on AND rate > 0
      ORDER BY date DESC LIMIT 1),
    (SELECT 1 / rate FROM fx_cross_rates
      WHERE base = 'USD' AND quote = $currency AND date <= $on AND rate > 0
      ORDER BY date DESC LIMIT 1)
) AS usd_per_unit
