-- How each run of the pipeline ended, written when the run finishes (CLI or Dagster daemon).
-- A run log: one row per run by design, so reruns of a day add rows here and nowhere else.
CREATE TABLE IF NOT EXISTS pipeline_runs (
    run_id         VARCHAR NOT NULL,
    job_name       VARCHAR NOT NULL,
    partition_date DATE,
    partition_end  DATE,
    status         VARCHAR NOT NULL,
    failed_assets  VARCHAR[],
    error          VARCHAR,
    started_at     TIMESTAMP WITH TIME ZONE,
    finished_at    TIMESTAMP WITH TIME ZONE,
    recorded_by    VARCHAR NOT NULL
);
COMMENT ON TABLE pipeline_runs IS 'One row per finished pipeline run (schedule, backfill, UI or suanli run): its partition, outcome, failed assets and error. Written by the sensor record_pipeline_runs and by suanli run (pipelines/runs.py), not by an asset: a run cannot record its own end.';
COMMENT ON COLUMN pipeline_runs.run_id IS 'Dagster run id (see the run in the Dagster UI).';
COMMENT ON COLUMN pipeline_runs.job_name IS 'Dagster job that ran: daily_job, or __ASSET_JOB for assets materialized from the UI or an asset backfill.';
COMMENT ON COLUMN pipeline_runs.partition_date IS 'The day (partition) the run refreshed, or the first day of a multi-day backfill run; NULL for unpartitioned runs.';
COMMENT ON COLUMN pipeline_runs.partition_end IS 'The last day the run refreshed: partition_date for a one-day run, the range end for a single-run backfill.';
COMMENT ON COLUMN pipeline_runs.status IS 'success, failure or canceled.';
COMMENT ON COLUMN pipeline_runs.failed_assets IS 'Assets that failed to materialize in this run (their downstream assets were skipped).';
COMMENT ON COLUMN pipeline_runs.error IS 'First error message of the run, when it failed.';
COMMENT ON COLUMN pipeline_runs.started_at IS 'When the run started.';
COMMENT ON COLUMN pipeline_runs.finished_at IS 'When the run finished.';
COMMENT ON COLUMN pipeline_runs.recorded_by IS 'cli (suanli run) or sensor (runs launched by the Dagster daemon or UI: schedule, backfills, manual materializations).';

-- Which run each published snapshot holds. The row is written into the copy before it is published,
-- so every snapshot contains its own row: the latest row of a snapshot says what an analyst reads.
CREATE TABLE IF NOT EXISTS published_snapshots (
    run_id          VARCHAR NOT NULL,
    partition_start DATE,
    partition_end   DATE,
    file_name       VARCHAR NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
COMMENT ON TABLE published_snapshots IS 'One row per read-only snapshot published for analysts; the newest row in a snapshot describes that snapshot. Written by the asset warehouse_snapshot (assets/operations/warehouse_snapshot.py; suanli/publish.py) as it publishes.';
COMMENT ON COLUMN published_snapshots.run_id IS 'Dagster run that published the snapshot (all its assets had succeeded).';
COMMENT ON COLUMN published_snapshots.partition_start IS 'First day the publishing run refreshed.';
COMMENT ON COLUMN published_snapshots.partition_end IS 'Last day the publishing run refreshed (later than partition_start for a single-run backfill).';
COMMENT ON COLUMN published_snapshots.file_name IS 'Snapshot file under the snapshots directory (only the newest few are kept).';
COMMENT ON COLUMN published_snapshots.published_at IS 'When the snapshot was published.';
