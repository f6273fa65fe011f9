-- USD per one unit of $currency on the latest FX date on or before $on (direct quote preferred,
-- else the inverse of USD->currency). NULL when no rate exists that early. Cross rates are formed
-- for the two currencies only, so the lookup stays cheap however long the FX history is.
WITH rates AS (
    SELECT "date", base, quote, rate
    FROM fx_cross_rates_among([$currency, 'USD'])
    WHERE "date" <= $on AND rate > 0
)

SELECT coalesce(
    (
        SELECT rate FROM rates WHERE base = $currency AND quote = 'USD'
        ORDER BY "date" DESC LIMIT 1
    ),
    (
        SELECT 1 / rate FROM rates WHERE base = 'USD' AND quote = $currency
        ORDER BY "date" DESC LIMIT 1
    )
) AS usd_per_unit
