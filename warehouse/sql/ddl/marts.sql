-- Marts: analyst-facing tables rebuilt per daily partition (as_of) from article facts, price feeds,
-- FX and the sourced reference seeds. Every mart row carries as_of, so one partition is rewritten
-- alone (delete + insert in one transaction); a partition sees only feed rows fetched by then
-- (partition_date <= as_of) and observed by then, so rebuilding an old partition is reproducible.
-- gpu_price_inflation (its all windows) and gpu_price_index continue the latest partition built
-- before theirs, so a new day costs the same on any length of history; built_at records when a
-- partition was built, and one whose feed partitions were fetched again since is not continued.
-- The readable queries behind the marts are in warehouse/sql/marts/.

CREATE TABLE IF NOT EXISTS gpu_price_inflation (
    as_of                 DATE NOT NULL,
    model                 VARCHAR NOT NULL,
    market                VARCHAR,
    price_kind            VARCHAR,
    term                  VARCHAR,
    currency              VARCHAR,
    source_type           VARCHAR NOT NULL,
    source                VARCHAR NOT NULL,
    "window"              VARCHAR NOT NULL,
    window_days           DOUBLE,
    start_date            DATE,
    end_date              DATE,
    start_price           DOUBLE,
    end_price             DOUBLE,
    start_price_usd       DOUBLE,
    end_price_usd         DOUBLE,
    pct_change            DOUBLE,
    pct_change_usd        DOUBLE,
    annualised_pct        DOUBLE,
    daily_compound_pct    DOUBLE,
    n_observations        INTEGER NOT NULL,
    min_price             DOUBLE,
    max_price             DOUBLE,
    stated_pct_change     DOUBLE,
    stated_pct_consistent BOOLEAN,
    date_precision        VARCHAR,
    notes                 VARCHAR,
    start_source          VARCHAR,
    end_source            VARCHAR,
    built_at              TIMESTAMP WITH TIME ZONE
);
-- Warehouses created before these columns existed.
ALTER TABLE gpu_price_inflation ADD COLUMN IF NOT EXISTS start_source VARCHAR;
ALTER TABLE gpu_price_inflation ADD COLUMN IF NOT EXISTS end_source VARCHAR;
ALTER TABLE gpu_price_inflation ADD COLUMN IF NOT EXISTS built_at TIMESTAMP WITH TIME ZONE;
COMMENT ON TABLE gpu_price_inflation IS 'GPU price change per (model, market, price_kind, term, currency, source, window): article before/after claims, and feed windows 7d/30d/90d/365d/all ending at as_of (every window present, empty ones with n_observations 0). Each partition holds every window; the all windows are carried forward from the previous partition with the observations it could not see.';
COMMENT ON COLUMN gpu_price_inflation.as_of IS 'Partition date the mart was built for; feed windows end on it.';
COMMENT ON COLUMN gpu_price_inflation.model IS 'Canonical GPU model, e.g. NVIDIA A100.';
COMMENT ON COLUMN gpu_price_inflation.market IS 'Region of the prices: the feed region (NULL when the feed states none); CN for claims of articles about the China market.';
COMMENT ON COLUMN gpu_price_inflation.price_kind IS 'purchase, rental_hour or rental_month as given by the feed; purchase for article claims.';
COMMENT ON COLUMN gpu_price_inflation.term IS 'Commitment of a rental price (on_demand, 1y, 3y); NULL for purchases and article claims.';
COMMENT ON COLUMN gpu_price_inflation.currency IS 'Native currency of start_price, end_price, min_price and max_price.';
COMMENT ON COLUMN gpu_price_inflation.source_type IS 'article (a price claim in an article) or feed (price_observations).';
COMMENT ON COLUMN gpu_price_inflation.source IS 'Feed name, or article:<article_id> facts <fact ids> for a claim.';
COMMENT ON COLUMN gpu_price_inflation."window" IS '7d, 30d, 90d, 365d or all for feeds (trailing windows ending at as_of, as_of included); claim for article pairs.';
COMMENT ON COLUMN gpu_price_inflation.window_days IS 'Days between start_date and end_date (feeds: of the first and last observation in the window; articles: the stated duration, months of 365.25/12 days).';
COMMENT ON COLUMN gpu_price_inflation.start_date IS 'Date of the first price (articles: end_date minus the stated duration).';
COMMENT ON COLUMN gpu_price_inflation.end_date IS 'Date of the last price (articles: publication date, or 1 July of the publication year when only the year is known).';
COMMENT ON COLUMN gpu_price_inflation.start_price IS 'First price in the window, native currency (articles: price_from, or the end price minus the stated increase).';
COMMENT ON COLUMN gpu_price_inflation.end_price IS 'Last price in the window, native currency.';
COMMENT ON COLUMN gpu_price_inflation.start_price_usd IS 'start_price in USD (feeds: the observation''s price_usd; articles: FX on or before end_date; NULL without FX).';
COMMENT ON COLUMN gpu_price_inflation.end_price_usd IS 'end_price in USD, converted the same way as start_price_usd.';
COMMENT ON COLUMN gpu_price_inflation.pct_change IS '(end_price / start_price - 1) * 100, native currency.';
COMMENT ON COLUMN gpu_price_inflation.pct_change_usd IS '(end_price_usd / start_price_usd - 1) * 100: the change an investor in USD saw.';
COMMENT ON COLUMN gpu_price_inflation.annualised_pct IS 'Compound rate per 365.25-day year over window_days, percent, native currency; NULL for a zero-length window.';
COMMENT ON COLUMN gpu_price_inflation.daily_compound_pct IS 'Compound rate per day over window_days, percent, native currency.';
COMMENT ON COLUMN gpu_price_inflation.n_observations IS 'Distinct observations in the window (articles: the number of facts the pair was built from).';
COMMENT ON COLUMN gpu_price_inflation.min_price IS 'Lowest price in the window, native currency.';
COMMENT ON COLUMN gpu_price_inflation.max_price IS 'Highest price in the window, native currency.';
COMMENT ON COLUMN gpu_price_inflation.stated_pct_change IS 'Percent change the article states for the move (e.g. 50 for 涨幅超过50%); NULL when none is stated.';
COMMENT ON COLUMN gpu_price_inflation.stated_pct_consistent IS 'Whether the change the article states agrees with the one its stated prices show, read as rounded figures (suanli.agreement, the rule of the article_facts restatement check too): 6万 → 9万 is anything from +30.8% to +72.7%, so 涨幅超过50% agrees; approx allows 10%, at_least/up_to are inclusive bounds; NULL without a stated change.';
COMMENT ON COLUMN gpu_price_inflation.date_precision IS 'day when the dates are observed; year when derived from an article dated only to its year.';
COMMENT ON COLUMN gpu_price_inflation.notes IS 'How an article row was derived: the stated facts with their qualifiers, implied prices, bounds on the rates; for feeds only an empty window says so (no observation in the window).';
COMMENT ON COLUMN gpu_price_inflation.start_source IS 'Feed windows: source column of the first observation (who reported start_price); NULL for article rows.';
COMMENT ON COLUMN gpu_price_inflation.end_source IS 'Feed windows: source column of the last observation (who reported end_price); NULL for article rows.';
COMMENT ON COLUMN gpu_price_inflation.built_at IS 'When this partition was built (UTC). The next partition continues its all windows from it unless a feed partition up to its as_of was fetched again after this time.';

