-- USD/CNY on a given date: the latest reference rate on or before it
-- Cross rates come from the FX feeds' common base (EUR for the ECB feed). Edit `params`.
WITH params AS (SELECT DATE '2023-07-01' AS day)

SELECT
    r."date" AS rate_date,
    round(r.rate, 4) AS cny_per_usd,
    round(1 / r.rate, 5) AS usd_per_cny
FROM fx_cross_rates AS r, params AS p
WHERE r.base = 'USD' AND r.quote = 'CNY' AND r."date" <= p.day
ORDER BY r."date" DESC
LIMIT 1;
