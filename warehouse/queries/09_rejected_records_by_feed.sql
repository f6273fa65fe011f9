-- Rejected feed records by feed and reason, in each feed's latest fetch, with an example
WITH latest AS (
    SELECT feed, max(partition_date) AS partition_date FROM feed_fetches GROUP BY feed
)

SELECT
    r.feed,
    r.partition_date,
    r.reason,
    count(*) AS records,
    min(r.record_no) AS first_record_no,
    any_value(r.raw) AS example
FROM rejected_records AS r
JOIN latest USING (feed, partition_date)
GROUP BY ALL
ORDER BY records DESC, r.feed ASC, r.reason ASC;
