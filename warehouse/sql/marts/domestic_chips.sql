-- Domestic chips from the accelerators reference (registered as ref_accelerators) against the
-- NVIDIA A100 and H100: dense FP16 ratios and an FP64 gap flag (0 = unsupported, NULL = unknown).
WITH nvidia AS (
    SELECT
        max(fp16_tflops) FILTER (WHERE model = 'NVIDIA A100') AS a100_fp16,
        max(fp16_tflops) FILTER (WHERE model = 'NVIDIA H100') AS h100_fp16,
        max(fp64_tflops) FILTER (WHERE model = 'NVIDIA A100') AS a100_fp64
    FROM ref_accelerators
)
SELECT
    r.model, r.vendor, r.domestic, CAST(r.release_date AS DATE) AS release_date, r.fp16_tflops,
    r.fp16_tflops / n.a100_fp16 AS fp16_vs_a100,
    r.fp16_tflops / n.h100_fp16 AS fp16_vs_h100,
    r.fp64_tflops,
    CASE WHEN r.fp64_tflops IS NULL THEN NULL ELSE r.fp64_tflops < n.a100_fp64 END AS fp64_gap,
    r.source, r.source_url, r.note
FROM ref_accelerators AS r
CROSS JOIN nvidia AS n
WHERE r.domestic
ORDER BY r.release_date NULLS LAST, r.model