CREATE TABLE IF NOT EXISTS gpu_price_index (
    as_of              DATE NOT NULL,
    model              VARCHAR NOT NULL,
    price_kind         VARCHAR NOT NULL,
    term               VARCHAR,
    date               DATE NOT NULL,
    index_value        DOUBLE NOT NULL,
    mom_pct            DOUBLE,
    yoy_pct            DOUBLE,
    price_usd          DOUBLE,
    n_observations     INTEGER NOT NULL,
    n_series_linked    INTEGER NOT NULL,
    is_carried_forward BOOLEAN NOT NULL,
    built_at           TIMESTAMP WITH TIME ZONE
);
-- Warehouses created before built_at existed.
ALTER TABLE gpu_price_index ADD COLUMN IF NOT EXISTS built_at TIMESTAMP WITH TIME ZONE;
COMMENT ON TABLE gpu_price_index IS 'Chain-linked daily USD price index per (model, price_kind, term), first day = 100, with month-over-month and year-over-year change. Each day''s change is the geometric mean, over the price series (feed, region, vendor) observed that day, of their change since their own previous observation, so a new source never makes the index jump. Each partition stores only the days it computed: per series from the earliest day its new observations (or FX rates) changed, normally just as_of, to as_of; the first partition, or one that cannot continue the previous, computes every series from its first observation. Read the whole index with gpu_price_index_latest, or as of a past partition with the table macro gpu_price_index_as_of(day). Rows: every day with an observation, every month end and as_of; the index is flat in between.';
COMMENT ON COLUMN gpu_price_index.as_of IS 'Partition that computed the row; its last row of every series is dated as_of.';
COMMENT ON COLUMN gpu_price_index.model IS 'Canonical GPU model.';
COMMENT ON COLUMN gpu_price_index.price_kind IS 'purchase, rental_hour or rental_month: kinds are never mixed in one index.';
COMMENT ON COLUMN gpu_price_index.term IS 'Rental commitment (on_demand, 1y, 3y); NULL for purchases. Terms are never mixed in one index.';
COMMENT ON COLUMN gpu_price_index.date IS 'Calendar day.';
COMMENT ON COLUMN gpu_price_index.index_value IS 'Index level on date: 100 on the first observed day, then chained through each day''s linked change.';
COMMENT ON COLUMN gpu_price_index.mom_pct IS 'Percent change of index_value against the same day one calendar month earlier; NULL before the index is a month old.';
COMMENT ON COLUMN gpu_price_index.yoy_pct IS 'Percent change of index_value against the same day one calendar year earlier; NULL before the index is a year old.';
COMMENT ON COLUMN gpu_price_index.price_usd IS 'Median USD price of the day''s observations across series, for orientation (the index does not use it); the last known median on days without one.';
COMMENT ON COLUMN gpu_price_index.n_observations IS 'Observations on this day (0 on carried-forward days).';
COMMENT ON COLUMN gpu_price_index.n_series_linked IS 'Series observed on this day that had an earlier observation, i.e. that moved the index.';
COMMENT ON COLUMN gpu_price_index.is_carried_forward IS 'True when nothing was observed on this day (a month end or as_of row): the index is the previous level.';
COMMENT ON COLUMN gpu_price_index.built_at IS 'When the partition was built (UTC). The next partition continues from it unless a feed partition up to its as_of was fetched again after this time.';

