-- For each price series (feed, model, price_kind, term, region, vendor) observed in its index
-- series' recomputed range (temp.gpu_price_index_restate, restate_from not NULL), the last day it
-- was observed before that range, searched in [$from_day, $to_day) only, with the day's price (the
-- geometric mean of its quotes): a series' first link in the range goes back to it. Series already
-- in temp.gpu_price_index_before were found in a nearer window and are skipped, so run nearest
-- window first (suanli.marts.gpu_price_index): a daily run then reads the month before its range,
-- not the whole history.
WITH need AS (
    SELECT DISTINCT o.feed, o.model, o.price_kind, o.term, o.region, o.vendor, r.restate_from
    FROM price_observations AS o
    JOIN temp.gpu_price_index_restate AS r
        ON o.model = r.model AND o.price_kind = r.price_kind AND r.term IS NOT DISTINCT FROM o.term
    WHERE r.restate_from IS NOT NULL
        AND o.observed_on >= r.restate_from AND o.observed_on <= $as_of
        AND o.partition_date <= $as_of AND o.price_usd > 0
),

unfound AS (
    SELECT * FROM need AS n
    WHERE NOT EXISTS (
            SELECT 1 FROM temp.gpu_price_index_before AS b
            WHERE b.feed = n.feed AND b.model = n.model AND b.price_kind = n.price_kind
                AND b.term IS NOT DISTINCT FROM n.term AND b.region IS NOT DISTINCT FROM n.region
                AND b.vendor IS NOT DISTINCT FROM n.vendor
        )
)

SELECT
    feed, model, price_kind, term, region, vendor, observed_on AS date,
    exp(avg(ln(price_usd))) AS price_usd
FROM (
    SELECT DISTINCT
        o.feed, o.model, o.price_kind, o.term, o.region, o.vendor,
        o.observed_on, o.observed_at, o.price_usd
    FROM price_observations AS o
    JOIN unfound AS n
        ON o.feed = n.feed AND o.model = n.model AND o.price_kind = n.price_kind
            AND n.term IS NOT DISTINCT FROM o.term AND n.region IS NOT DISTINCT FROM o.region
            AND n.vendor IS NOT DISTINCT FROM o.vendor
            AND o.observed_on < n.restate_from
    WHERE o.observed_on >= $from_day AND o.observed_on < $to_day
        AND o.partition_date <= $as_of AND o.price_usd > 0
)
GROUP BY feed, model, price_kind, term, region, vendor, observed_on
QUALIFY row_number() OVER (
        PARTITION BY feed, model, price_kind, term, region, vendor ORDER BY observed_on DESC
    ) = 1
