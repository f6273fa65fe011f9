-- Latest on-demand cloud price per chip-hour by model, in USD, with the range ever observed
WITH newest AS (
    SELECT feed, max(partition_date) AS partition_date FROM price_observations GROUP BY feed
)

SELECT
    o.model,
    max(o.observed_on) AS last_observed,
    round(arg_max(o.price_usd, o.observed_at), 2) AS latest_usd_per_hour,
    round(min(o.price_usd), 2) AS lowest_usd_per_hour,
    round(max(o.price_usd), 2) AS highest_usd_per_hour,
    count(*) AS n_observations
FROM price_observations AS o
JOIN newest USING (feed, partition_date)
WHERE o.price_kind = 'rental_hour'
    AND coalesce(o.term, 'on_demand') = 'on_demand'
    AND o.model IS NOT NULL
GROUP BY o.model
ORDER BY latest_usd_per_hour DESC;
