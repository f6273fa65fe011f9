-- AI-server market size and growth by year, every source side by side
-- Conflicting figures from different publishers stay separate rows; derived and projected rows
-- are flagged. size_usd converts at the year's average FX rate.
SELECT
    market,
    year,
    publisher,
    round(size / 1e9, 2) AS size_bn,
    currency,
    round(size_usd / 1e9, 2) AS size_usd_bn,
    yoy_growth_pct,
    is_derived,
    is_projection,
    source
FROM ai_server_market_growth
WHERE as_of = (SELECT max(as_of) FROM ai_server_market_growth)
ORDER BY market, year, publisher, source;
