-- What articles published by $as_of claim about each chip, to sit next to the reference figures:
-- the performance ratio they state (三倍以上 -> 3, at_least), their 16-bit float figure in TFLOPS,
-- the release year they give, and the sentence making the performance claim. Subjects are
-- canonical model names.
SELECT
    f.subject AS model,
    max(f.value) FILTER (WHERE f.fact_type = 'ratio' AND f.metric = 'performance_ratio')
        AS claimed_ratio_min,
    -- As stated, for suanli.agreement: 三倍以上 is at_least 3.
    arg_max(f.qualifier, f.value)
    FILTER (WHERE f.fact_type = 'ratio' AND f.metric = 'performance_ratio')
        AS claimed_ratio_qualifier,
    arg_max(f.surface, f.value)
    FILTER (WHERE f.fact_type = 'ratio' AND f.metric = 'performance_ratio')
        AS claimed_ratio_surface,
    max(
        f.value / 1e12) FILTER (
        WHERE f.fact_type = 'compute' AND f.metric = 'compute_fp16'
        AND f.unit = 'FLOP/s'
    ) AS claimed_fp16_tflops,
    min(f.value) FILTER (WHERE f.fact_type = 'release' AND f.metric = 'release_year')
        AS claimed_release_year,
    any_value(f.quote) FILTER (WHERE f.fact_type IN ('ratio', 'compute')) AS claim_quote,
    string_agg(DISTINCT f.fact_id, ',' ORDER BY f.fact_id) AS fact_ids
FROM article_facts AS f
JOIN articles AS a USING (article_id)
WHERE f.plausible
    AND (
        (f.fact_type = 'ratio' AND f.metric = 'performance_ratio')
        OR (f.fact_type = 'compute' AND f.metric = 'compute_fp16')
        OR (f.fact_type = 'release' AND f.metric = 'release_year')
    )
    AND f.subject IS NOT NULL
    AND published_by(a.published_date, a.published_year, $as_of)
GROUP BY f.subject