-- Whether an article counts in partition `day`: from its published_date on, or from 1 January of
-- its published_year when only the year is known. Every mart query reads articles through it, so a
-- past partition never sees an article published after it.
CREATE OR REPLACE MACRO published_by(published_date, published_year, day) AS
coalesce(published_date, make_date(published_year, 1, 1)) <= day;

-- The day an article's claim refers to: its published_date, or 1 July of its published_year when
-- only the year is known (the middle of the year, so the error is at most half a year).
CREATE OR REPLACE MACRO claim_date(published_date, published_year) AS
coalesce(published_date, make_date(published_year, 7, 1));

-- The index as of partition `day`: for each (model, price_kind, term, date) the row of the latest
-- partition up to `day` whose computed range covers the date (a partition recomputes a series from
-- its first stored day to its as_of), for the series `day`'s partition knows. `since` keeps the
-- dates from then on (NULL: all); the builder uses it to read only what the new rows look back to.
CREATE OR REPLACE MACRO gpu_price_index_as_of(day, since := NULL) AS TABLE
    WITH versions AS (
        SELECT model, price_kind, term, as_of, min("date") AS computed_from
        FROM gpu_price_index
        WHERE as_of <= day AND (since IS NULL OR as_of >= since)
        GROUP BY ALL
    ),

    latest AS (
        SELECT model, price_kind, term FROM versions WHERE as_of = (SELECT max(as_of) FROM versions)
    ),

    covered AS (
        SELECT
            *, min(computed_from) OVER (
                PARTITION BY model, price_kind, term ORDER BY as_of DESC
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
            ) AS recomputed_from
        FROM versions
    )

    SELECT i.*
    FROM gpu_price_index AS i
    JOIN covered AS v
        ON i.as_of = v.as_of AND i.model = v.model AND i.price_kind = v.price_kind
            AND v.term IS NOT DISTINCT FROM i.term
    SEMI JOIN latest AS l
        ON i.model = l.model AND i.price_kind = l.price_kind AND l.term IS NOT DISTINCT FROM i.term
    WHERE i.as_of <= day AND (since IS NULL OR (i.as_of >= since AND i."date" >= since))
        AND (v.recomputed_from IS NULL OR i."date" < v.recomputed_from);

