-- Domestic chips against the NVIDIA A100 and H100: FP16 ratio and FP64 gap
SELECT
    item AS chip,
    vendor,
    milestone_date AS launched,
    fp16_tflops,
    round(fp16_vs_a100, 2) AS fp16_vs_a100,
    round(fp16_vs_h100, 2) AS fp16_vs_h100,
    fp64_gap,
    article_claim
FROM domestic_substitution_timeline
WHERE as_of = (SELECT max(as_of) FROM domestic_substitution_timeline)
    AND row_kind = 'chip'
ORDER BY fp16_vs_a100 DESC NULLS LAST, chip ASC;
