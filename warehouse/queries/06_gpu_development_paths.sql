-- How long a domestic GPU takes to develop: self-developed vs licensed IP, ecosystem routes
SELECT
    row_kind,
    item,
    start_date,
    months_low,
    months_high,
    engineers,
    earliest_ready_date,
    latest_ready_date,
    source
FROM domestic_substitution_timeline
WHERE as_of = (SELECT max(as_of) FROM domestic_substitution_timeline)
    AND row_kind IN ('development_path', 'ecosystem_route')
ORDER BY row_kind, earliest_ready_date NULLS LAST, item;