CREATE OR REPLACE VIEW gpu_price_index_latest AS
SELECT * FROM gpu_price_index_as_of((SELECT max(as_of) FROM gpu_price_index));
COMMENT ON VIEW gpu_price_index_latest IS 'The whole gpu_price_index as of its latest partition: one row per (model, price_kind, term, date) for every day with an observation, every month end and the as_of of each partition built, with the values the latest computation gave. For the index as a past partition saw it: SELECT * FROM gpu_price_index_as_of(DATE ''2025-06-30'').';
COMMENT ON COLUMN gpu_price_index_latest.as_of IS 'Partition that computed the row (the latest whose computed range covers the date).';
COMMENT ON COLUMN gpu_price_index_latest.model IS 'Canonical GPU model.';
COMMENT ON COLUMN gpu_price_index_latest.price_kind IS 'purchase, rental_hour or rental_month: kinds are never mixed in one index.';
COMMENT ON COLUMN gpu_price_index_latest.term IS 'Rental commitment (on_demand, 1y, 3y); NULL for purchases. Terms are never mixed in one index.';
COMMENT ON COLUMN gpu_price_index_latest.date IS 'Calendar day.';
COMMENT ON COLUMN gpu_price_index_latest.index_value IS 'Index level on date: 100 on the first observed day, then chained through each day''s linked change.';
COMMENT ON COLUMN gpu_price_index_latest.mom_pct IS 'Percent change of index_value against the same day one calendar month earlier; NULL before the index is a month old.';
COMMENT ON COLUMN gpu_price_index_latest.yoy_pct IS 'Percent change of index_value against the same day one calendar year earlier; NULL before the index is a year old.';
COMMENT ON COLUMN gpu_price_index_latest.price_usd IS 'Median USD price of the day''s observations across series, for orientation (the index does not use it); the last known median on days without one.';
COMMENT ON COLUMN gpu_price_index_latest.n_observations IS 'Observations on this day (0 on carried-forward days).';
COMMENT ON COLUMN gpu_price_index_latest.n_series_linked IS 'Series observed on this day that had an earlier observation, i.e. that moved the index.';
COMMENT ON COLUMN gpu_price_index_latest.is_carried_forward IS 'True when nothing was observed on this day (a month end or as_of row): the index is the previous level.';
COMMENT ON COLUMN gpu_price_index_latest.built_at IS 'When the partition that computed the row was built (UTC).';

CREATE TABLE IF NOT EXISTS ai_server_market_growth (
    as_of           DATE NOT NULL,
    market          VARCHAR NOT NULL,
    year            INTEGER NOT NULL,
    size            DOUBLE,
    currency        VARCHAR,
    size_usd        DOUBLE,
    fx_usd_per_unit DOUBLE,
    yoy_growth_pct  DOUBLE,
    cagr_base_year  INTEGER,
    cagr_pct        DOUBLE,
    source          VARCHAR NOT NULL,
    source_url      VARCHAR,
    publisher       VARCHAR,
    is_derived      BOOLEAN NOT NULL,
    is_projection   BOOLEAN NOT NULL,
    note            VARCHAR
);
COMMENT ON TABLE ai_server_market_growth IS 'AI-server market size per (market, year, source): article facts, sourced reference rows, derived prior years and flagged projections; conflicting sources side by side, never averaged.';
COMMENT ON COLUMN ai_server_market_growth.as_of IS 'Partition date the mart was built for; only articles published by then count.';
COMMENT ON COLUMN ai_server_market_growth.market IS 'Canonical market name, e.g. 中国AI服务器市场.';
COMMENT ON COLUMN ai_server_market_growth.year IS 'Calendar year the size refers to.';
COMMENT ON COLUMN ai_server_market_growth.size IS 'Market size in the native currency, in units (not 亿).';
COMMENT ON COLUMN ai_server_market_growth.currency IS 'Native currency of size.';
COMMENT ON COLUMN ai_server_market_growth.size_usd IS 'size times fx_usd_per_unit; NULL (with a note) when no FX exists for that year.';
COMMENT ON COLUMN ai_server_market_growth.fx_usd_per_unit IS 'Average USD per unit of currency over the year''s FX dates up to as_of, from fx_cross_rates (1 for USD).';
COMMENT ON COLUMN ai_server_market_growth.yoy_growth_pct IS 'Year-over-year growth as stated by the source (or the projection rate on projected rows).';
COMMENT ON COLUMN ai_server_market_growth.cagr_base_year IS 'Earliest earlier year of the same market, currency and publisher; start of the cagr_pct span.';
COMMENT ON COLUMN ai_server_market_growth.cagr_pct IS 'Compound annual growth from cagr_base_year to year within one publisher and currency.';
COMMENT ON COLUMN ai_server_market_growth.source IS 'fact:<fact_id>, reference:<row_no>, or derived:/projection: followed by the row it comes from.';
COMMENT ON COLUMN ai_server_market_growth.source_url IS 'URL or seed path of the source, when known.';
COMMENT ON COLUMN ai_server_market_growth.publisher IS 'Who published the figure (IDC, IDC & Inspur, ...; for article facts the cited publisher when named).';
COMMENT ON COLUMN ai_server_market_growth.is_derived IS 'True when computed here (prior year implied by stated growth, or a projection) rather than stated by a source.';
COMMENT ON COLUMN ai_server_market_growth.is_projection IS 'True for forecasts, by the publisher (reference rows) or by this mart under a stated growth rate.';
COMMENT ON COLUMN ai_server_market_growth.note IS 'Provenance and caveats (FX missing, projection rate, conflicts).';

