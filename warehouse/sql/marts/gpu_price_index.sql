-- Chain-linked daily USD price index per (model, price_kind, term), first observed day = 100.
-- A series is one source's quotes: (feed, region, vendor). Each day's index change is the
-- geometric mean, over the series observed that day, of their change since their own previous
-- observation; a series' first observation only sets its base. So a new feed, a dearer market or
-- a stale source never makes the index jump: only like-for-like moves do. Days without
-- observations keep the previous level. MoM/YoY compare with the level one calendar month/year
-- earlier. Rows: observed days, month ends and $as_of (the level is flat in between).
--
-- Only the days that can have changed are computed: for each index series from restate_from
-- (temp.gpu_price_index_restate, see gpu_price_index_restate.sql) to $as_of, continuing the level
-- partition $previous left on the day before; restate_from NULL computes the series from its
-- first observation. A price series' first link in the range goes back to its last observed day
-- before the range (temp.gpu_price_index_before, see gpu_price_index_before.sql).
-- $scan_from is the earliest restate_from (NULL: none), $prior_from the earliest stored day the
-- new rows look back to (a year and a month before it).
WITH restate AS (
    SELECT model, price_kind, term, restate_from FROM temp.gpu_price_index_restate
),

obs AS (
    SELECT DISTINCT
        o.feed, o.model, o.price_kind, o.term, o.region, o.vendor, o.observed_on,
        o.observed_at, o.price_usd
    FROM price_observations AS o
    JOIN restate AS r
        ON o.model = r.model AND o.price_kind = r.price_kind AND r.term IS NOT DISTINCT FROM o.term
    WHERE o.observed_on <= $as_of AND o.partition_date <= $as_of AND o.price_usd > 0
        AND ($scan_from IS NULL OR o.observed_on >= $scan_from)
        AND (r.restate_from IS NULL OR o.observed_on >= r.restate_from)
),

series_days AS (  -- one price per series and day: the geometric mean of that day's quotes
    SELECT
        model, price_kind, term, feed, region, vendor, observed_on AS date,
        exp(avg(ln(price_usd))) AS price_usd, count(*) AS n
    FROM obs
    GROUP BY ALL
),

links AS (
    SELECT
        d.*,
        ln(d.price_usd / coalesce(lag(d.price_usd) OVER series, b.price_usd)) AS log_change
    FROM series_days AS d
    LEFT JOIN temp.gpu_price_index_before AS b
        ON d.feed = b.feed AND d.model = b.model AND d.price_kind = b.price_kind
            AND b.term IS NOT DISTINCT FROM d.term AND b.region IS NOT DISTINCT FROM d.region
            AND b.vendor IS NOT DISTINCT FROM d.vendor
    WINDOW series AS (
        PARTITION BY d.model, d.price_kind, d.term, d.feed, d.region, d.vendor ORDER BY d.date
    )
),

daily AS (
    SELECT
        model, price_kind, term, date,
        median(price_usd) AS price_usd,
        CAST(sum(n) AS INTEGER) AS n_observations,
        CAST(count(log_change) AS INTEGER) AS n_series_linked,
        coalesce(avg(log_change), 0) AS log_change
    FROM links
    GROUP BY ALL
),

prior AS (  -- the index as partition $previous left it, from $prior_from on
    SELECT model, price_kind, term, coalesce(term, '') AS term_key, date, index_value, price_usd
    FROM gpu_price_index_as_of($previous, $prior_from)
),

level_before AS (  -- the stored level each recomputed range continues
    SELECT
        r.model, r.price_kind, r.term,
        arg_max(p.index_value, p.date) AS index_value,
        arg_max(p.price_usd, p.date) AS price_usd
    FROM restate AS r
    JOIN prior AS p
        ON r.model = p.model AND r.price_kind = p.price_kind AND p.term IS NOT DISTINCT FROM r.term
            AND r.restate_from > p.date
    GROUP BY ALL
),

