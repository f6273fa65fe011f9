-- Chain-linked daily USD price index per (model, price_kind, term), first observed day = 100.
-- A series is one source's quotes: (feed, region, vendor). Each day's index change is the
-- geometric mean, over the series observed that day, of their change since their own previous
-- observation; a series' first observation only sets its base. So a new feed, a dearer market or
-- a stale source never makes the index jump: only like-for-like moves do. Days without
-- observations keep the previous level. MoM/YoY compare with the level one calendar month/year
-- earlier. Stored rows: observed days, month ends and $as_of (the level is flat in between).
WITH obs AS (
    SELECT DISTINCT feed, model, price_kind, term, region, vendor, observed_on, observed_at,
           price_usd
    FROM price_observations
    WHERE observed_on <= $as_of AND partition_date <= $as_of AND price_usd > 0
      AND model IS NOT NULL
),
series_days AS (  -- one price per series and day: the geometric mean of that day's quotes
    SELECT model, price_kind, term, feed, region, vendor, observed_on AS date,
           exp(avg(ln(price_usd))) AS price_usd, count(*) AS n
    FROM obs
    GROUP BY ALL
),
links AS (
    SELECT *,
           ln(price_usd / lag(price_usd) OVER (
               PARTITION BY model, price_kind, term, feed, region, vendor ORDER BY date))
               AS log_change
    FROM series_days
),
daily AS (
    SELECT model, price_kind, term, date,
           median(price_usd) AS price_usd,
           CAST(sum(n) AS INTEGER) AS n_observations,
           CAST(count(log_change) AS INTEGER) AS n_series_linked,
           coalesce(avg(log_change), 0) AS log_change
    FROM links
    GROUP BY ALL
),
spans AS (
    SELECT model, price_kind, term, min(date) AS first_date FROM daily GROUP BY ALL
),
calendar AS (
    SELECT model, price_kind, term,
           CAST(unnest(generate_series(first_date, CAST($as_of AS DATE), INTERVAL 1 DAY)) AS DATE)
               AS date
    FROM spans
),
levels AS (
    SELECT
        c.model, c.price_kind, c.term, c.date,
        100 * exp(sum(coalesce(d.log_change, 0)) OVER series) AS index_value,
        last_value(d.price_usd IGNORE NULLS) OVER series AS price_usd,
        coalesce(d.n_observations, 0) AS n_observations,
        coalesce(d.n_series_linked, 0) AS n_series_linked,
        d.date IS NULL AS is_carried_forward
    FROM calendar AS c
    LEFT JOIN daily AS d
      ON d.model = c.model AND d.price_kind = c.price_kind
     AND d.term IS NOT DISTINCT FROM c.term AND d.date = c.date
    WINDOW series AS (PARTITION BY c.model, c.price_kind, c.term ORDER BY c.date
                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
)
SELECT
    l.model, l.price_kind, l.term, l.date, l.index_value,
    (l.index_value / m.index_value - 1) * 100 AS mom_pct,
    (l.index_value / y.index_value - 1) * 100 AS yoy_pct,
    l.price_usd, l.n_observations, l.n_series_linked, l.is_carried_forward
FROM levels AS l
LEFT JOIN levels AS m
  ON m.model = l.model AND m.price_kind = l.price_kind AND m.term IS NOT DISTINCT FROM l.term
 AND m.date = CAST(l.date - INTERVAL 1 MONTH AS DATE)
LEFT JOIN levels AS y
  ON y.model = l.model AND y.price_kind = l.price_kind AND y.term IS NOT DISTINCT FROM l.term
 AND y.date = CAST(l.date - INTERVAL 1 YEAR AS DATE)
WHERE NOT l.is_carried_forward
   OR l.date = last_day(l.date)
   OR l.date = CAST($as_of AS DATE)
ORDER BY l.model, l.price_kind, l.term, l.date
