-- Unit-price claims (price, price_from, price_to) of the articles published by $as_of, each with
-- the date it refers to: the publication date, else 1 July of the publication year
-- (date_precision 'year'); a price_from is moved back by the claim's stated price_window, since it
-- describes the start of that window.
WITH currency_alias (unit, currency) AS (
    VALUES ('CNY', 'CNY'), ('元', 'CNY'), ('人民币', 'CNY'), ('USD', 'USD'), ('美元', 'USD')
),

claims AS (
    SELECT
        f.article_id, f.fact_id, f.claim_id, f.subject AS model, f.metric, f.value,
        coalesce(c.currency, f.unit) AS currency, f.qualifier, f.sentence_no,
        a.published_year, a.path AS article_path,
        claim_date(a.published_date, a.published_year) AS anchor,
        CASE WHEN a.published_date IS NULL THEN 'year' ELSE 'day' END AS date_precision
    FROM article_facts AS f
    JOIN articles AS a USING (article_id)
    LEFT JOIN currency_alias AS c ON f.unit = c.unit
    WHERE f.plausible AND f.fact_type = 'unit_price'
        AND f.metric IN ('price', 'price_from', 'price_to')
        AND f.value IS NOT NULL AND f.subject IS NOT NULL
        AND published_by(a.published_date, a.published_year, $as_of)
),

windows AS (
    SELECT
        article_id, subject AS model, sentence_no,
        max(CASE unit WHEN 'days' THEN value WHEN 'weeks' THEN value * 7
            WHEN 'months' THEN value * 365.25 / 12 WHEN 'years' THEN value * 365.25
        END) AS days
    FROM article_facts
    WHERE plausible AND fact_type = 'duration' AND metric = 'price_window'
    GROUP BY ALL
),

dated AS (
    SELECT
        c.*,
        CASE WHEN c.metric = 'price_from' AND w.days IS NOT NULL
                THEN c.anchor - CAST(round(w.days) AS INTEGER)
            ELSE c.anchor
        END AS claim_date
    FROM claims AS c
    LEFT JOIN windows AS w USING (article_id, model, sentence_no)
)

SELECT * FROM dated