spans AS (  -- a range without a stored level before it starts at the series' first observation
    SELECT
        r.model, r.price_kind, r.term, b.index_value AS level_before,
        b.price_usd AS price_before,
        CASE WHEN b.index_value IS NOT NULL THEN r.restate_from
            ELSE (
                SELECT min(d.date) FROM daily AS d
                WHERE d.model = r.model AND d.price_kind = r.price_kind
                    AND d.term IS NOT DISTINCT FROM r.term
            )
        END AS first_date
    FROM restate AS r
    LEFT JOIN level_before AS b
        ON r.model = b.model AND r.price_kind = b.price_kind AND b.term IS NOT DISTINCT FROM r.term
),

calendar AS (
    SELECT
        model, price_kind, term, level_before, price_before,
        CAST(unnest(generate_series(first_date, CAST($as_of AS DATE), INTERVAL 1 DAY)) AS DATE)
            AS date
    FROM spans
    WHERE first_date IS NOT NULL
),

levels AS (
    SELECT
        c.model, c.price_kind, c.term, coalesce(c.term, '') AS term_key, c.date,
        coalesce(c.level_before, 100) * exp(sum(coalesce(d.log_change, 0)) OVER series)
            AS index_value,
        coalesce(last_value(d.price_usd IGNORE NULLS) OVER series, c.price_before) AS price_usd,
        coalesce(d.n_observations, 0) AS n_observations,
        coalesce(d.n_series_linked, 0) AS n_series_linked,
        d.date IS NULL AS is_carried_forward
    FROM calendar AS c
    LEFT JOIN daily AS d
        ON c.model = d.model AND c.price_kind = d.price_kind
            AND d.term IS NOT DISTINCT FROM c.term AND c.date = d.date
    WINDOW series AS (
        PARTITION BY c.model, c.price_kind, c.term ORDER BY c.date
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    )
),

stored AS (
    SELECT
        *,
        CAST(date - INTERVAL 1 MONTH AS DATE) AS month_ago,
        CAST(date - INTERVAL 1 YEAR AS DATE) AS year_ago
    FROM levels
    WHERE NOT is_carried_forward OR date = last_day(date) OR date = CAST($as_of AS DATE)
),

looked_back AS (  -- levels a month and a year before, where they precede the recomputed days:
    -- the latest stored row on or before the day (a month end is always stored, so within 31 days)
    SELECT
        s.model, s.price_kind, s.term_key, s.date,
        arg_max(p.index_value, p.date)
        FILTER (WHERE p.date <= s.month_ago AND p.date > s.month_ago - 32) AS month_ago,
        arg_max(p.index_value, p.date)
        FILTER (WHERE p.date <= s.year_ago AND p.date > s.year_ago - 32) AS year_ago
    FROM stored AS s
    JOIN prior AS p
        ON s.model = p.model AND s.price_kind = p.price_kind AND s.term_key = p.term_key
            AND (
                (s.month_ago >= p.date AND p.date > s.month_ago - 32)
                OR (s.year_ago >= p.date AND p.date > s.year_ago - 32)
            )
    GROUP BY ALL
)

SELECT
    s.model, s.price_kind, s.term, s.date, s.index_value,
    (s.index_value / coalesce(m.index_value, b.month_ago) - 1) * 100 AS mom_pct,
    (s.index_value / coalesce(y.index_value, b.year_ago) - 1) * 100 AS yoy_pct,
    s.price_usd, s.n_observations, s.n_series_linked, s.is_carried_forward
FROM stored AS s
LEFT JOIN levels AS m
    ON s.model = m.model AND s.price_kind = m.price_kind AND s.term_key = m.term_key
        AND s.month_ago = m.date
LEFT JOIN levels AS y
    ON s.model = y.model AND s.price_kind = y.price_kind AND s.term_key = y.term_key
        AND s.year_ago = y.date
LEFT JOIN looked_back AS b
    ON s.model = b.model AND s.price_kind = b.price_kind AND s.term_key = b.term_key
        AND s.date = b.date
ORDER BY s.model, s.price_kind, s.term, s.date
