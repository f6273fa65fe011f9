-- Each unit-price claim (temp.price_claims, from price_claims.sql) next to the nearest purchase
-- observation of the same model in market $market. When the article is dated only to its year,
-- only observations within that year are eligible (the claim cannot be dated more precisely, so
-- it is compared with the year's observation nearest mid-year). Observations whose source or note
-- cites the claiming article itself are flagged and used only when no independent observation
-- exists: comparing a claim with itself proves nothing. Equally near observations are told apart
-- by day (the later), feed, time, price, currency and source, so a rebuild picks the same one.
--
-- Observations within $near_days of a claim's date are read first ($near_from to $near_to spans
-- every claim's window); a claim with an independent priced observation there has its match
-- among them, since anything farther ranks lower. Only the other claims look at all history.
WITH purchases AS NOT MATERIALIZED (
    SELECT
        feed, model, observed_on, observed_at, price, currency, price_usd, price_cny, source,
        note
    FROM price_observations
    WHERE observed_on <= $as_of AND partition_date <= $as_of AND region = $market
        AND price_kind = 'purchase' AND model IN (SELECT model FROM temp.price_claims)
),

near AS (
    SELECT d.fact_id, o.*
    FROM temp.price_claims AS d
    JOIN purchases AS o
        ON d.model = o.model
            AND o.observed_on BETWEEN d.claim_date - $near_days AND d.claim_date + $near_days
            AND (d.date_precision = 'day' OR year(o.observed_on) = d.published_year)
    WHERE o.observed_on BETWEEN $near_from AND $near_to
),

unsettled AS (  -- claims without an independent priced observation nearby
    SELECT * FROM temp.price_claims AS d
    WHERE NOT EXISTS (
            SELECT 1 FROM near AS n
            WHERE n.fact_id = d.fact_id
                AND (CASE WHEN n.currency = d.currency THEN n.price
                    WHEN d.currency = 'CNY' THEN n.price_cny
                    WHEN d.currency = 'USD' THEN n.price_usd
                END) IS NOT NULL
                AND strpos(concat_ws(' ', n.source, n.note), d.article_path) = 0
                AND strpos(concat_ws(' ', n.source, n.note), d.article_id) = 0
        )
),

eligible AS (
    SELECT n.* FROM near AS n ANTI JOIN unsettled USING (fact_id)
    UNION ALL
    SELECT u.fact_id, o.*
    FROM unsettled AS u
    JOIN purchases AS o
        ON u.model = o.model
            AND (u.date_precision = 'day' OR year(o.observed_on) = u.published_year)
),

candidates AS (
    SELECT
        d.fact_id, o.feed, o.observed_on, o.price AS observed_price_native,
        o.currency AS observed_currency, o.source AS observation_source,
        CASE WHEN o.currency = d.currency THEN o.price
            WHEN d.currency = 'CNY' THEN o.price_cny
            WHEN d.currency = 'USD' THEN o.price_usd
        END AS observed_price,
        strpos(concat_ws(' ', o.source, o.note), d.article_path) > 0
        OR strpos(concat_ws(' ', o.source, o.note), d.article_id) > 0
            AS observation_cites_article,
        CAST(date_diff('day', d.claim_date, o.observed_on) AS INTEGER) AS days_apart
    FROM temp.price_claims AS d
    JOIN eligible AS o USING (fact_id)
    QUALIFY row_number() OVER (
            PARTITION BY d.fact_id
            ORDER BY
                (observed_price IS NULL), observation_cites_article ASC, abs(days_apart),
                o.observed_on DESC,
                o.feed ASC,
                o.observed_at ASC,
                o.price ASC,
                o.currency ASC,
                o.source ASC
        ) = 1
)

SELECT
    d.article_id, d.fact_id, d.claim_id, d.model, $market AS market, d.metric,
    d.value AS claim_value, d.currency AS claim_currency, d.qualifier AS claim_qualifier,
    d.claim_date, d.date_precision AS claim_date_precision,
    c.feed, c.observed_on, c.observed_price, c.observed_price_native, c.observed_currency,
    c.observation_source, c.observation_cites_article, c.days_apart,
    (c.observed_price / d.value - 1) * 100 AS gap_pct,
    CASE WHEN d.date_precision = 'day' THEN 'nearest_to_day'
        ELSE 'nearest_to_mid_year_within_year'
    END AS match_rule
FROM temp.price_claims AS d
LEFT JOIN candidates AS c USING (fact_id)
ORDER BY d.article_id, d.model, d.claim_date, d.fact_id
