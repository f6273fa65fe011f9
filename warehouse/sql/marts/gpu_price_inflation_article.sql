-- Article price claims turned into before/after pairs, one row per (article, model, sentence).
-- Facts of one claim share a sentence and subject; grouping on those rather than claim_id also
-- joins clauses an extractor split ("涨价近7万" and "售价30万左右" describe one H100 move).
-- Only groups with a full pair survive: price_from + price_to, or an end price + a stated change,
-- and a stated window. End date = publication date, else 1 July of the publication year (the
-- article is dated only to its year); start date = end date minus the stated window.
-- Percent maths is done in suanli.marts.growth, so the rates have one definition.
WITH currency_alias (unit, currency) AS (
    VALUES ('CNY', 'CNY'), ('元', 'CNY'), ('人民币', 'CNY'), ('USD', 'USD'), ('美元', 'USD')
),

facts AS (
    SELECT f.*, coalesce(c.currency, f.unit) AS currency
    FROM article_facts AS f
    LEFT JOIN currency_alias AS c ON f.unit = c.unit
    WHERE f.plausible AND f.subject IS NOT NULL
),

grouped AS (
    SELECT
        article_id,
        subject AS model,
        sentence_no,
        max(value) FILTER (WHERE fact_type = 'unit_price' AND metric = 'price_from') AS price_from,
        arg_max(qualifier, value) FILTER (WHERE fact_type = 'unit_price' AND metric = 'price_from')
            AS price_from_qualifier,
        arg_max(surface, value) FILTER (WHERE fact_type = 'unit_price' AND metric = 'price_from')
            AS price_from_surface,
        max(value) FILTER (WHERE fact_type = 'unit_price' AND metric IN ('price_to', 'price'))
            AS price_end,
        arg_max(qualifier, value)
        FILTER (WHERE fact_type = 'unit_price' AND metric IN ('price_to', 'price'))
            AS price_end_qualifier,
        arg_max(surface, value)
        FILTER (WHERE fact_type = 'unit_price' AND metric IN ('price_to', 'price'))
            AS price_end_surface,
        max(value) FILTER (WHERE fact_type = 'price_change' AND metric = 'price_increase')
            AS increase,
        arg_max(qualifier, value)
        FILTER (WHERE fact_type = 'price_change' AND metric = 'price_increase')
            AS increase_qualifier,
        arg_max(surface, value)
        FILTER (WHERE fact_type = 'price_change' AND metric = 'price_increase')
            AS increase_surface,
        max(value) FILTER (WHERE fact_type = 'price_change' AND metric = 'price_decrease')
            AS decrease,
        arg_max(qualifier, value)
        FILTER (WHERE fact_type = 'price_change' AND metric = 'price_decrease')
            AS decrease_qualifier,
        arg_max(surface, value)
        FILTER (WHERE fact_type = 'price_change' AND metric = 'price_decrease')
            AS decrease_surface,
        max(currency) FILTER (WHERE fact_type IN ('unit_price', 'price_change')) AS currency,
        max(CASE unit WHEN 'days' THEN value WHEN 'weeks' THEN value * 7
            WHEN 'months' THEN value * 365.25 / 12 WHEN 'years' THEN value * 365.25
        END)
        FILTER (WHERE fact_type = 'duration' AND metric = 'price_window') AS window_days,
        max(qualifier) FILTER (WHERE fact_type = 'duration' AND metric = 'price_window')
            AS window_qualifier,
        max(value) FILTER (WHERE fact_type = 'pct_change' AND metric = 'price_change_pct')
            AS stated_pct,
        max(qualifier) FILTER (WHERE fact_type = 'pct_change' AND metric = 'price_change_pct')
            AS stated_pct_qualifier,
        arg_max(surface, value)
        FILTER (WHERE fact_type = 'pct_change' AND metric = 'price_change_pct')
            AS stated_pct_surface,
        string_agg(
            DISTINCT fact_type || ':' || metric || '=' || value::VARCHAR
            || coalesce(' ' || unit, '') || coalesce(' (' || qualifier || ')', ''), '; ')
            AS stated,
        string_agg(DISTINCT fact_id, ',' ORDER BY fact_id) AS fact_ids,
        count(DISTINCT fact_id) AS n_facts
    FROM facts
    WHERE fact_type IN ('unit_price', 'price_change', 'duration', 'pct_change')
    GROUP BY article_id, subject, sentence_no
)

SELECT
    g.model,
    $market AS market,
    'purchase' AS price_kind,
    NULL::VARCHAR AS term,
    g.currency,
    'article' AS source_type,
    'article:' || g.article_id || ' facts ' || g.fact_ids AS source,
    'claim' AS "window",
    g.window_days,
    (
        claim_date(a.published_date, a.published_year)
        - (round(g.window_days))::INTEGER
    ) AS start_date,
    claim_date(a.published_date, a.published_year) AS end_date,
    coalesce(g.price_from, g.price_end - g.increase, g.price_end + g.decrease) AS start_price,
    g.price_end AS end_price,
    (g.n_facts)::INTEGER AS n_observations,
    g.stated_pct AS stated_pct_change,
    g.stated_pct_qualifier,
    -- The stated figures the change is computed from, with their qualifiers and surfaces, for
    -- suanli.agreement (start_qualifier is NULL when the start price is implied by a change).
    g.stated_pct_surface,
    g.price_from_qualifier AS start_qualifier,
    g.price_from_surface AS start_surface,
    g.price_end_qualifier AS end_qualifier,
    g.price_end_surface AS end_surface,
    coalesce(g.increase, g.decrease) AS stated_change,
    CASE WHEN g.increase IS NOT NULL THEN 1 WHEN g.decrease IS NOT NULL THEN -1 END
        AS stated_change_sign,
    coalesce(g.increase_qualifier, g.decrease_qualifier) AS stated_change_qualifier,
    coalesce(g.increase_surface, g.decrease_surface) AS stated_change_surface,
    CASE WHEN a.published_date IS NULL THEN 'year' ELSE 'day' END AS date_precision,
    'stated: ' || g.stated
    || CASE WHEN g.price_from IS NULL
            THEN '; start price implied by end price and stated change'
        ELSE ''
    END
    || CASE g.window_qualifier
        WHEN
            'at_least'
            THEN '; the window is a lower bound, so annualised and daily rates are upper bounds'
        WHEN
            'up_to'
            THEN '; the window is an upper bound, so annualised and daily rates are lower bounds'
        ELSE ''
    END
    || CASE WHEN a.published_date IS NULL
            THEN '; dates approximate: article dated to ' || a.published_year::VARCHAR
                || ' only, end placed at 1 July'
        ELSE ''
    END AS notes
FROM grouped AS g
JOIN articles AS a USING (article_id)
WHERE g.price_end IS NOT NULL
    AND coalesce(g.price_from, g.increase, g.decrease) IS NOT NULL
    AND g.window_days IS NOT NULL
    AND published_by(a.published_date, a.published_year, $as_of)
ORDER BY g.model, g.article_id
