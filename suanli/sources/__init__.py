"""Article sources on the web: RSS/Atom feeds and pages, fetched politely, landed raw, their
main text extracted into articles (no Dagster here)."""
