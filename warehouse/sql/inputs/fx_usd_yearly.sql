-- Average USD per one unit of each of $currencies for each calendar year, from the cross rates
-- among those currencies and USD. The direct quote (currency->USD) is preferred; else the average
-- of the inverted USD->currency rates. Only dates up to $as_of count, so a partition never sees
-- later rates.
WITH rates AS (
    SELECT "date", base, quote, rate
    FROM fx_cross_rates_among(list_append($currencies, 'USD'))
    WHERE "date" <= $as_of AND rate > 0
),

direct AS (
    SELECT year("date") AS year, base AS currency, avg(rate) AS usd_per_unit
    FROM rates
    WHERE quote = 'USD' AND base <> 'USD'
    GROUP BY ALL
),

inverse AS (
    SELECT year("date") AS year, quote AS currency, avg(1 / rate) AS usd_per_unit
    FROM rates
    WHERE base = 'USD' AND quote <> 'USD'
    GROUP BY ALL
)

SELECT
    coalesce(d.year, i.year) AS year, coalesce(d.currency, i.currency) AS currency,
    coalesce(d.usd_per_unit, i.usd_per_unit) AS usd_per_unit
FROM direct AS d
FULL OUTER JOIN inverse AS i ON d.year = i.year AND d.currency = i.currency
