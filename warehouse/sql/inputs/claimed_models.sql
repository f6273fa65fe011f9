-- Models whose prices articles published by $as_of state, in order of first mention.
SELECT f.subject AS model
FROM article_facts AS f
JOIN articles AS a USING (article_id)
WHERE f.plausible AND f.fact_type IN ('unit_price', 'price_change') AND f.subject IS NOT NULL
    AND published_by(a.published_date, a.published_year, $as_of)
GROUP BY f.subject
ORDER BY min(f.article_id), min(f.char_start)
