-- Daily USD price index per (model, price_kind): the median USD price of each day's observations
-- (across feeds and regions, so one noisy source does not move the index alone), carried forward
-- over days without observations, from the first observed day to $as_of; first day = 100.
WITH obs AS (
    SELECT DISTINCT feed, model, price_kind, region, observed_on, observed_at, price_usd, source
    FROM price_observations
    WHERE observed_on <= $as_of AND price_usd IS NOT NULL AND price_usd > 0 AND model IS NOT NULL
),
daily AS (
    SELECT model, price_kind, observed_on AS date, median(price_usd) AS price_usd,
           CAST(count(*) AS INTEGER) AS n_observations
    FROM obs
    GROUP BY ALL
),
spans AS (
    SELECT model, price_kind, min(date) AS first_date FROM daily GROUP BY ALL
),
calendar AS (
    SELECT model, price_kind,
           CAST(unnest(generate_series(first_date, CAST($as_of AS DATE), INTERVAL 1 DAY)) AS DATE)
               AS date
    FROM spans
),
filled AS (
    SELECT
        c.model, c.price_kind, c.date,
        last_value(d.price_usd IGNORE NULLS) OVER (
            PARTITION BY c.model, c.price_kind ORDER BY c.date
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS price_usd,
        coalesce(d.n_observations, 0) AS n_observations,
        d.price_usd IS NULL AS is_carried_forward
    FROM calendar AS c
    LEFT JOIN daily AS d
        ON d.model = c.model AND d.price_kind IS NOT DISTINCT FROM c.price_kind AND d.date = c.date
),
indexed AS (
    SELECT *,
           price_usd / first_value(price_usd) OVER (
               PARTITION BY model, price_kind ORDER BY date) * 100 AS index_value
    FROM filled
)
SELECT
    i.model, i.price_kind, i.date, i.price_usd, i.n_observations, i.is_carried_forward,
    i.index_value,
    (i.price_usd / m.price_usd - 1) * 100 AS mom_pct,
    (i.price_usd / y.price_usd - 1) * 100 AS yoy_pct
FROM indexed AS i
LEFT JOIN filled AS m
    ON m.model = i.model AND m.price_kind IS NOT DISTINCT FROM i.price_kind
   AND m.date = CAST(i.date - INTERVAL 1 MONTH AS DATE)
LEFT JOIN filled AS y
    ON y.model = i.model AND y.price_kind IS NOT DISTINCT FROM i.price_kind
   AND y.date = CAST(i.date - INTERVAL 1 YEAR AS DATE)
ORDER BY i.model, i.price_kind, i.date
