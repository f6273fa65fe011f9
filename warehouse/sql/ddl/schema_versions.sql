-- Which version of each DDL file in warehouse/sql/ddl the database was last brought up to. Written
-- by suanli.db.apply_ddl, which skips a file whose content hash is recorded here and re-runs it
-- when the file changed (new tables, ALTERs, replaced views and macros, new comments). The row
-- travels with the database file, so copies and snapshots know their own schema version.
CREATE TABLE IF NOT EXISTS suanli_schema_versions (
    ddl_file   VARCHAR PRIMARY KEY,
    sha256     VARCHAR NOT NULL,
    applied_at TIMESTAMP WITH TIME ZONE NOT NULL
);
COMMENT ON TABLE suanli_schema_versions IS 'Bookkeeping: the version of each DDL file (warehouse/sql/ddl/*.sql) last applied to this database. Delete a row to have its file re-applied on the next run. Written by suanli.db.apply_ddl (suanli/db.py), which every writer calls before writing.';
COMMENT ON COLUMN suanli_schema_versions.ddl_file IS 'DDL file name under warehouse/sql/ddl, e.g. marts.sql.';
COMMENT ON COLUMN suanli_schema_versions.sha256 IS 'SHA-256 of the file''s bytes when it was applied; a different hash means the file changed and is applied again.';
COMMENT ON COLUMN suanli_schema_versions.applied_at IS 'When that version of the file was applied.';
