-- First and last feed observation per (model, region, price_kind, currency, feed) in trailing
-- windows ending at $as_of. The same observation can be re-delivered in later partitions, so
-- observations are de-duplicated before counting.
WITH obs AS (
    SELECT DISTINCT feed, model, region, price_kind, currency, observed_on, observed_at, price,
           price_usd, source
    FROM price_observations
    WHERE observed_on <= $as_of AND price IS NOT NULL AND model IS NOT NULL
),
windows("window", days) AS (
    VALUES ('7d', 7), ('30d', 30), ('90d', 90), ('365d', 365), ('all', NULL)
)
SELECT
    o.model,
    o.region AS market,
    o.price_kind,
    o.currency,
    'feed' AS source_type,
    o.feed AS source,
    w."window",
    CAST(date_diff('day', min(o.observed_on), max(o.observed_on)) AS DOUBLE) AS window_days,
    min(o.observed_on) AS start_date,
    max(o.observed_on) AS end_date,
    first(o.price ORDER BY o.observed_on, o.observed_at) AS start_price,
    last(o.price ORDER BY o.observed_on, o.observed_at) AS end_price,
    first(o.price_usd ORDER BY o.observed_on, o.observed_at) AS start_price_usd,
    last(o.price_usd ORDER BY o.observed_on, o.observed_at) AS end_price_usd,
    CAST(count(*) AS INTEGER) AS n_observations,
    min(o.price) AS min_price,
    max(o.price) AS max_price,
    'day' AS date_precision,
    'sources: ' || string_agg(DISTINCT o.source, ' | ') AS notes
FROM obs AS o
JOIN windows AS w ON w.days IS NULL OR o.observed_on > $as_of - w.days
GROUP BY o.model, o.region, o.price_kind, o.currency, o.feed, w."window", w.days
ORDER BY o.model, o.region, o.price_kind, o.feed, w.days NULLS LAST