CREATE TABLE IF NOT EXISTS ai_server_demand_drivers (
    as_of               DATE NOT NULL,
    driver              VARCHAR NOT NULL,
    subject             VARCHAR,
    metric              VARCHAR NOT NULL,
    value               DOUBLE,
    unit                VARCHAR,
    value_usd           DOUBLE,
    qualifier           VARCHAR,
    chips               DOUBLE,
    unit_price          DOUBLE,
    unit_price_currency VARCHAR,
    unit_price_date     DATE,
    implied_value       DOUBLE,
    is_consistent       BOOLEAN,
    vs_article_pct      DOUBLE,
    source              VARCHAR NOT NULL,
    clause              VARCHAR,
    note                VARCHAR
);
COMMENT ON TABLE ai_server_demand_drivers IS 'AI-server demand drivers stated by articles (server demand and investment spend, chips a deployment needs, its cost) and the same deployments priced at the latest feed prices, side by side.';
COMMENT ON COLUMN ai_server_demand_drivers.as_of IS 'Partition date the mart was built for; feed prices are the latest up to it.';
COMMENT ON COLUMN ai_server_demand_drivers.driver IS 'What the row measures, e.g. AI training servers / demand, NVIDIA A100 x 3000 / deployment cost (article price), NVIDIA A100 x 3000 / deployment cost at the latest CN feed price.';
COMMENT ON COLUMN ai_server_demand_drivers.subject IS 'Entity of the article fact (canonical name).';
COMMENT ON COLUMN ai_server_demand_drivers.metric IS 'Fact metric (demand, investment, cost, chips_required), or deployment_cost_at_feed_price for rows priced from the feeds.';
COMMENT ON COLUMN ai_server_demand_drivers.value IS 'Value in unit.';
COMMENT ON COLUMN ai_server_demand_drivers.unit IS 'Currency code for money, count for chips.';
COMMENT ON COLUMN ai_server_demand_drivers.value_usd IS 'Money in USD: article values at the average FX of the article year (else the latest FX up to as_of), feed rows at the observation''s price_usd; NULL for counts.';
COMMENT ON COLUMN ai_server_demand_drivers.qualifier IS 'exact, approx, at_least or up_to, as the article states the value.';
COMMENT ON COLUMN ai_server_demand_drivers.chips IS 'Chips in the deployment (cost rows and feed-priced rows).';
COMMENT ON COLUMN ai_server_demand_drivers.unit_price IS 'Price per chip used: the article''s own (same claim) or the feed observation''s.';
COMMENT ON COLUMN ai_server_demand_drivers.unit_price_currency IS 'Currency of unit_price.';
COMMENT ON COLUMN ai_server_demand_drivers.unit_price_date IS 'Observation date of a feed unit_price; NULL for article prices.';
COMMENT ON COLUMN ai_server_demand_drivers.implied_value IS 'chips * unit_price on article cost rows: what the stated cost should be.';
COMMENT ON COLUMN ai_server_demand_drivers.is_consistent IS 'Whether the stated cost agrees with chips x unit price, each read as a rounded figure with its qualifier (suanli.agreement, the rule of the article_facts restatement check too): 3000 x 9万 is 2.125亿-3.325亿, so 2.7亿 agrees; NULL when chips or price are not stated in the same claim.';
COMMENT ON COLUMN ai_server_demand_drivers.vs_article_pct IS 'Feed-priced rows: (value_usd / the article''s cost in USD - 1) * 100, how much the same deployment costs now versus the article''s figure.';
COMMENT ON COLUMN ai_server_demand_drivers.source IS 'fact:<fact ids> of the article facts, or feed:<feed> observed_on <date> for feed-priced rows.';
COMMENT ON COLUMN ai_server_demand_drivers.clause IS 'The clause of the article sentence the value was read from (names what is being bought, e.g. 训练服务器 or 推理服务器).';
COMMENT ON COLUMN ai_server_demand_drivers.note IS 'Quote, derivation and caveats.';

