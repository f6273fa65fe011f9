"""Dagster wiring for suanli: definitions, jobs, schedules, resources, settings and the CLI."""
