-- Domestic chips of reference_accelerators against the NVIDIA A100 and H100: dense FP16 ratios,
-- an INT8 ratio for chips without a published FP16 figure, and an FP64 gap flag
-- (0 = unsupported, NULL = unknown).
WITH nvidia AS (
    SELECT
        max(fp16_tflops) FILTER (WHERE model = 'NVIDIA A100') AS a100_fp16,
        max(fp16_tflops) FILTER (WHERE model = 'NVIDIA H100') AS h100_fp16,
        max(int8_tops) FILTER (WHERE model = 'NVIDIA A100') AS a100_int8,
        max(fp64_tflops) FILTER (WHERE model = 'NVIDIA A100') AS a100_fp64
    FROM reference_accelerators
)

SELECT
    r.model, r.vendor, r.domestic, r.release_date, r.release_date_precision, r.fp16_tflops,
    r.fp16_tflops / n.a100_fp16 AS fp16_vs_a100,
    n.a100_fp16,
    r.fp16_tflops / n.h100_fp16 AS fp16_vs_h100,
    r.int8_tops / n.a100_int8 AS int8_vs_a100,
    r.fp64_tflops,
    CASE WHEN r.fp64_tflops IS NULL THEN NULL ELSE r.fp64_tflops < n.a100_fp64 END AS fp64_gap,
    r.source, r.source_url, r.note
FROM reference_accelerators AS r
CROSS JOIN nvidia AS n
WHERE r.domestic
ORDER BY r.release_date NULLS LAST, r.model