CREATE TABLE IF NOT EXISTS domestic_substitution_timeline (
    as_of                               DATE NOT NULL,
    row_kind                            VARCHAR NOT NULL,
    item                                VARCHAR NOT NULL,
    vendor                              VARCHAR,
    domestic                            BOOLEAN,
    milestone_date                      DATE,
    date_precision                      VARCHAR,
    start_date                          DATE,
    earliest_ready_date                 DATE,
    latest_ready_date                   DATE,
    months_low                          DOUBLE,
    months_high                         DOUBLE,
    engineers                           INTEGER,
    fp16_tflops                         DOUBLE,
    fp16_vs_a100                        DOUBLE,
    fp16_vs_h100                        DOUBLE,
    int8_vs_a100                        DOUBLE,
    article_claim                       VARCHAR,
    article_claimed_ratio_min           DOUBLE,
    claim_consistent                    BOOLEAN,
    fp64_tflops                         DOUBLE,
    fp64_gap                            BOOLEAN,
    named_in_articles                   VARCHAR,
    reference_model                     VARCHAR,
    reference_fp16_tflops               DOUBLE,
    parity_date                         DATE,
    assumption_domestic_doubling_months DOUBLE,
    assumption_nvidia_doubling_months   DOUBLE,
    is_model_output                     BOOLEAN NOT NULL,
    source                              VARCHAR,
    source_url                          VARCHAR,
    note                                VARCHAR
);
COMMENT ON TABLE domestic_substitution_timeline IS 'Domestic GPU substitution: development paths stated by articles with ready dates from a start date, the ecosystem routes they describe, domestic chips against the NVIDIA A100/H100, and modelled FP16 parity dates (is_model_output, assumptions in columns).';
COMMENT ON COLUMN domestic_substitution_timeline.as_of IS 'Partition date the mart was built for; only articles published by then count.';
COMMENT ON COLUMN domestic_substitution_timeline.row_kind IS 'development_path, ecosystem_route, chip or parity_estimate.';
COMMENT ON COLUMN domestic_substitution_timeline.item IS 'Path (English name and the article''s subject), route name, chip model, or vendor line for parity estimates.';
COMMENT ON COLUMN domestic_substitution_timeline.vendor IS 'Chip vendor (chip and parity rows).';
COMMENT ON COLUMN domestic_substitution_timeline.domestic IS 'True for Chinese vendors.';
COMMENT ON COLUMN domestic_substitution_timeline.milestone_date IS 'Date to plot: earliest ready date of a path or route, chip launch date, or parity date.';
COMMENT ON COLUMN domestic_substitution_timeline.date_precision IS 'day, month or year: how precisely milestone_date is known (year: an article states only the year; the date is 1 July).';
COMMENT ON COLUMN domestic_substitution_timeline.start_date IS 'Start of the development clock: first day of start_month of start_year (default: the year of the article stating the path).';
COMMENT ON COLUMN domestic_substitution_timeline.earliest_ready_date IS 'start_date plus months_low (average months of 365.25/12 days).';
COMMENT ON COLUMN domestic_substitution_timeline.latest_ready_date IS 'start_date plus months_high.';
COMMENT ON COLUMN domestic_substitution_timeline.months_low IS 'Shortest stated development time, months.';
COMMENT ON COLUMN domestic_substitution_timeline.months_high IS 'Longest stated development time, months.';
COMMENT ON COLUMN domestic_substitution_timeline.engineers IS 'Engineering head count the article states for the path, when given.';
COMMENT ON COLUMN domestic_substitution_timeline.fp16_tflops IS 'Dense FP16 TFLOPS of the chip from accelerators.csv (parity rows: of the vendor''s latest chip).';
COMMENT ON COLUMN domestic_substitution_timeline.fp16_vs_a100 IS 'fp16_tflops / NVIDIA A100 dense FP16.';
COMMENT ON COLUMN domestic_substitution_timeline.fp16_vs_h100 IS 'fp16_tflops / NVIDIA H100 dense FP16.';
COMMENT ON COLUMN domestic_substitution_timeline.int8_vs_a100 IS 'Dense INT8 TOPS / NVIDIA A100 dense INT8 (for chips without a published FP16 figure).';
COMMENT ON COLUMN domestic_substitution_timeline.article_claim IS 'The article sentence making a performance claim about the chip (simplified Chinese), next to the computed ratio.';
COMMENT ON COLUMN domestic_substitution_timeline.article_claimed_ratio_min IS 'Lower bound of the performance ratio the article claims (3 for 三倍以上).';
COMMENT ON COLUMN domestic_substitution_timeline.claim_consistent IS 'Whether the performance ratio the article states (三倍以上: at least 3) agrees with fp16_vs_a100 computed from the reference FP16 figures (suanli.agreement, the rule of every stated-against-computed check): the A100 was NVIDIA''s flagship on sale when the claims were made; NULL without both.';
COMMENT ON COLUMN domestic_substitution_timeline.fp64_tflops IS 'FP64 TFLOPS; 0 means unsupported, NULL unknown.';
COMMENT ON COLUMN domestic_substitution_timeline.fp64_gap IS 'True when the chip has no FP64 (0) or less than the A100''s; NULL when unknown.';
COMMENT ON COLUMN domestic_substitution_timeline.named_in_articles IS 'Articles (article_id) whose text names the chip; NULL when only accelerators.csv lists it.';
COMMENT ON COLUMN domestic_substitution_timeline.reference_model IS 'NVIDIA chip the parity estimate is measured against.';
COMMENT ON COLUMN domestic_substitution_timeline.reference_fp16_tflops IS 'Dense FP16 TFLOPS of reference_model.';
COMMENT ON COLUMN domestic_substitution_timeline.parity_date IS 'Modelled date the vendor line matches the NVIDIA line in dense FP16; NULL when it never does under the assumption.';
COMMENT ON COLUMN domestic_substitution_timeline.assumption_domestic_doubling_months IS 'Assumed months for the domestic line''s FP16 to double.';
COMMENT ON COLUMN domestic_substitution_timeline.assumption_nvidia_doubling_months IS 'Assumed months for NVIDIA''s FP16 to double.';
COMMENT ON COLUMN domestic_substitution_timeline.is_model_output IS 'True for rows computed under the stated assumptions rather than taken from a source.';
COMMENT ON COLUMN domestic_substitution_timeline.source IS 'Where the row comes from: fact:<fact ids> with the article''s cited source, article:<id> for a route, accelerators.csv source for chips, model: for parity rows.';
COMMENT ON COLUMN domestic_substitution_timeline.source_url IS 'URL or seed path of the source.';
COMMENT ON COLUMN domestic_substitution_timeline.note IS 'Quote, description, caveats and the article facts matched.';

