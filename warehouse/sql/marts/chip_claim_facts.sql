-- What articles claim about each chip, to sit next to the reference figures: the performance
-- ratio they state (三倍以上 -> 3, at_least), their 16-bit float figure in TFLOPS, and the
-- release year they give. Subjects are canonical model names.
SELECT
    subject AS model,
    max(value) FILTER (WHERE fact_type = 'ratio' AND metric = 'performance_ratio')
        AS claimed_ratio_min,
    max(value / 1e12) FILTER (WHERE fact_type = 'compute' AND metric = 'compute_fp16'
                              AND unit = 'FLOP/s') AS claimed_fp16_tflops,
    min(value) FILTER (WHERE fact_type = 'release' AND metric = 'release_year')
        AS claimed_release_year,
    string_agg(DISTINCT fact_id, ',' ORDER BY fact_id) AS fact_ids
FROM article_facts
WHERE (fact_type = 'ratio' AND metric = 'performance_ratio')
   OR (fact_type = 'compute' AND metric = 'compute_fp16')
   OR (fact_type = 'release' AND metric = 'release_year')
GROUP BY subject
