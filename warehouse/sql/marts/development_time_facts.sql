-- Development-time facts an article states for one development path (subject = $subject), so the
-- configured path durations can be checked against what the article actually says.
SELECT
    string_agg(fact_id, ',' ORDER BY fact_id) AS fact_ids,
    min(coalesce(value_low, value)) AS months_low,
    max(coalesce(value_high, value)) AS months_high
FROM article_facts
WHERE fact_type = 'duration' AND metric = 'development_time' AND subject = $subject
  AND unit = 'months'
HAVING count(*) > 0
