"""Dagster assets: thin wiring around the pure logic in `suanli`."""
