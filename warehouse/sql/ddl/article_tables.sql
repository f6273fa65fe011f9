-- Tables derived from article text (suanli.extraction). One article's rows are rewritten together
-- (delete + insert in one transaction), so keys are documented rather than declared: DuckDB's
-- over-eager unique checks reject re-inserting a key deleted in the same transaction.

CREATE TABLE IF NOT EXISTS article_quality (
    article_id      VARCHAR NOT NULL,
    span_no         INTEGER NOT NULL,
    raw_char_start  INTEGER NOT NULL,
    raw_char_end    INTEGER NOT NULL,
    raw_text        VARCHAR NOT NULL,
    norm_char_start INTEGER NOT NULL,
    norm_char_end   INTEGER NOT NULL
);
COMMENT ON TABLE article_quality IS 'Garbled spans found in article text (encoding damage such as `??傊?`, U+FFFD, mojibake runs). They are recorded here and replaced by one U+FFFD in the normalised text, so no number is ever read out of them. Written by the asset article_quality (assets/articles/article_quality.py; suanli/extraction.py).';
COMMENT ON COLUMN article_quality.article_id IS 'Article the span belongs to (articles.article_id).';
COMMENT ON COLUMN article_quality.span_no IS '1-based number of the span within the article, in text order; (article_id, span_no) is unique.';
COMMENT ON COLUMN article_quality.raw_char_start IS 'Start offset (0-based, characters) of the span in the raw article text.';
COMMENT ON COLUMN article_quality.raw_char_end IS 'End offset (exclusive) of the span in the raw article text.';
COMMENT ON COLUMN article_quality.raw_text IS 'The garbled raw characters, verbatim.';
COMMENT ON COLUMN article_quality.norm_char_start IS 'Offset of the U+FFFD placeholder that replaces the span in articles.normalised_text.';
COMMENT ON COLUMN article_quality.norm_char_end IS 'End offset (exclusive) of the placeholder in the normalised text (start + 1).';

CREATE TABLE IF NOT EXISTS article_sentences (
    article_id   VARCHAR NOT NULL,
    sentence_no  INTEGER NOT NULL,
    paragraph_no INTEGER NOT NULL,
    line_kind    VARCHAR NOT NULL,
    heading      VARCHAR,
    text         VARCHAR NOT NULL,
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL
);
COMMENT ON TABLE article_sentences IS 'Sentences of the normalised article text, with the section heading each falls under. Heading and byline lines are rows too (line_kind). Written by the asset article_sentences (assets/articles/article_sentences.py; suanli/sentences.py).';
COMMENT ON COLUMN article_sentences.article_id IS 'Article the sentence belongs to (articles.article_id).';
COMMENT ON COLUMN article_sentences.sentence_no IS '1-based sentence number within the article, in text order; (article_id, sentence_no) is unique.';
COMMENT ON COLUMN article_sentences.paragraph_no IS '1-based number of the non-empty line (paragraph) holding the sentence.';
COMMENT ON COLUMN article_sentences.line_kind IS 'body (ordinary text), heading (a short line without sentence-final punctuation, or a short question), byline (author line such as 文|作者) or table (a row of a table, one sentence a row, its heading the table''s header row).';
COMMENT ON COLUMN article_sentences.heading IS 'Text of the section heading the sentence falls under (for a table row: its table''s header row); NULL before the first heading.';
COMMENT ON COLUMN article_sentences.text IS 'Sentence text, exactly normalised_text[char_start:char_end].';
COMMENT ON COLUMN article_sentences.char_start IS 'Start offset (0-based, characters) in articles.normalised_text.';
COMMENT ON COLUMN article_sentences.char_end IS 'End offset (exclusive) in articles.normalised_text.';

