-- Market-size facts from articles with the growth stated in the same claim or sentence.
-- Sizes are scaled to units (亿 = 1e8). The publisher is the research firm named within 150
-- characters before the figure (articles cite "根据IDC…" ahead of the number), else the author.
WITH unit_scale (unit, currency, scale) AS (
    VALUES ('CNY', 'CNY', 1.0), ('元', 'CNY', 1.0), ('亿元', 'CNY', 1e8),
    ('USD', 'USD', 1.0), ('美元', 'USD', 1.0), ('亿美元', 'USD', 1e8)
),

sizes AS (
    SELECT
        f.article_id, f.fact_id, f.claim_id, f.sentence_no, f.subject, f.char_start,
        f.char_end, TRY_CAST(f.period AS INTEGER) AS year,
        f.value * coalesce(u.scale, 1) AS size,
        coalesce(u.currency, f.unit) AS currency, f.qualifier
    FROM article_facts AS f
    LEFT JOIN unit_scale AS u ON f.unit = u.unit
    WHERE f.plausible AND f.fact_type = 'market_size' AND f.metric = 'market_size'
        AND f.value IS NOT NULL
),

growth AS (
    SELECT article_id, fact_id, claim_id, sentence_no, subject, value
    FROM article_facts
    WHERE plausible AND fact_type = 'pct_change' AND metric IN ('yoy_growth', 'growth')
)

SELECT
    s.subject AS market,
    s.year,
    s.size,
    s.currency,
    g.value AS yoy_growth_pct,
    'fact:' || s.fact_id || coalesce(',' || g.fact_id, '') AS source,
    a.source_url,
    coalesce(
        nullif(regexp_extract(
            substring(
                a.normalised_text, greatest(s.char_start - 149, 1),
                150 + s.char_end - s.char_start
            ),
            '(IDC|Gartner|TrendForce|集邦|中信证券|赛迪|艾瑞|信通院)'
        ), ''),
        'article author ' || coalesce(a.author, 'unknown')
    ) AS publisher,
    'article ' || s.article_id || coalesce(' (' || s.qualifier || ')', '') AS note
FROM sizes AS s
JOIN articles AS a USING (article_id)
LEFT JOIN growth AS g
    ON s.article_id = g.article_id AND s.subject = g.subject
        AND (s.claim_id = g.claim_id OR s.sentence_no = g.sentence_no)
WHERE s.year IS NOT NULL
    AND published_by(a.published_date, a.published_year, $as_of)
QUALIFY row_number() OVER (
        PARTITION BY s.fact_id ORDER BY (g.claim_id = s.claim_id) DESC NULLS LAST, g.fact_id
    ) = 1
ORDER BY market, year
