-- Demand-driver facts stated by articles: spend (server demand, investment), deployment cost and
-- the chips a deployment requires. Other counts (documents, companies, data centres) describe the
-- story rather than server demand and are left out. The article year is kept for FX conversion.
WITH currency_alias(unit, currency) AS (
    VALUES ('CNY', 'CNY'), ('元', 'CNY'), ('人民币', 'CNY'), ('USD', 'USD'), ('美元', 'USD')
)
SELECT
    f.fact_id,
    f.fact_type,
    f.subject,
    f.metric,
    f.subject || ' / ' || f.metric AS driver,
    f.value,
    coalesce(c.currency, f.unit) AS unit,
    c.currency IS NOT NULL OR f.unit IN ('CNY', 'USD') AS is_money,
    a.published_year,
    'fact:' || f.fact_id AS source,
    concat_ws('; ', 'article ' || f.article_id, 'qualifier ' || f.qualifier, f.quote) AS note
FROM article_facts AS f
JOIN articles AS a USING (article_id)
LEFT JOIN currency_alias AS c ON c.unit = f.unit
WHERE (f.fact_type IN ('spend', 'cost') OR (f.fact_type = 'count' AND f.metric = 'chips_required'))
  AND f.value IS NOT NULL
  AND coalesce(a.published_date, make_date(a.published_year, 1, 1)) <= $as_of
ORDER BY f.article_id, f.sentence_no, f.fact_id
