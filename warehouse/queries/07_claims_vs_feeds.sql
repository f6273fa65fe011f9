-- Article price claims against the nearest feed observation for the same model and market
SELECT
    model,
    market,
    metric,
    claim_value,
    claim_currency,
    claim_date,
    feed,
    observed_on,
    observed_price,
    days_apart,
    round(gap_pct, 1) AS gap_pct,
    match_rule
FROM claims_vs_feeds
WHERE as_of = (SELECT max(as_of) FROM claims_vs_feeds)
ORDER BY model, metric, claim_date;
