"""Benchmarks for suanli: feed ingestion, incremental daily runs, orchestration, extraction.

`python -m bench` generates its own seeded data, runs every contender in its own subprocess (so
peak RSS is that contender's alone), prints one table and rewrites bench/README.md.
"""
