-- Feed freshness: each feed's last fetch, its outcome, and its last successful fetch
SELECT
    feed,
    arg_max(status, fetched_at) AS last_status,
    max(fetched_at) AS last_fetch,
    max(fetched_at) FILTER (WHERE status IN ('ok', 'not_modified')) AS last_good_fetch,
    arg_max(rows_parsed, fetched_at) AS rows_parsed,
    arg_max(rows_rejected, fetched_at) AS rows_rejected,
    arg_max(error, fetched_at) AS last_error
FROM feed_fetches
GROUP BY feed
ORDER BY feed;
