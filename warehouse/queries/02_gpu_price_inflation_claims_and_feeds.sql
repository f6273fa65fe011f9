-- GPU price inflation: what the article claims next to each feed's whole history
-- From the gpu_price_inflation mart as of its latest build; `claim` rows come from article facts,
-- the other windows (7d, 30d, 90d, 365d, all) end at the build date.
SELECT
    model,
    market,
    price_kind,
    currency,
    source_type,
    "window",
    start_date,
    end_date,
    start_price,
    end_price,
    round(pct_change, 1) AS pct_change,
    n_observations
FROM gpu_price_inflation
WHERE as_of = (SELECT max(as_of) FROM gpu_price_inflation)
    AND model IN ('NVIDIA A100', 'NVIDIA H100')
    AND price_kind = 'purchase'
    AND "window" IN ('claim', 'all')
    AND n_observations > 0
ORDER BY model, source_type, source;
