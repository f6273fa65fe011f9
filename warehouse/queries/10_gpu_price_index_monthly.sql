-- Monthly GPU price index of one model (first observation = 100), month-over-month and yearly
-- Month-end rows of the whole daily index as of its latest partition (gpu_price_index_latest;
-- each gpu_price_index partition stores only the days it computed). Edit `params` for another
-- model or price kind.
WITH params AS (SELECT 'NVIDIA A100' AS model, 'purchase' AS price_kind)

SELECT
    i."date",
    round(i.price_usd, 2) AS price_usd,
    round(i.index_value, 1) AS index_value,
    round(i.mom_pct, 1) AS mom_pct,
    round(i.yoy_pct, 1) AS yoy_pct,
    i.is_carried_forward
FROM gpu_price_index_latest AS i
JOIN params USING (model, price_kind)
WHERE i."date" = last_day(i."date")
ORDER BY i."date";
