-- Price change of one model over a date window, per feed, price kind and currency
-- Edit `params`: the model (as in price_observations.model) and the window. Each partition of a
-- feed holds a complete copy of what the feed returned that day, so read each feed's newest one.
WITH params AS (
    SELECT
        'NVIDIA H100' AS model, DATE '2023-01-01' AS window_start, DATE '2025-12-31' AS window_end
),

newest AS (
    SELECT feed, max(partition_date) AS partition_date FROM price_observations GROUP BY feed
),

observations AS (
    SELECT o.*
    FROM price_observations AS o
    JOIN newest USING (feed, partition_date)
    JOIN params AS p ON o.model = p.model AND o.observed_on BETWEEN p.window_start AND p.window_end
)

SELECT
    feed,
    price_kind,
    term,
    currency,
    min(observed_on) AS first_day,
    max(observed_on) AS last_day,
    arg_min(price, observed_at) AS first_price,
    arg_max(price, observed_at) AS last_price,
    round(100 * (arg_max(price, observed_at) / arg_min(price, observed_at) - 1), 1) AS pct_change,
    count(*) AS n_observations
FROM observations
GROUP BY ALL
ORDER BY feed, price_kind, term, currency;
