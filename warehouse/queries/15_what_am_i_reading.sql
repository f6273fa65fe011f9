-- Which run the data you are reading comes from, and how the runs before it ended
-- The newest published_snapshots row describes the snapshot itself; pipeline_runs rows are
-- written as runs finish, so a snapshot holds the runs recorded before its own.
SELECT
    'snapshot' AS kind, run_id, partition_end AS day, 'success' AS status,
    NULL::VARCHAR[] AS failed_assets, NULL AS error, published_at AS event_at
FROM published_snapshots
WHERE published_at = (SELECT max(published_at) FROM published_snapshots)
UNION ALL
SELECT 'run', run_id, partition_end, status, failed_assets, error, finished_at
FROM pipeline_runs
ORDER BY event_at DESC
LIMIT 20;
