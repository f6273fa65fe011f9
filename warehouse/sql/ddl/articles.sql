-- Articles as read from the articles directory: one row per file, raw text kept verbatim.
CREATE TABLE IF NOT EXISTS articles (
    article_id         VARCHAR PRIMARY KEY,
    path               VARCHAR NOT NULL,
    sha256             VARCHAR NOT NULL,
    bytes              BIGINT NOT NULL,
    encoding           VARCHAR NOT NULL,
    raw_text           VARCHAR NOT NULL,
    normalised_text    VARCHAR,
    offset_map         INTEGER[],
    garbled_span_count INTEGER,
    title              VARCHAR,
    author             VARCHAR,
    language           VARCHAR,
    published_year     INTEGER,
    published_date     DATE,
    date_precision     VARCHAR NOT NULL,
    date_note          VARCHAR,
    source_note        VARCHAR,
    source_url         VARCHAR,
    has_metadata_file  BOOLEAN NOT NULL,
    ingested_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
COMMENT ON TABLE articles IS 'One row per article file in the articles directory: raw text verbatim, normalised text, metadata and provenance. Written by the asset articles (assets/articles/articles.py; suanli/articles.py reads the files, suanli/sources/articles.py the web articles).';
COMMENT ON COLUMN articles.article_id IS 'Stable id: the file path relative to the articles directory, without extension.';
COMMENT ON COLUMN articles.path IS 'File path relative to the articles directory.';
COMMENT ON COLUMN articles.sha256 IS 'SHA-256 of the file bytes as read.';
COMMENT ON COLUMN articles.bytes IS 'File size in bytes.';
COMMENT ON COLUMN articles.encoding IS 'Codec the bytes were decoded with: utf-16 (byte-order mark), utf-8-sig, utf-8 or gb18030 (a superset of GBK).';
COMMENT ON COLUMN articles.raw_text IS 'Decoded text exactly as in the file; all raw_char offsets point into it.';
COMMENT ON COLUMN articles.normalised_text IS 'Pinyin annotations removed, traditional converted to simplified (OpenCC), full-width forms folded; all char offsets of sentences, quantities and facts point into it.';
COMMENT ON COLUMN articles.offset_map IS 'Map back to raw_text: offset_map[i + 1] (lists are 1-based) is the 0-based raw offset of normalised character i, and the last element is the raw length. A normalised span [a, b) came from raw_text characters offset_map[a + 1] to offset_map[b + 1] (including any pinyin annotation removed right after it); a U+FFFD placeholder stands for its whole garbled raw run.';
COMMENT ON COLUMN articles.garbled_span_count IS 'Number of unreadable (mojibake) spans found in the raw text; see article_quality.';
COMMENT ON COLUMN articles.title IS 'Title from the metadata sidecar, else the first content line of the text.';
COMMENT ON COLUMN articles.author IS 'Author from the metadata sidecar, else from a byline such as 文|作者.';
COMMENT ON COLUMN articles.language IS 'zh-Hans, zh-Hant or en: from the metadata sidecar, else detected from the text.';
COMMENT ON COLUMN articles.published_year IS 'Publication year when known (metadata or a date stated in the text).';
COMMENT ON COLUMN articles.published_date IS 'Publication day when known; NULL when only the year is known.';
COMMENT ON COLUMN articles.date_precision IS 'day, year or unknown: how precisely the publication date is known.';
COMMENT ON COLUMN articles.date_note IS 'How the date (and editorial title, if any) was established.';
COMMENT ON COLUMN articles.source_note IS 'Where the article comes from, from the metadata sidecar.';
COMMENT ON COLUMN articles.source_url IS 'Source URL when known.';
COMMENT ON COLUMN articles.has_metadata_file IS 'True when a <name>.meta.yaml sidecar was found.';
COMMENT ON COLUMN articles.ingested_at IS 'When this version of the file was ingested.';

-- Files in the articles directory that could not be ingested, with the reason; they fail alone.
CREATE TABLE IF NOT EXISTS article_errors (
    path    VARCHAR NOT NULL,
    error   VARCHAR NOT NULL,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
COMMENT ON TABLE article_errors IS 'Article files that could not be ingested in the latest run (empty, binary, undecodable, bad metadata), each with a clear reason. Written by the asset articles (assets/articles/articles.py), with the article files and with this partition''s failed web items from web_article_errors.';
COMMENT ON COLUMN article_errors.path IS 'File path relative to the articles directory.';
COMMENT ON COLUMN article_errors.error IS 'Why the file was not ingested, naming the file and the problem.';
COMMENT ON COLUMN article_errors.seen_at IS 'When the problem was seen.';

CREATE OR REPLACE VIEW article_input_digests AS
SELECT
    article_id,
    sha256(concat_ws(
        chr(0),
        raw_text,
        coalesce(normalised_text, ''),
        coalesce(language, ''),
        coalesce(CAST(published_date AS VARCHAR), ''),
        coalesce(CAST(offset_map AS VARCHAR), '')
    )) AS input_digest
FROM articles;
COMMENT ON VIEW article_input_digests IS 'SHA-256 of everything an article gives the extraction stages (raw and normalised text, language, published date, offset map): with the extractor''s fingerprint it makes the article''s input key in article_stage_inputs.';
COMMENT ON COLUMN article_input_digests.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN article_input_digests.input_digest IS 'SHA-256 (hex) of the article''s raw text, normalised text, language, published date and offset map, NUL-separated.';
