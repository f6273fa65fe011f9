-- Demand-driver facts stated by articles: spend (server demand, investment), a deployment's cost
-- and the chips it requires. Other counts (documents, companies, models) describe the story rather
-- than server demand and are left out. Each fact keeps the clause it was read from, which names
-- what is bought (训练服务器 / 推理服务器), and, for a cost, the chip count and unit price stated in
-- the same claim, so the cost can be checked (chips x price) and re-priced from the feeds.
WITH currency_alias (unit, currency) AS (
    VALUES ('CNY', 'CNY'), ('元', 'CNY'), ('人民币', 'CNY'), ('USD', 'USD'), ('美元', 'USD')
),

facts AS (
    SELECT
        f.*, a.published_year, a.published_date,
        coalesce(c.currency, f.unit) AS unit_code,
        c.currency IS NOT NULL AS is_money,
        -- The clause: text from the last separator before the number up to its end.
        regexp_extract(
            substring(
                a.normalised_text, greatest(f.char_start - 80, 0) + 1,
                f.char_end - greatest(f.char_start - 80, 0)
            ),
            '[^,，;；。:：!?！？]*$'
        ) AS clause
    FROM article_facts AS f
    JOIN articles AS a USING (article_id)
    LEFT JOIN currency_alias AS c ON f.unit = c.unit
    WHERE f.plausible AND published_by(a.published_date, a.published_year, $as_of)
),

parts AS (  -- chips, unit price and cost stated per claim, and per sentence and subject
    SELECT
        claim_id, article_id, sentence_no, subject,
        max(value) FILTER (WHERE fact_type = 'count' AND metric = 'chips_required') AS chips,
        arg_max(qualifier, value)
        FILTER (WHERE fact_type = 'count' AND metric = 'chips_required') AS chips_qualifier,
        arg_max(surface, value)
        FILTER (WHERE fact_type = 'count' AND metric = 'chips_required') AS chips_surface,
        string_agg(fact_id, ',') FILTER (WHERE fact_type = 'count' AND metric = 'chips_required')
            AS chips_fact,
        max(value) FILTER (WHERE fact_type = 'unit_price' AND metric = 'price') AS unit_price,
        arg_max(qualifier, value) FILTER (WHERE fact_type = 'unit_price' AND metric = 'price')
            AS unit_price_qualifier,
        arg_max(surface, value) FILTER (WHERE fact_type = 'unit_price' AND metric = 'price')
            AS unit_price_surface,
        max(unit_code) FILTER (WHERE fact_type = 'unit_price' AND metric = 'price')
            AS unit_price_currency,
        string_agg(fact_id, ',') FILTER (WHERE fact_type = 'unit_price' AND metric = 'price')
            AS unit_price_fact,
        max(value) FILTER (WHERE fact_type = 'cost' AND is_money) AS cost,
        max(unit_code) FILTER (WHERE fact_type = 'cost' AND is_money) AS cost_currency,
        string_agg(fact_id, ',') FILTER (WHERE fact_type = 'cost' AND is_money) AS cost_fact
    FROM facts
    GROUP BY GROUPING SETS ((claim_id), (article_id, sentence_no, subject))
)

SELECT
    f.article_id, f.fact_id, f.claim_id, f.fact_type, f.subject, f.metric, f.value,
    f.unit_code AS unit, f.is_money, f.qualifier, f.surface, f.published_year, f.clause, f.quote,
    CASE WHEN regexp_matches(f.clause, '训练|training', 'i') THEN 'AI training servers'
        WHEN regexp_matches(f.clause, '推理|inference', 'i') THEN 'AI inference servers'
    END AS server_kind,
    -- The claim's own figure first; a later clause of the sentence may leave one implicit
    -- ("10个大模型就需要3万枚A100芯片,27亿人民币" reuses the 9万/枚 stated before it).
    coalesce(c.chips, s.chips) AS chips,
    CASE WHEN c.chips IS NOT NULL THEN c.chips_qualifier ELSE s.chips_qualifier END
        AS chips_qualifier,
    CASE WHEN c.chips IS NOT NULL THEN c.chips_surface ELSE s.chips_surface END AS chips_surface,
    coalesce(c.chips_fact, s.chips_fact) AS chips_fact,
    coalesce(c.unit_price, s.unit_price) AS unit_price,
    CASE WHEN c.unit_price IS NOT NULL THEN c.unit_price_qualifier ELSE s.unit_price_qualifier END
        AS unit_price_qualifier,
    CASE WHEN c.unit_price IS NOT NULL THEN c.unit_price_surface ELSE s.unit_price_surface END
        AS unit_price_surface,
    coalesce(c.unit_price_currency, s.unit_price_currency) AS unit_price_currency,
    coalesce(c.unit_price_fact, s.unit_price_fact) AS unit_price_fact,
    coalesce(c.cost, s.cost) AS claim_cost,
    coalesce(c.cost_currency, s.cost_currency) AS claim_cost_currency,
    coalesce(c.cost_fact, s.cost_fact) AS claim_cost_fact,
    'fact:' || concat_ws(
        ',', f.fact_id,
        CASE WHEN f.fact_type = 'cost' THEN coalesce(c.chips_fact, s.chips_fact) END,
        CASE WHEN f.fact_type = 'cost' THEN coalesce(c.unit_price_fact, s.unit_price_fact) END)
        AS source
FROM facts AS f
LEFT JOIN parts AS c ON f.claim_id = c.claim_id
LEFT JOIN parts AS s
    ON s.claim_id IS NULL AND f.article_id = s.article_id AND f.sentence_no = s.sentence_no
        AND s.subject IS NOT DISTINCT FROM f.subject
WHERE (f.fact_type IN ('spend', 'cost') AND f.is_money)
    OR (f.fact_type = 'count' AND f.metric = 'chips_required')
ORDER BY f.article_id, f.sentence_no, f.char_start, f.fact_id