CREATE TABLE IF NOT EXISTS article_quantities (
    article_id  VARCHAR NOT NULL,
    quantity_no INTEGER NOT NULL,
    sentence_no INTEGER,
    surface     VARCHAR NOT NULL,
    value       DOUBLE,
    value_low   DOUBLE,
    value_high  DOUBLE,
    unit        VARCHAR,
    qualifier   VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    period      VARCHAR,
    per         VARCHAR,
    classifier  VARCHAR,
    char_start  INTEGER NOT NULL,
    char_end    INTEGER NOT NULL
);
COMMENT ON TABLE article_quantities IS 'Every numeric mention in the normalised article text, parsed into base units (Chinese numerals and 万/亿 multipliers, ranges, English scales). Numbers inside entity names (A100) or garbled spans are not read. Written by the asset article_quantities (assets/articles/article_quantities.py; suanli/quantities.py).';
COMMENT ON COLUMN article_quantities.article_id IS 'Article the mention belongs to (articles.article_id).';
COMMENT ON COLUMN article_quantities.quantity_no IS '1-based number of the mention within the article, in text order; (article_id, quantity_no) is unique.';
COMMENT ON COLUMN article_quantities.sentence_no IS 'Sentence holding the mention (article_sentences.sentence_no).';
COMMENT ON COLUMN article_quantities.surface IS 'The mention as written in the normalised text, e.g. 350.3亿元, 3—4个月, $200 million.';
COMMENT ON COLUMN article_quantities.value IS 'Value in base units (CNY not 亿元, bytes, FLOP/s, days…); the midpoint for a range; the year for years, year + (quarter-1)/4 for quarters.';
COMMENT ON COLUMN article_quantities.value_low IS 'Lower end of a range, else equal to value.';
COMMENT ON COLUMN article_quantities.value_high IS 'Upper end of a range, else equal to value.';
COMMENT ON COLUMN article_quantities.unit IS 'Base unit: ISO currency (CNY, USD…), percent, percentage_points, count, months, days, hours, years, FLOP/s, FLOP (a total of operations), OP/s, PF-days, bytes, bytes/s, bit/s, ratio, parameters, bit, W, Wh, km, sq ft, m2, m, seconds, year, quarter, half_year, date; NULL for a bare number.';
COMMENT ON COLUMN article_quantities.qualifier IS 'exact, approx (约/近/左右/about), at_least (至少/超过/以上/多/over) or up_to (最多/不超过/以内/up to).';
COMMENT ON COLUMN article_quantities.kind IS 'money, percent, count, duration, year, quarter, half_year, date, compute, data_size, bandwidth, ratio, parameters, precision, power, distance or plain (no unit).';
COMMENT ON COLUMN article_quantities.period IS 'For year/quarter/half-year/date mentions, the period as text: 2021, 2022Q3, 2021H2, 2023-03, FY2024Q2 (fiscal). A mention whose year the text leaves open has value NULL and a period waiting for it: -06 or -06-29 (a month or day: the year stated nearby, else the publication year), Y-1, Y+0Q3, Y-1-06 (今年/去年…: relative to the publication year), P-1 (last quarter: relative to the publication quarter); article_facts resolves them.';
COMMENT ON COLUMN article_quantities.per IS 'Denominator of a rate, e.g. 枚 in 9万/枚 or hour in $2 per hour.';
COMMENT ON COLUMN article_quantities.classifier IS 'For counts, the measure word or noun that follows the number (枚, 个, 篇, GPUs).';
COMMENT ON COLUMN article_quantities.char_start IS 'Start offset (0-based, characters) in articles.normalised_text.';
COMMENT ON COLUMN article_quantities.char_end IS 'End offset (exclusive) in articles.normalised_text.';

