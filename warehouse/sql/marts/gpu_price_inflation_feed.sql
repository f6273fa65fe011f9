-- Feed price series (model, region, price_kind, term, currency, feed) over trailing windows ending
-- at $as_of: first and last observation, extremes and count. Every series gets all five windows;
-- a window without observations keeps its row with n_observations 0 and NULL prices, so "no price
-- in the last 7 days" is visible rather than silently missing. The same observation re-delivered
-- in later partitions is de-duplicated, and only rows fetched by $as_of count.
WITH obs AS (
    SELECT DISTINCT feed, model, region, price_kind, term, currency, observed_on, observed_at,
           price, price_usd, source
    FROM price_observations
    WHERE observed_on <= $as_of AND partition_date <= $as_of AND price > 0 AND model IS NOT NULL
),
windows("window", days, position) AS (
    VALUES ('7d', 7, 1), ('30d', 30, 2), ('90d', 90, 3), ('365d', 365, 4), ('all', NULL, 5)
),
series AS (
    SELECT DISTINCT feed, model, region, price_kind, term, currency FROM obs
),
in_window AS (
    SELECT s.feed, s.model, s.region, s.price_kind, s.term, s.currency, w."window", w.position,
           o.observed_on, o.observed_at, o.price, o.price_usd, o.source
    FROM series AS s
    CROSS JOIN windows AS w
    LEFT JOIN obs AS o
      ON o.feed = s.feed AND o.model = s.model AND o.price_kind = s.price_kind
     AND o.currency = s.currency
     AND o.region IS NOT DISTINCT FROM s.region AND o.term IS NOT DISTINCT FROM s.term
     AND (w.days IS NULL OR o.observed_on > $as_of - w.days)
)
SELECT
    model,
    region AS market,
    price_kind,
    term,
    currency,
    'feed' AS source_type,
    feed AS source,
    "window",
    CAST(date_diff('day', min(observed_on), max(observed_on)) AS DOUBLE) AS window_days,
    min(observed_on) AS start_date,
    max(observed_on) AS end_date,
    arg_min(price, (observed_on, observed_at, price)) AS start_price,
    arg_max(price, (observed_on, observed_at, -price)) AS end_price,
    arg_min(price_usd, (observed_on, observed_at, price)) AS start_price_usd,
    arg_max(price_usd, (observed_on, observed_at, -price)) AS end_price_usd,
    CAST(count(observed_on) AS INTEGER) AS n_observations,
    min(price) AS min_price,
    max(price) AS max_price,
    CAST(NULL AS DOUBLE) AS stated_pct_change,
    CAST(NULL AS VARCHAR) AS stated_pct_qualifier,
    'day' AS date_precision,
    CASE WHEN count(observed_on) = 0 THEN 'no observation in the window'
         ELSE 'sources: ' || coalesce(string_agg(DISTINCT source, ' | '), 'not stated') END AS notes
FROM in_window
GROUP BY feed, model, region, price_kind, term, currency, "window", position
ORDER BY model, region, price_kind, term, feed, position
