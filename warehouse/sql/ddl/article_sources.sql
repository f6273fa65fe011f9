-- Articles from the web (article_sources in the feeds YAML): every fetch of a source, every page
-- kept once, and every item that failed. suanli.sources writes them; the articles asset reads
-- web_articles into `articles` and web_article_errors into `article_errors`. A (source,
-- partition_date) slice of each table is rewritten in one transaction, so reruns are idempotent.

CREATE TABLE IF NOT EXISTS article_source_fetches (
    source         VARCHAR NOT NULL,
    partition_date DATE NOT NULL,
    url            VARCHAR NOT NULL,
    status         VARCHAR NOT NULL,
    http_status    INTEGER,
    bytes          BIGINT,
    sha256         VARCHAR,
    etag           VARCHAR,
    last_modified  VARCHAR,
    landing_path   VARCHAR,
    items_listed   INTEGER NOT NULL,
    items_kept     INTEGER NOT NULL,
    items_seen     INTEGER NOT NULL,
    items_new      INTEGER NOT NULL,
    items_failed   INTEGER NOT NULL,
    error          VARCHAR,
    fetched_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
COMMENT ON TABLE article_source_fetches IS 'One row per article source and partition: how its feed (or page) was fetched and what became of its items. Written by the asset web_articles (assets/articles/web_articles.py; suanli/sources/ingest.py).';
COMMENT ON COLUMN article_source_fetches.source IS 'Article source name from the feeds YAML (article_sources[].name).';
COMMENT ON COLUMN article_source_fetches.partition_date IS 'Partition (fetch) date.';
COMMENT ON COLUMN article_source_fetches.url IS 'The configured URL of the feed or page, as written in the YAML (never the rewritten one).';
COMMENT ON COLUMN article_source_fetches.status IS 'ok, not_modified (HTTP 304: the last fetch''s bytes landed again) or failed (the source itself could not be fetched or parsed).';
COMMENT ON COLUMN article_source_fetches.http_status IS 'HTTP status of the feed fetch; NULL for a local file or a connection failure.';
COMMENT ON COLUMN article_source_fetches.bytes IS 'Size of the landed feed (or page) bytes.';
COMMENT ON COLUMN article_source_fetches.sha256 IS 'SHA-256 of the landed feed bytes.';
COMMENT ON COLUMN article_source_fetches.etag IS 'ETag the server sent, sent back as If-None-Match next time.';
COMMENT ON COLUMN article_source_fetches.last_modified IS 'Last-Modified the server sent, sent back as If-Modified-Since next time.';
COMMENT ON COLUMN article_source_fetches.landing_path IS 'Where the raw feed bytes landed (with a .sha256 sidecar).';
COMMENT ON COLUMN article_source_fetches.items_listed IS 'Items the feed listed (1 for a page source).';
COMMENT ON COLUMN article_source_fetches.items_kept IS 'Items matching the keywords, at most max_items.';
COMMENT ON COLUMN article_source_fetches.items_seen IS 'Kept items already ingested on an earlier day (same URL, or same text), not fetched or stored again.';
COMMENT ON COLUMN article_source_fetches.items_new IS 'Items that became new web_articles rows in this partition.';
COMMENT ON COLUMN article_source_fetches.items_failed IS 'Items that failed (see web_article_errors and article_errors).';
COMMENT ON COLUMN article_source_fetches.error IS 'Why the source failed (status failed), secrets scrubbed.';
COMMENT ON COLUMN article_source_fetches.fetched_at IS 'When the fetch finished.';

CREATE TABLE IF NOT EXISTS web_articles (
    source         VARCHAR NOT NULL,
    partition_date DATE NOT NULL,
    url            VARCHAR NOT NULL,
    title          VARCHAR,
    author         VARCHAR,
    published_date DATE,
    date_source    VARCHAR,
    page_sha256    VARCHAR NOT NULL,
    page_bytes     BIGINT NOT NULL,
    landing_path   VARCHAR NOT NULL,
    encoding       VARCHAR NOT NULL,
    text           VARCHAR NOT NULL,
    text_sha256    VARCHAR NOT NULL,
    fetched_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
COMMENT ON TABLE web_articles IS 'One row per article page ever ingested from an article source, in the partition that first fetched it. A URL, or a main text, already here is not ingested again. Written by the asset web_articles (assets/articles/web_articles.py; suanli/sources/ingest.py).';
COMMENT ON COLUMN web_articles.source IS 'Article source that listed the page.';
COMMENT ON COLUMN web_articles.partition_date IS 'Partition (fetch date) that first ingested the page.';
COMMENT ON COLUMN web_articles.url IS 'The page URL as the feed gave it (unique across the table).';
COMMENT ON COLUMN web_articles.title IS 'Title from the feed item, else from the page.';
COMMENT ON COLUMN web_articles.author IS 'Author from the feed item, else from the page; NULL when neither names one.';
COMMENT ON COLUMN web_articles.published_date IS 'Publication date from the feed item, else from the page metadata; gives yearless claims their period.';
COMMENT ON COLUMN web_articles.date_source IS 'Where published_date came from: feed or page; NULL when unknown.';
COMMENT ON COLUMN web_articles.page_sha256 IS 'SHA-256 of the page bytes as landed.';
COMMENT ON COLUMN web_articles.page_bytes IS 'Size of the page as landed.';
COMMENT ON COLUMN web_articles.landing_path IS 'Where the raw page bytes landed (with a .sha256 sidecar).';
COMMENT ON COLUMN web_articles.encoding IS 'Codec the page bytes were decoded with, judged from the bytes (a missing or wrong charset declaration is overruled).';
COMMENT ON COLUMN web_articles.text IS 'Main text of the page (trafilatura), headed by the title: the article''s raw text.';
COMMENT ON COLUMN web_articles.text_sha256 IS 'SHA-256 (UTF-8) of the main text as extracted, before any title is put at its head; unique across the table, so a copy republished under another URL or title is not ingested twice.';
COMMENT ON COLUMN web_articles.fetched_at IS 'When the page was fetched.';

CREATE TABLE IF NOT EXISTS web_article_errors (
    source         VARCHAR NOT NULL,
    partition_date DATE NOT NULL,
    url            VARCHAR NOT NULL,
    reason         VARCHAR NOT NULL,
    landing_path   VARCHAR,
    seen_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
COMMENT ON TABLE web_article_errors IS 'Items of an article source that failed in a partition (malformed feed, 404, redirect loop, not HTML, too large, no main text, robots.txt, undecodable), each alone. Written by the asset web_articles (assets/articles/web_articles.py; suanli/sources/ingest.py).';
COMMENT ON COLUMN web_article_errors.source IS 'Article source of the item.';
COMMENT ON COLUMN web_article_errors.partition_date IS 'Partition (fetch date) of the failure.';
COMMENT ON COLUMN web_article_errors.url IS 'URL of the page (or of the feed, for a feed that failed as a whole).';
COMMENT ON COLUMN web_article_errors.reason IS 'Why it failed, secrets scrubbed.';
COMMENT ON COLUMN web_article_errors.landing_path IS 'Where the bytes received were kept, when any were.';
COMMENT ON COLUMN web_article_errors.seen_at IS 'When it failed.';

CREATE TABLE IF NOT EXISTS web_article_duplicates (
    source         VARCHAR NOT NULL,
    partition_date DATE NOT NULL,
    url            VARCHAR NOT NULL,
    duplicate_of   VARCHAR NOT NULL,
    seen_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
COMMENT ON TABLE web_article_duplicates IS 'Pages whose main text is already in web_articles under another URL (a copy or a moved article): recorded so they are neither ingested nor fetched again. Written by the asset web_articles (assets/articles/web_articles.py; suanli/sources/ingest.py).';
COMMENT ON COLUMN web_article_duplicates.source IS 'Article source that listed the page.';
COMMENT ON COLUMN web_article_duplicates.partition_date IS 'Partition (fetch date) that found the copy.';
COMMENT ON COLUMN web_article_duplicates.url IS 'URL of the copy.';
COMMENT ON COLUMN web_article_duplicates.duplicate_of IS 'URL of the web article holding the same main text (web_articles.url).';
COMMENT ON COLUMN web_article_duplicates.seen_at IS 'When the copy was found.';