CREATE TABLE IF NOT EXISTS article_facts (
    article_id         VARCHAR NOT NULL,
    fact_id            VARCHAR NOT NULL,
    claim_id           VARCHAR NOT NULL,
    fact_type          VARCHAR NOT NULL,
    subject            VARCHAR,
    subject_kind       VARCHAR,
    metric             VARCHAR NOT NULL,
    value              DOUBLE,
    value_low          DOUBLE,
    value_high         DOUBLE,
    unit               VARCHAR,
    qualifier          VARCHAR NOT NULL,
    period             VARCHAR,
    period_basis       VARCHAR,
    sentence_no        INTEGER NOT NULL,
    char_start         INTEGER NOT NULL,
    char_end           INTEGER NOT NULL,
    raw_char_start     INTEGER NOT NULL,
    raw_char_end       INTEGER NOT NULL,
    surface            VARCHAR NOT NULL,
    quote              VARCHAR NOT NULL,
    source             VARCHAR,
    plausible          BOOLEAN,
    implausible_reason VARCHAR
);
-- Warehouses created before these columns existed.
ALTER TABLE article_facts ADD COLUMN IF NOT EXISTS source VARCHAR;
ALTER TABLE article_facts ADD COLUMN IF NOT EXISTS plausible BOOLEAN;
ALTER TABLE article_facts ADD COLUMN IF NOT EXISTS implausible_reason VARCHAR;
ALTER TABLE article_facts ADD COLUMN IF NOT EXISTS period_basis VARCHAR;
COMMENT ON TABLE article_facts IS 'Quantities that are claims, typed by cue words and sentence patterns (售价X, 从X涨至Y, 同比增长X, 参数量分别为X、Y, from X to Y) and attributed to a reference entity or the noun phrase the clause names, with the source it cites. One row per fact; facts of one claim share claim_id. Written by the asset article_facts (assets/articles/article_facts.py; suanli/facts/).';
COMMENT ON COLUMN article_facts.article_id IS 'Article the fact was read from (articles.article_id).';
COMMENT ON COLUMN article_facts.fact_id IS 'Unique, stable id: article_id:char_start:char_end of the surface (suffixed :2, :3 when one surface yields several facts, e.g. one year for several releases).';
COMMENT ON COLUMN article_facts.claim_id IS 'Groups facts of one claim: same sentence, same ;-separated part and same subject (article_id:sentence_no:part:subject), so price_from pairs with price_to and the price_window.';
COMMENT ON COLUMN article_facts.fact_type IS 'unit_price, price_change, pct_change, market_size, spend, cost, earnings, valuation, count, share, model_parameters, compute, data_size, duration, ratio, release, spec.';
COMMENT ON COLUMN article_facts.subject IS 'What the fact is about: a canonical reference entity (entities.yaml; a product it does not list but names by a listed series or vendor and a model number, 昇腾910C or RTX 5090, is named after its listed sibling: Huawei Ascend 910C), chosen from the clause; companies (or products) named together before one figure that is theirs jointly (合计, together, combined) or that follows their list are one subject, written as the text names them from the first to the last, however many (英伟达与华为海思, 英伟达、AMD和英特尔, Microsoft, Google and Meta); else the qualified noun phrase the clause opens with when it names a thing (液冷服务器出货量, non-GPU servers) rather than a measure alone (出货量); else earlier in the sentence, else the previous sentence when a pronoun (其, its) points back and no cited source stands before it, else the section heading when it names the kind of thing measured; else the noun phrase the clause, or the first clause of its part of the sentence, opens with, e.g. 智能算力规模, 国产AI芯片, data center revenue (subject_kind phrase). Sources (据IDC, TrendForce estimates) are never subjects; NULL when nothing names one.';
COMMENT ON COLUMN article_facts.subject_kind IS 'Kind of the subject: gpu, accelerator, system (a rack, supernode or fabric), vendor, market, model, development_path, organization for reference entities (a publisher never is one); for companies listed or named jointly (Inspur, Lenovo and Nettrix) vendor when all are vendors, else organization; phrase for a noun phrase of the text, and for products or markets named jointly (H100和H200).';
COMMENT ON COLUMN article_facts.metric IS 'What is measured: price, price_from, price_to (chip prices), server_price, rental_price(_from/_to) (per GPU-hour), share_price (per share), price_increase, price_decrease, rental_price_increase, rental_price_decrease (a rent''s move per unit of time, kept apart from chip prices), share_price_increase, share_price_decrease (a quoted share''s move), price_change_pct, share_price_change_pct (a traded share''s move in percent), price_ratio, growth_ratio, performance_ratio, yoy_growth, qoq_growth, mom_growth, cagr, growth, market_size, market_share, revenue_share, share, shareholding, localization_rate, penetration_rate, utilization, yield_rate, tariff_rate, deposit_rate, relative_performance, gross_margin, operating_margin, net_margin, revenue, capex, demand, investment, spending, funding, procurement, orders (a seller''s unfilled orders), exports, cost, impairment, net_profit, net_loss, operating_income, operating_loss (a profit stated below zero is the loss of its size), chips, chips_required, shipments, engineers, people, users, companies, models, documents, data_centers, clusters, parameters, training_compute, compute_fp16, compute_int8, memory, dataset_size, memory_bandwidth, power, distance, pue, price_window, lead_time, training_time, development_time, doubling_time, release_year…';
COMMENT ON COLUMN article_facts.value IS 'Value in unit (midpoint for a range); negative for a stated decline in a pct_change; price_change values are positive, the direction is in metric.';
COMMENT ON COLUMN article_facts.value_low IS 'Lower end of a stated range, else equal to value.';
COMMENT ON COLUMN article_facts.value_high IS 'Upper end of a stated range, else equal to value.';
COMMENT ON COLUMN article_facts.unit IS 'ISO currency for money (元/人民币/¥/RMB → CNY, 美元/$ → USD; inherited from the sentence when the number has none), else percent, percentage_points, count, months, days, hours, years, FLOP/s, FLOP (a total of operations), OP/s, PF-days, parameters, bytes, bytes/s, ratio, W, Wh, km, sq ft, m2, m, seconds, year.';
COMMENT ON COLUMN article_facts.qualifier IS 'exact, approx, at_least or up_to, as stated in the text.';
COMMENT ON COLUMN article_facts.period IS 'Period the fact refers to when the text states one in the same clause, or earlier in the same part of the sentence up to a turn (而, but), else the year, quarter or half stated last before it in its paragraph (by a dated fact or by a sentence with no figure), else its heading''s: 2021, 2022Q3, 2021H2, 2023-08, FY2024Q2. Relative mentions (今年, 去年6月, 一年以前, 年初, 上个月, 本季度, last quarter) and months or quarters without a year are dated by the year stated nearby, else by articles.published_date; values listed with 分别/respectively pair with as many years in order; the two ends of a move (price_from/price_to) each keep their own, an end reached now (如今, 目前, today) the publication year; so does a figure whose clause, or the clause leading into it, says now (目前, 如今, 至今, currently, latest, this week) and states no period, a year carried no further; the base of a comparison (和2023年…相比, from 2023 levels) dates only the base value. A quarter named by its last day (截至2025年4月27日的季度, the quarter that ended Sept. 30) is that calendar quarter, else the fiscal quarter of the company (seeds/reference/fiscal_years.yaml); 前9月 / the first six months are 2025Q1-Q3 / 2025H1, months from January that make no quarter (前七月, 1-7月) 2025M1-M7; a day, month or 全年 opening a paragraph takes the year of its own sentence, else the publication year; a compound rate over N years (五年复合增长率) and growth kept up N years (连续三年) span those years; a year''s worth (annual sales) is of the whole year; 本财年 follows the company''s fiscal calendar when known. for a date that names an event (4月的禁令) or the year a company expects to break even, for a system''s configuration (8卡节点), a term (a lease, a payback, a streak) and the window of a change (在两个季度内), for a goal (a plan is not dated by the day it was announced) and for a sentence that sets its own time frame (未来两至三年, 过去一年, 第一年到第五年) or opens past the moment told before it (消息公布后), and when nothing states one.';
COMMENT ON COLUMN article_facts.period_basis IS 'How the period was found, for weighing it: stated (the fact''s own sentence states it, 今年 and 去年第四季度 included), carried (only an earlier sentence, heading or title states it: the period a paragraph or a story gives once), inferred (no sentence states it as such: a word of the present read as the publication year, a fiscal calendar, the year before a 去年同期, a span worked out); NULL when period is NULL. On articles no rule was written with in view, stated periods are the ones most often right (bench/extraction_quality.md).';
COMMENT ON COLUMN article_facts.sentence_no IS 'Sentence the fact comes from (article_sentences.sentence_no).';
COMMENT ON COLUMN article_facts.char_start IS 'Start offset of the surface in articles.normalised_text.';
COMMENT ON COLUMN article_facts.char_end IS 'End offset (exclusive) of the surface in articles.normalised_text.';
COMMENT ON COLUMN article_facts.raw_char_start IS 'Start offset of the surface in the raw article text (through the offset map).';
COMMENT ON COLUMN article_facts.raw_char_end IS 'End offset (exclusive) of the surface in the raw article text.';
COMMENT ON COLUMN article_facts.surface IS 'The number as written in the normalised text, e.g. 7万元人民币.';
COMMENT ON COLUMN article_facts.quote IS 'The normalised sentence the fact was read from.';
COMMENT ON COLUMN article_facts.source IS 'Who reports the figure (据IDC, TrendForce表示, 中信证券研报显示, according to TrendForce, SemiAnalysis估算): the canonical reference entity when one is named, else the publisher as written; never the subject. A sentence that cites nobody keeps the publisher cited before it when it points back (该机构预估, it also expects) or goes on in that paragraph naming no company, else the publisher its title cites (IDC: …). NULL otherwise; unnamed insiders (据知情人士) and 据了解 cite nobody.';
COMMENT ON COLUMN article_facts.plausible IS 'Whether every value of the fact lies in the range seeds/reference/plausibility.yaml gives for its fact_type, metric and unit (money converted to CNY at the fixed rates stated there); true when no range applies. Marts and claims_vs_feeds read only plausible facts; implausible ones are kept here for inspection (check article_facts:implausible_facts).';
COMMENT ON COLUMN article_facts.implausible_reason IS 'Which range the fact broke and by how much, e.g. unit_price/price 5 CNY is outside accelerator_unit_price (≥ 1,000 and ≤ 5,000,000 CNY) in seeds/reference/plausibility.yaml; NULL when plausible.';

