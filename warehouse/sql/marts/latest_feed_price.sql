-- Latest purchase price of $model up to $as_of, preferring market $market over other regions.
SELECT feed, observed_on, price, currency, price_usd, region, source
FROM price_observations
WHERE model = $model AND price_kind = 'purchase' AND observed_on <= $as_of AND price IS NOT NULL
ORDER BY (region = $market) DESC NULLS LAST, observed_on DESC, observed_at DESC NULLS LAST, feed
LIMIT 1
