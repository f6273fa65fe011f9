-- Monthly GPU price index of one model (first observation = 100), month-over-month and yearly
-- Month-end rows of the daily gpu_price_index; edit `params` for another model or price kind.
WITH params AS (SELECT 'NVIDIA A100' AS model, 'purchase' AS price_kind)
SELECT
    i."date",
    round(i.price_usd, 2) AS price_usd,
    round(i.index_value, 1) AS index_value,
    round(i.mom_pct, 1) AS mom_pct,
    round(i.yoy_pct, 1) AS yoy_pct,
    i.is_carried_forward
FROM gpu_price_index AS i
JOIN params USING (model, price_kind)
WHERE i.as_of = (SELECT max(as_of) FROM gpu_price_index)
  AND i."date" = last_day(i."date")
ORDER BY i."date";
