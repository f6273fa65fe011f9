-- Feed price series (feed, model, region, price_kind, term, currency) over trailing windows ending
-- at $as_of: first and last observation, extremes and count. Every series gets all five windows;
-- a window without observations keeps its row with n_observations 0 and NULL prices, so "no price
-- in the last 7 days" is visible rather than silently missing. Only rows fetched by $as_of count.
-- The first observation is the earliest (then cheapest, then by source); the last the latest
-- (then cheapest, then by source); observed_on is the date of observed_at, so the time orders.
--
-- The cost of a partition does not grow with the length of the history:
-- - the finite windows (7d to 365d) read the last 365 days only;
-- - the all window continues the all rows of partition $previous (NULL: it is computed from the
--   whole history): count and extremes merged with the observations $previous could not see
--   (fetched after it, or observed after it), first and last observation compared with its own.
--   A boundary day is read again where a late row of that very day, or a late FX rate on or
--   before it (from $fx_from on, stored USD prices are recomputed), could change the first or
--   last observation or its USD price.
WITH windows ("window", days, position) AS (
    VALUES ('7d', 7, 1), ('30d', 30, 2), ('90d', 90, 3), ('365d', 365, 4)
),

recent AS (  -- each observation once: observed_on, the date of observed_at, needs no key
    SELECT
        feed, model, region, price_kind, term, currency, observed_at, price, price_usd, source,
        min(observed_on) AS observed_on
    FROM price_observations
    WHERE observed_on > $as_of - 365 AND observed_on <= $as_of AND partition_date <= $as_of
        AND price > 0 AND model IS NOT NULL
    GROUP BY feed, model, region, price_kind, term, currency, observed_at, price, price_usd, source
),

finite AS (
    SELECT
        r.feed, r.model, r.region, r.price_kind, r.term, r.currency, w."window",
        arg_min(
            (r.observed_on, r.price, r.price_usd, r.source),
            (r.observed_at, r.price, r.source)
        ) AS first,
        arg_max(
            (r.observed_on, r.price, r.price_usd, r.source),
            (r.observed_at, -r.price, r.source)
        ) AS last,
        count(*) AS n_observations,
        min(r.price) AS min_price,
        max(r.price) AS max_price
    FROM recent AS r
    JOIN windows AS w ON r.observed_on > $as_of - w.days
    GROUP BY ALL
),

unseen AS (  -- observations $previous did not see (all of them when $previous is NULL)
    SELECT DISTINCT
        feed, model, region, price_kind, term, currency, observed_on, observed_at,
        price, price_usd, source
    FROM price_observations
    WHERE observed_on <= $as_of AND partition_date <= $as_of AND price > 0 AND model IS NOT NULL
        AND ($previous IS NULL OR partition_date > $previous OR observed_on > $previous)
),

seen_again AS (  -- a late row may repeat an observation $previous counted: same day only
    SELECT DISTINCT
        feed, model, region, price_kind, term, currency, observed_on, observed_at,
        price, price_usd, source
    FROM price_observations
    WHERE partition_date <= $previous AND observed_on <= $previous AND price > 0
        AND model IS NOT NULL
        AND observed_on IN (SELECT observed_on FROM unseen WHERE observed_on <= $previous)
),

fresh AS (
    SELECT * FROM unseen
    EXCEPT
    SELECT * FROM seen_again
),

carried AS (
    SELECT
        c.source AS feed, c.model, c.market AS region, c.price_kind, c.term, c.currency,
        c.start_date, c.end_date, c.start_price, c.end_price, c.start_price_usd,
        c.end_price_usd, c.start_source, c.end_source, c.n_observations, c.min_price,
        c.max_price,
        coalesce(c.start_date >= $fx_from, FALSE) OR EXISTS (
            SELECT 1 FROM unseen AS u
            WHERE u.feed = c.source AND u.model = c.model AND u.region IS NOT DISTINCT FROM c.market
                AND u.price_kind = c.price_kind AND u.term IS NOT DISTINCT FROM c.term
                AND u.currency = c.currency AND u.observed_on = c.start_date
        ) AS reread_start,
        coalesce(c.end_date >= $fx_from, FALSE) OR EXISTS (
            SELECT 1 FROM unseen AS u
            WHERE u.feed = c.source AND u.model = c.model AND u.region IS NOT DISTINCT FROM c.market
                AND u.price_kind = c.price_kind AND u.term IS NOT DISTINCT FROM c.term
                AND u.currency = c.currency AND u.observed_on = c.end_date
        ) AS reread_end
    FROM gpu_price_inflation AS c
    WHERE c.as_of = $previous AND c.source_type = 'feed' AND c."window" = 'all'
),

