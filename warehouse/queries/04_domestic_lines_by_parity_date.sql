-- Domestic accelerator lines by estimated date of FP16 parity with NVIDIA
-- A model output, not a fact: each row carries the doubling-time assumptions it rests on.
SELECT
    item AS line,
    vendor,
    parity_date,
    reference_model,
    assumption_domestic_doubling_months,
    assumption_nvidia_doubling_months,
    is_model_output,
    note
FROM domestic_substitution_timeline
WHERE as_of = (SELECT max(as_of) FROM domestic_substitution_timeline)
    AND row_kind = 'parity_estimate'
ORDER BY parity_date, line;
