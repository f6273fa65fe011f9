-- Each unit-price claim next to the nearest purchase observation of the same model in market
-- $market. Anchor date: the article's publication date when known; when only the year is known,
-- 1 July of that year, and only observations within that year are eligible (the claim cannot be
-- dated more precisely, so it is compared with the year's observation nearest mid-year). A
-- price_from is moved back by the claim's stated price_window, since it describes the start of
-- that window. Observations whose source or note cites the claiming article itself are flagged and
-- used only when no independent observation exists: comparing a claim with itself proves nothing.
WITH currency_alias(unit, currency) AS (
    VALUES ('CNY', 'CNY'), ('元', 'CNY'), ('人民币', 'CNY'), ('USD', 'USD'), ('美元', 'USD')
),
claims AS (
    SELECT f.article_id, f.fact_id, f.claim_id, f.subject AS model, f.metric, f.value,
           coalesce(c.currency, f.unit) AS currency, f.qualifier, f.sentence_no,
           a.published_year, a.path AS article_path,
           coalesce(a.published_date, make_date(a.published_year, 7, 1)) AS anchor,
           CASE WHEN a.published_date IS NULL THEN 'year' ELSE 'day' END AS date_precision
    FROM article_facts AS f
    JOIN articles AS a USING (article_id)
    LEFT JOIN currency_alias AS c ON c.unit = f.unit
    WHERE f.fact_type = 'unit_price' AND f.metric IN ('price', 'price_from', 'price_to')
      AND f.value IS NOT NULL AND f.subject IS NOT NULL
      AND coalesce(a.published_date, make_date(a.published_year, 1, 1)) <= $as_of
),
windows AS (
    SELECT article_id, subject AS model, sentence_no,
           max(CASE unit WHEN 'days' THEN value WHEN 'weeks' THEN value * 7
                         WHEN 'months' THEN value * 365.25 / 12 WHEN 'years' THEN value * 365.25
               END) AS days
    FROM article_facts
    WHERE fact_type = 'duration' AND metric = 'price_window'
    GROUP BY ALL
),
dated AS (
    SELECT c.*,
           CASE WHEN c.metric = 'price_from' AND w.days IS NOT NULL
                THEN c.anchor - CAST(round(w.days) AS INTEGER) ELSE c.anchor END AS claim_date
    FROM claims AS c
    LEFT JOIN windows AS w USING (article_id, model, sentence_no)
),
obs AS (
    SELECT DISTINCT feed, model, region, observed_on, observed_at, price, currency, price_usd,
           price_cny, source, note
    FROM price_observations
    WHERE observed_on <= $as_of AND partition_date <= $as_of AND region = $market
      AND price_kind = 'purchase' AND model IS NOT NULL
),
candidates AS (
    SELECT d.fact_id, o.feed, o.observed_on, o.price AS observed_price_native,
           o.currency AS observed_currency, o.source AS observation_source,
           CASE WHEN o.currency = d.currency THEN o.price
                WHEN d.currency = 'CNY' THEN o.price_cny
                WHEN d.currency = 'USD' THEN o.price_usd END AS observed_price,
           strpos(concat_ws(' ', o.source, o.note), d.article_path) > 0
               OR strpos(concat_ws(' ', o.source, o.note), d.article_id) > 0
               AS observation_cites_article,
           CAST(date_diff('day', d.claim_date, o.observed_on) AS INTEGER) AS days_apart
    FROM dated AS d
    JOIN obs AS o
      ON o.model = d.model
     AND (d.date_precision = 'day' OR year(o.observed_on) = d.published_year)
    QUALIFY row_number() OVER (
        PARTITION BY d.fact_id
        ORDER BY (observed_price IS NULL), observation_cites_article, abs(days_apart),
                 o.observed_on DESC, o.feed, o.observed_at) = 1
)
SELECT
    d.article_id, d.fact_id, d.claim_id, d.model, $market AS market, d.metric,
    d.value AS claim_value, d.currency AS claim_currency, d.qualifier AS claim_qualifier,
    d.claim_date, d.date_precision AS claim_date_precision,
    c.feed, c.observed_on, c.observed_price, c.observed_price_native, c.observed_currency,
    c.observation_source, c.observation_cites_article, c.days_apart,
    (c.observed_price / d.value - 1) * 100 AS gap_pct,
    CASE WHEN d.date_precision = 'day' THEN 'nearest_to_day'
         ELSE 'nearest_to_mid_year_within_year' END AS match_rule
FROM dated AS d
LEFT JOIN candidates AS c USING (fact_id)
ORDER BY d.article_id, d.model, d.claim_date, d.fact_id