reread_days AS (
    SELECT feed, model, region, price_kind, term, currency, start_date AS day
    FROM carried WHERE reread_start
    UNION
    SELECT feed, model, region, price_kind, term, currency, end_date FROM carried WHERE reread_end
),

reread AS (  -- every row $previous saw on those days
    SELECT DISTINCT
        o.feed, o.model, o.region, o.price_kind, o.term, o.currency, o.observed_on,
        o.observed_at, o.price, o.price_usd, o.source
    FROM price_observations AS o
    SEMI JOIN reread_days AS d
        ON o.feed = d.feed AND o.model = d.model AND d.region IS NOT DISTINCT FROM o.region
            AND o.price_kind = d.price_kind AND d.term IS NOT DISTINCT FROM o.term
            AND o.currency = d.currency AND o.observed_on = d.day
    WHERE o.partition_date <= $previous AND o.observed_on <= $previous AND o.price > 0
),

ends AS (  -- candidates for the all window's first and last observation
    SELECT
        feed, model, region, price_kind, term, currency, observed_on, observed_at, price,
        price_usd, source
    FROM fresh
    UNION ALL
    SELECT * FROM reread
    UNION ALL  -- no other candidate shares its day, so its time of day never decides
    SELECT
        feed, model, region, price_kind, term, currency, start_date,
        CAST(start_date AS TIMESTAMP), start_price, start_price_usd, start_source
    FROM carried WHERE NOT reread_start
    UNION ALL
    SELECT
        feed, model, region, price_kind, term, currency, end_date,
        CAST(end_date AS TIMESTAMP), end_price, end_price_usd, end_source
    FROM carried WHERE NOT reread_end
),

all_ends AS (
    SELECT
        feed, model, region, price_kind, term, currency,
        arg_min((observed_on, price, price_usd, source), (observed_at, price, source)) AS first,
        arg_max((observed_on, price, price_usd, source), (observed_at, -price, source)) AS last,
        min(price) AS min_price,
        max(price) AS max_price
    FROM ends
    GROUP BY ALL
),

fresh_counts AS (
    SELECT feed, model, region, price_kind, term, currency, count(*) AS n_observations
    FROM fresh
    GROUP BY ALL
),

all_window AS (
    SELECT
        e.feed, e.model, e.region, e.price_kind, e.term, e.currency, 'all' AS "window",
        e.first, e.last,
        coalesce(c.n_observations, 0) + coalesce(f.n_observations, 0) AS n_observations,
        least(e.min_price, c.min_price) AS min_price,
        greatest(e.max_price, c.max_price) AS max_price
    FROM all_ends AS e
    LEFT JOIN carried AS c
        ON e.feed = c.feed AND e.model = c.model AND c.region IS NOT DISTINCT FROM e.region
            AND e.price_kind = c.price_kind AND c.term IS NOT DISTINCT FROM e.term
            AND e.currency = c.currency
    LEFT JOIN fresh_counts AS f
        ON e.feed = f.feed AND e.model = f.model AND f.region IS NOT DISTINCT FROM e.region
            AND e.price_kind = f.price_kind AND f.term IS NOT DISTINCT FROM e.term
            AND e.currency = f.currency
),

windowed AS (  -- every series (it has an all window) in every finite window, empty or not
    SELECT
        a.feed, a.model, a.region, a.price_kind, a.term, a.currency, w."window", w.position,
        f.first, f.last, f.n_observations, f.min_price, f.max_price
    FROM all_window AS a
    CROSS JOIN windows AS w
    LEFT JOIN finite AS f
        ON a.feed = f.feed AND a.model = f.model AND f.region IS NOT DISTINCT FROM a.region
            AND a.price_kind = f.price_kind AND f.term IS NOT DISTINCT FROM a.term
            AND a.currency = f.currency AND w."window" = f."window"
    UNION ALL BY NAME
    SELECT *, 5 AS position FROM all_window
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
    CAST(date_diff('day', first[1], last[1]) AS DOUBLE) AS window_days,
    first[1] AS start_date,
    last[1] AS end_date,
    first[2] AS start_price,
    last[2] AS end_price,
    first[3] AS start_price_usd,
    last[3] AS end_price_usd,
    CAST(coalesce(n_observations, 0) AS INTEGER) AS n_observations,
    min_price,
    max_price,
    CAST(NULL AS DOUBLE) AS stated_pct_change,
    CAST(NULL AS VARCHAR) AS stated_pct_qualifier,
    'day' AS date_precision,
    CASE WHEN n_observations IS NULL THEN 'no observation in the window' END AS notes,
    first[4] AS start_source,
    last[4] AS end_source
FROM windowed
ORDER BY model, region, price_kind, term, currency, feed, position