CREATE TABLE IF NOT EXISTS article_stage_inputs (
    stage      VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    input_key  VARCHAR NOT NULL,
    built_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
COMMENT ON TABLE article_stage_inputs IS 'What each article''s rows of an extraction stage were built from, so a run rebuilds only the articles that are new or changed, and all of them after the extractor changed. An article that failed a stage has no row here and is tried again on the next run. Written by the article stage assets and the articles asset (assets/articles/per_article.py, assets/articles/articles.py; suanli/article_stage_inputs.py).';
COMMENT ON COLUMN article_stage_inputs.stage IS 'The stage table: article_quality, article_sentences, article_quantities or article_facts, or articles for the normalised text (written by the articles asset); (stage, article_id) is unique.';
COMMENT ON COLUMN article_stage_inputs.article_id IS 'Article whose rows in the stage table this key describes (articles.article_id).';
COMMENT ON COLUMN article_stage_inputs.input_key IS 'SHA-256 of the extractor (the source of the suanli modules extraction imports, every file of seeds/reference/, the article tables'' DDL, the OpenCC and cn2an versions), the article''s raw and normalised text, offset map, language and published date, and the keys of the stages upstream for the same article. For stage articles: SHA-256 of the extractor, the raw text and the language the sidecar declares (an article with the same key keeps its normalised text, offset map and language).';
COMMENT ON COLUMN article_stage_inputs.built_at IS 'When the article''s rows of the stage were last rebuilt (UTC).';
