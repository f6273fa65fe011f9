"""Pure logic of suanli: text, extraction, feeds and mart math, free of any Dagster import."""
