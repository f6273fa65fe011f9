-- Price and FX feeds: fetch log, observations, FX rates and rejected records.
-- Every table is rewritten per (feed, partition_date) slice in one transaction by suanli.feeds.
CREATE TABLE IF NOT EXISTS feed_fetches (
    feed               VARCHAR NOT NULL,
    partition_date     DATE NOT NULL,
    url                VARCHAR,
    status             VARCHAR NOT NULL,
    http_status        INTEGER,
    bytes              BIGINT,
    sha256             VARCHAR,
    etag               VARCHAR,
    last_modified      VARCHAR,
    landing_path       VARCHAR,
    rows_parsed        BIGINT,
    rows_new           BIGINT,
    rows_rejected      BIGINT,
    rows_unknown_model BIGINT,
    error              VARCHAR,
    fetched_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
-- Warehouses created before rows_new existed.
ALTER TABLE feed_fetches ADD COLUMN IF NOT EXISTS rows_new BIGINT;
COMMENT ON TABLE feed_fetches IS 'One row per feed and partition: the latest fetch attempt, its landed bytes and parse counts. Written by the feed assets feeds/<name> (assets/feeds/feed.py; suanli/feeds/ingest.py), each its own (feed, partition_date) slice.';
COMMENT ON COLUMN feed_fetches.feed IS 'Feed name from the feed configuration.';
COMMENT ON COLUMN feed_fetches.partition_date IS 'Partition (run date) the fetch belongs to.';
COMMENT ON COLUMN feed_fetches.url IS 'Source url as configured, with userinfo and environment-derived query parameters removed; ${VAR} placeholders are kept by name, never expanded.';
COMMENT ON COLUMN feed_fetches.status IS 'ok (bytes fetched and parsed), not_modified (HTTP 304: the previous bytes were landed again under this partition and re-parsed) or failed.';
COMMENT ON COLUMN feed_fetches.http_status IS 'Final HTTP status code; NULL for local files or when no response arrived.';
COMMENT ON COLUMN feed_fetches.bytes IS 'Size of the landed bytes (partial bytes for a failed body read).';
COMMENT ON COLUMN feed_fetches.sha256 IS 'SHA-256 of the landed bytes.';
COMMENT ON COLUMN feed_fetches.etag IS 'ETag validator from the response, sent as If-None-Match on the next fetch.';
COMMENT ON COLUMN feed_fetches.last_modified IS 'Last-Modified validator from the response, sent as If-Modified-Since on the next fetch.';
COMMENT ON COLUMN feed_fetches.landing_path IS 'Path of the landed raw file (a .partial file when the body read failed).';
COMMENT ON COLUMN feed_fetches.rows_parsed IS 'Valid price observations or FX rates in the fetch, after rejection and de-duplication by the feed key.';
COMMENT ON COLUMN feed_fetches.rows_new IS 'Of rows_parsed, those no other partition of the feed already held: the rows written to this partition.';
COMMENT ON COLUMN feed_fetches.rows_rejected IS 'Price or rate cells of the fetch that failed validation (each distinct rejected record is kept once per feed in rejected_records).';
COMMENT ON COLUMN feed_fetches.rows_unknown_model IS 'Price observations whose model name did not resolve to a known GPU or accelerator.';
COMMENT ON COLUMN feed_fetches.error IS 'Error message of a failed fetch or parse, naming the feed; secrets removed.';
COMMENT ON COLUMN feed_fetches.fetched_at IS 'When the fetch finished.';

CREATE TABLE IF NOT EXISTS price_observations (
    feed           VARCHAR NOT NULL,
    partition_date DATE NOT NULL,
    observed_on    DATE NOT NULL,
    observed_at    TIMESTAMP NOT NULL,
    model_raw      VARCHAR NOT NULL,
    model          VARCHAR,
    price          DOUBLE NOT NULL,
    currency       VARCHAR NOT NULL,
    price_kind     VARCHAR NOT NULL,
    term           VARCHAR,
    region         VARCHAR,
    vendor         VARCHAR,
    source         VARCHAR,
    note           VARCHAR,
    price_usd      DOUBLE,
    price_cny      DOUBLE,
    source_sha256  VARCHAR NOT NULL,
    record_no      BIGINT NOT NULL
);
COMMENT ON TABLE price_observations IS 'Hardware price observations from configured price feeds, one row per record and price column, converted to USD and CNY. Each distinct observation of a feed is stored once, under the partition whose fetch first delivered it. Rows written by the price feed assets feeds/<name> (assets/feeds/feed.py; suanli/feeds/ingest.py), each its own (feed, partition_date) slice; the asset price_observations (assets/feeds/price_observations.py) fills the USD/CNY prices still missing and checks the table.';
COMMENT ON COLUMN price_observations.feed IS 'Feed name from the feed configuration.';
COMMENT ON COLUMN price_observations.partition_date IS 'Partition (fetch date) whose fetch first delivered the observation.';
COMMENT ON COLUMN price_observations.observed_on IS 'Date the price was observed (UTC date of observed_at).';
COMMENT ON COLUMN price_observations.observed_at IS 'Timestamp the price was observed, UTC; midnight when the feed gives only a date, the partition date when it gives none.';
COMMENT ON COLUMN price_observations.model_raw IS 'Model name exactly as the feed spells it (trimmed).';
COMMENT ON COLUMN price_observations.model IS 'Canonical GPU/accelerator name from seeds/reference/entities.yaml; NULL when unknown.';
COMMENT ON COLUMN price_observations.price IS 'Price in the feed currency after price_scale; always positive.';
COMMENT ON COLUMN price_observations.currency IS 'ISO 4217-style currency code of price, upper case.';
COMMENT ON COLUMN price_observations.price_kind IS 'purchase (per unit), rental_hour (per chip-hour) or rental_month (per chip-month).';
COMMENT ON COLUMN price_observations.term IS 'Commitment of a rental price (e.g. on_demand, 1y, 3y); NULL when not stated.';
COMMENT ON COLUMN price_observations.region IS 'Region or location the price applies to, as given by the feed.';
COMMENT ON COLUMN price_observations.vendor IS 'Seller or cloud provider quoting the price, as given by the feed.';
COMMENT ON COLUMN price_observations.source IS 'Per-row source or citation given by the feed (e.g. a URL).';
COMMENT ON COLUMN price_observations.note IS 'Free-text note from the feed.';
COMMENT ON COLUMN price_observations.price_usd IS 'price in USD at the FX rate of observed_on or the nearest earlier date in fx_rates; NULL when no rate is known.';
COMMENT ON COLUMN price_observations.price_cny IS 'price in CNY at the FX rate of observed_on or the nearest earlier date in fx_rates; NULL when no rate is known.';
COMMENT ON COLUMN price_observations.source_sha256 IS 'SHA-256 of the landed bytes the row was parsed from (see feed_fetches).';
COMMENT ON COLUMN price_observations.record_no IS '1-based record number in the landed file (data rows for CSV), for tracing back to the raw bytes.';

CREATE TABLE IF NOT EXISTS fx_rates (
    "date"         DATE NOT NULL,
    base           VARCHAR NOT NULL,
    quote          VARCHAR NOT NULL,
    rate           DOUBLE NOT NULL,
    feed           VARCHAR NOT NULL,
    partition_date DATE NOT NULL
);
COMMENT ON TABLE fx_rates IS 'FX reference rates from configured FX feeds: 1 unit of base = rate units of quote. Each distinct (date, base, quote, rate) of a feed is stored once, under the partition that first delivered it; a revised rate is a new row in a later partition. Rows written by the FX feed assets feeds/<name> (assets/feeds/feed.py; suanli/feeds/ingest.py), each its own (feed, partition_date) slice; the asset fx_rates (assets/feeds/fx_rates.py) writes no row: it stands for the whole table once every FX feed has written, and checks it.';
COMMENT ON COLUMN fx_rates."date" IS 'Date the rate applies to.';
COMMENT ON COLUMN fx_rates.base IS 'Base currency code (e.g. EUR for ECB rates).';
COMMENT ON COLUMN fx_rates.quote IS 'Quote currency code.';
COMMENT ON COLUMN fx_rates.rate IS 'Units of quote per 1 unit of base; always positive.';
COMMENT ON COLUMN fx_rates.feed IS 'Feed name from the feed configuration.';
COMMENT ON COLUMN fx_rates.partition_date IS 'Partition (fetch date) whose fetch first delivered the rate.';

CREATE TABLE IF NOT EXISTS rejected_records (
    feed           VARCHAR NOT NULL,
    partition_date DATE NOT NULL,
    record_no      BIGINT NOT NULL,
    reason         VARCHAR NOT NULL,
    raw            VARCHAR
);
COMMENT ON TABLE rejected_records IS 'Feed records (or single price/rate cells of them) that failed validation, with the reason; each distinct rejection of a feed is kept once, under the partition that first saw it. Written by the feed assets feeds/<name> (assets/feeds/feed.py; suanli/feeds/ingest.py), each its own (feed, partition_date) slice.';
COMMENT ON COLUMN rejected_records.feed IS 'Feed name from the feed configuration.';
COMMENT ON COLUMN rejected_records.partition_date IS 'Partition (fetch date) whose fetch first contained the rejected record.';
COMMENT ON COLUMN rejected_records.record_no IS '1-based record number in the landed file (data rows for CSV).';
COMMENT ON COLUMN rejected_records.reason IS 'Why the record was rejected (e.g. price not positive: -5).';
COMMENT ON COLUMN rejected_records.raw IS 'The whole source record as JSON text, all values as strings.';

-- Every pair among `currencies` (NULL: all) quoted against a common base on the same date,
-- e.g. USD->CNY and CNY->USD from EUR rows. A feed's latest reading of a rate wins over earlier
-- ones (revisions); rates of several feeds for the same pair and date are averaged. Restricting
-- the currencies early keeps a lookup of two or three pairs cheap on a long history.
CREATE OR REPLACE MACRO fx_cross_rates_among(currencies) AS TABLE
    WITH latest AS (
        SELECT "date", base, quote, arg_max(rate, partition_date) AS rate
        FROM fx_rates
        WHERE currencies IS NULL OR list_contains(currencies, quote)
        GROUP BY feed, "date", base, quote
    ),

    direct AS (
        SELECT "date", base, quote, avg(rate) AS rate FROM latest GROUP BY ALL
    ),

    legs AS (
        SELECT "date", base AS "pivot", quote AS currency, rate FROM direct
        UNION ALL
        SELECT DISTINCT "date", base, base, 1.0 FROM direct
    )

    SELECT a."date", a.currency AS base, b.currency AS quote, avg(b.rate / a.rate) AS rate
    FROM legs AS a
    JOIN legs AS b ON a."date" = b."date" AND a."pivot" = b."pivot" AND a.currency <> b.currency
    WHERE currencies IS NULL
        OR (list_contains(currencies, a.currency) AND list_contains(currencies, b.currency))
    GROUP BY ALL;

CREATE OR REPLACE VIEW fx_cross_rates AS SELECT * FROM fx_cross_rates_among(NULL);
COMMENT ON VIEW fx_cross_rates IS 'Every currency pair derivable on a date through a common base in fx_rates (direct, inverse and cross rates).';
COMMENT ON COLUMN fx_cross_rates."date" IS 'Date the rate applies to.';
COMMENT ON COLUMN fx_cross_rates.base IS 'Base currency code.';
COMMENT ON COLUMN fx_cross_rates.quote IS 'Quote currency code.';
COMMENT ON COLUMN fx_cross_rates.rate IS 'Units of quote per 1 unit of base.';
