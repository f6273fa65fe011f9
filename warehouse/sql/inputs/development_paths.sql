-- Development paths stated by articles: one row per (article, subject) with the stated range of
-- development months, the engineers stated in the same claim, the article's year (the default
-- start of the clock) and the research the sentence cites (据中信证券研报显示 -> 中信证券研报).
SELECT
    f.article_id,
    f.subject,
    min(coalesce(f.value_low, f.value)) AS months_low,
    max(coalesce(f.value_high, f.value)) AS months_high,
    max(e.value) AS engineers,
    string_agg(DISTINCT f.fact_id, ',' ORDER BY f.fact_id)
    || coalesce(',' || string_agg(DISTINCT e.fact_id, ',' ORDER BY e.fact_id), '')
        AS fact_ids,
    any_value(a.published_year) AS published_year,
    any_value(a.source_url) AS source_url,
    any_value(a.path) AS article_path,
    any_value(f.quote) AS quote,
    nullif(any_value(regexp_extract(f.quote, '据([^,，。;；]{1,20}?(研报|报告|数据))', 1)), '')
        AS cited_source
FROM article_facts AS f
JOIN articles AS a USING (article_id)
LEFT JOIN article_facts AS e
    ON f.claim_id = e.claim_id AND e.metric = 'engineers' AND e.value IS NOT NULL AND e.plausible
WHERE f.plausible
    AND f.fact_type = 'duration' AND f.metric = 'development_time' AND f.unit = 'months'
    AND f.value IS NOT NULL
    AND published_by(a.published_date, a.published_year, $as_of)
GROUP BY f.article_id, f.subject
ORDER BY f.article_id ASC, months_low DESC, f.subject ASC
