-- Which index series (model, price_kind, term) partition $as_of computes, and from which day.
-- Continuing partition $previous, a series is recomputed from the earliest day that can have
-- changed since: the day of an observation $previous could not see (fetched after it, or observed
-- after it), or the date of an FX rate delivered since ($fx_from: loading a rate reprices the
-- stored USD prices from its date on); at the latest the day after $previous, so every series
-- gets its as_of row. With $previous NULL every series is computed from its first observation
-- (restate_from NULL).
WITH unseen AS (
    SELECT model, price_kind, term, min(observed_on) AS first_day
    FROM price_observations
    WHERE observed_on <= $as_of AND partition_date <= $as_of AND price_usd > 0
        AND model IS NOT NULL
        AND ($previous IS NULL OR partition_date > $previous OR observed_on > $previous)
    GROUP BY ALL
),

repriced AS (
    SELECT model, price_kind, term, min(observed_on) AS first_day
    FROM price_observations
    WHERE observed_on >= $fx_from AND observed_on <= $as_of AND partition_date <= $as_of
        AND price_usd > 0 AND model IS NOT NULL
    GROUP BY ALL
),

kept AS (  -- every series $previous computed has its as_of row there
    SELECT DISTINCT model, price_kind, term FROM gpu_price_index WHERE as_of = $previous
),

series AS (
    SELECT model, price_kind, term FROM unseen
    UNION
    SELECT model, price_kind, term FROM repriced
    UNION
    SELECT model, price_kind, term FROM kept
)

SELECT
    s.model,
    s.price_kind,
    s.term,
    CASE WHEN $previous IS NOT NULL
            THEN least(u.first_day, r.first_day, CAST($previous AS DATE) + 1)
    END AS restate_from
FROM series AS s
LEFT JOIN unseen AS u
    ON s.model = u.model AND s.price_kind = u.price_kind AND u.term IS NOT DISTINCT FROM s.term
LEFT JOIN repriced AS r
    ON s.model = r.model AND s.price_kind = r.price_kind AND r.term IS NOT DISTINCT FROM s.term
