-- What drives AI-server demand: article figures next to the same deployment at feed prices
SELECT
    driver,
    value,
    unit,
    round(value_usd / 1e6, 1) AS value_usd_m,
    source,
    note
FROM ai_server_demand_drivers
WHERE as_of = (SELECT max(as_of) FROM ai_server_demand_drivers)
ORDER BY value_usd DESC NULLS LAST, driver ASC;