CREATE TABLE IF NOT EXISTS claims_vs_feeds (
    as_of                     DATE NOT NULL,
    article_id                VARCHAR NOT NULL,
    fact_id                   VARCHAR NOT NULL,
    claim_id                  VARCHAR,
    model                     VARCHAR,
    market                    VARCHAR,
    metric                    VARCHAR,
    claim_value               DOUBLE,
    claim_currency            VARCHAR,
    claim_qualifier           VARCHAR,
    claim_date                DATE,
    claim_date_precision      VARCHAR,
    feed                      VARCHAR,
    observed_on               DATE,
    observed_price            DOUBLE,
    observed_price_native     DOUBLE,
    observed_currency         VARCHAR,
    observation_source        VARCHAR,
    observation_cites_article BOOLEAN,
    days_apart                INTEGER,
    gap_pct                   DOUBLE,
    match_rule                VARCHAR
);
COMMENT ON TABLE claims_vs_feeds IS 'Each article unit-price claim next to the nearest purchase observation of the same model in the same market around the claim date, with the gap in percent; claims without a match are kept with NULLs.';
COMMENT ON COLUMN claims_vs_feeds.as_of IS 'Partition date the mart was built for; observations fetched or made after it are ignored.';
COMMENT ON COLUMN claims_vs_feeds.article_id IS 'Article making the claim.';
COMMENT ON COLUMN claims_vs_feeds.fact_id IS 'The unit_price fact.';
COMMENT ON COLUMN claims_vs_feeds.claim_id IS 'Claim the fact belongs to.';
COMMENT ON COLUMN claims_vs_feeds.model IS 'Fact subject (canonical model).';
COMMENT ON COLUMN claims_vs_feeds.market IS 'Market compared: CN for articles about the China market.';
COMMENT ON COLUMN claims_vs_feeds.metric IS 'price, price_from or price_to.';
COMMENT ON COLUMN claims_vs_feeds.claim_value IS 'Claimed price.';
COMMENT ON COLUMN claims_vs_feeds.claim_currency IS 'Currency of the claimed price (fact unit).';
COMMENT ON COLUMN claims_vs_feeds.claim_qualifier IS 'exact, approx, at_least or up_to.';
COMMENT ON COLUMN claims_vs_feeds.claim_date IS 'Anchor date: publication date, else 1 July of the publication year; a price_from is moved back by the claim''s stated price_window.';
COMMENT ON COLUMN claims_vs_feeds.claim_date_precision IS 'day or year: how well the article date is known.';
COMMENT ON COLUMN claims_vs_feeds.feed IS 'Feed of the matched observation; NULL when none matched.';
COMMENT ON COLUMN claims_vs_feeds.observed_on IS 'Date of the matched observation.';
COMMENT ON COLUMN claims_vs_feeds.observed_price IS 'Observed price in the claim currency (native when equal, else the stored price_cny or price_usd).';
COMMENT ON COLUMN claims_vs_feeds.observed_price_native IS 'Observed price in its own currency.';
COMMENT ON COLUMN claims_vs_feeds.observed_currency IS 'Currency of observed_price_native.';
COMMENT ON COLUMN claims_vs_feeds.observation_source IS 'source column of the matched observation (who reported it).';
COMMENT ON COLUMN claims_vs_feeds.observation_cites_article IS 'True when the observation''s source or note cites the claiming article itself: the gap then measures nothing independent. Independent observations are preferred when any exist.';
COMMENT ON COLUMN claims_vs_feeds.days_apart IS 'observed_on minus claim_date, days.';
COMMENT ON COLUMN claims_vs_feeds.gap_pct IS '(observed_price / claim_value - 1) * 100.';
COMMENT ON COLUMN claims_vs_feeds.match_rule IS 'How the observation was picked: nearest_to_day, or nearest_to_mid_year_within_year (articles dated only to a year).';

