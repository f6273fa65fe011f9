-- Latest purchase observation of $model fetched and observed by $as_of: in market $market
-- (scope = 'market') or in any market (scope = 'any'). One row per scope that has a price.
-- $since (NULL: the whole history) bounds the search: a price found from $since on is the latest.
WITH obs AS (
    SELECT feed, observed_on, observed_at, price, currency, price_usd, region, source
    FROM price_observations
    WHERE model = $model AND price_kind = 'purchase' AND observed_on <= $as_of
        AND ($since IS NULL OR observed_on >= $since)
        AND partition_date <= $as_of AND price > 0
),

scoped AS (
    SELECT 'market' AS scope, * FROM obs WHERE region = $market
    UNION ALL
    SELECT 'any' AS scope, * FROM obs
)

SELECT scope, feed, observed_on, price, currency, price_usd, region, source
FROM scoped
QUALIFY row_number() OVER (
        PARTITION BY scope
        ORDER BY
            observed_on DESC,
            observed_at DESC,
            feed ASC,
            price ASC,
            currency ASC,
            region ASC,
            source ASC
    ) = 1
ORDER BY scope DESC