CREATE TABLE IF NOT EXISTS reference_accelerators (
    row_no                 INTEGER NOT NULL,
    vendor                 VARCHAR NOT NULL,
    model                  VARCHAR NOT NULL,
    domestic               BOOLEAN NOT NULL,
    release_date           DATE,
    release_date_precision VARCHAR,
    fp16_tflops            DOUBLE,
    bf16_tflops            DOUBLE,
    int8_tops              DOUBLE,
    fp64_tflops            DOUBLE,
    memory_gb              DOUBLE,
    tdp_w                  DOUBLE,
    source                 VARCHAR NOT NULL,
    source_url             VARCHAR NOT NULL,
    note                   VARCHAR
);
COMMENT ON TABLE reference_accelerators IS 'Accelerator specifications from seeds/reference/accelerators.csv: dense figures from vendor datasheets or attributable launch reports, each row with its publisher and URL; empty where no source states a figure.';
COMMENT ON COLUMN reference_accelerators.row_no IS '1-based data row number in the CSV.';
COMMENT ON COLUMN reference_accelerators.vendor IS 'Chip vendor.';
COMMENT ON COLUMN reference_accelerators.model IS 'Canonical model name (matches entities.yaml).';
COMMENT ON COLUMN reference_accelerators.domestic IS 'True for Chinese vendors.';
COMMENT ON COLUMN reference_accelerators.release_date IS 'Launch or announcement date.';
COMMENT ON COLUMN reference_accelerators.release_date_precision IS 'day or month (day set to 01) for release_date.';
COMMENT ON COLUMN reference_accelerators.fp16_tflops IS 'Dense FP16 TFLOPS.';
COMMENT ON COLUMN reference_accelerators.bf16_tflops IS 'Dense BF16 TFLOPS.';
COMMENT ON COLUMN reference_accelerators.int8_tops IS 'Dense INT8 TOPS.';
COMMENT ON COLUMN reference_accelerators.fp64_tflops IS 'FP64 TFLOPS (which FP64 figure is said in note); 0 = unsupported.';
COMMENT ON COLUMN reference_accelerators.memory_gb IS 'On-board memory, GB.';
COMMENT ON COLUMN reference_accelerators.tdp_w IS 'Board power, W.';
COMMENT ON COLUMN reference_accelerators.source IS 'Publisher and document.';
COMMENT ON COLUMN reference_accelerators.source_url IS 'URL of the document (or seed path).';
COMMENT ON COLUMN reference_accelerators.note IS 'Variant, precision, secondary sources and caveats.';

CREATE TABLE IF NOT EXISTS reference_ai_server_market (
    row_no         INTEGER NOT NULL,
    market         VARCHAR NOT NULL,
    year           INTEGER NOT NULL,
    size           DOUBLE NOT NULL,
    currency       VARCHAR NOT NULL,
    yoy_growth_pct DOUBLE,
    publisher      VARCHAR NOT NULL,
    source         VARCHAR NOT NULL,
    source_url     VARCHAR NOT NULL,
    note           VARCHAR,
    is_projection  BOOLEAN NOT NULL
);
COMMENT ON TABLE reference_ai_server_market IS 'AI-server market sizes by other publishers from seeds/reference/ai_server_market.csv, one row per published figure; conflicting figures are separate rows. Figures stated by articles come from article_facts, not from here.';
COMMENT ON COLUMN reference_ai_server_market.row_no IS '1-based data row number in the CSV.';
COMMENT ON COLUMN reference_ai_server_market.market IS 'Canonical market name.';
COMMENT ON COLUMN reference_ai_server_market.year IS 'Calendar year of the figure.';
COMMENT ON COLUMN reference_ai_server_market.size IS 'Market size in currency units.';
COMMENT ON COLUMN reference_ai_server_market.currency IS 'Currency of size.';
COMMENT ON COLUMN reference_ai_server_market.yoy_growth_pct IS 'Year-over-year growth as published.';
COMMENT ON COLUMN reference_ai_server_market.publisher IS 'Research firm behind the figure.';
COMMENT ON COLUMN reference_ai_server_market.source IS 'Report name and the outlet that reported it.';
COMMENT ON COLUMN reference_ai_server_market.source_url IS 'URL where the figure is reported.';
COMMENT ON COLUMN reference_ai_server_market.note IS 'Quote and caveats.';
COMMENT ON COLUMN reference_ai_server_market.is_projection IS 'True for forecasts.';
