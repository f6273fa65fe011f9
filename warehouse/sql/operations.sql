-- How each run of the pipeline ended, written when the run finishes (CLI or Dagster daemon).
CREATE TABLE IF NOT EXISTS pipeline_runs (
    run_id          VARCHAR NOT NULL,
    job_name        VARCHAR NOT NULL,
    partition_date  DATE,
    status          VARCHAR NOT NULL,
    failed_assets   VARCHAR[],
    error           VARCHAR,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE,
    recorded_by     VARCHAR NOT NULL
);
COMMENT ON TABLE pipeline_runs IS 'One row per finished pipeline run: its partition, outcome, failed assets and error.';
COMMENT ON COLUMN pipeline_runs.run_id IS 'Dagster run id (see the run in the Dagster UI).';
COMMENT ON COLUMN pipeline_runs.job_name IS 'Dagster job that ran, e.g. daily_job.';
COMMENT ON COLUMN pipeline_runs.partition_date IS 'The day (partition) the run refreshed; NULL for unpartitioned runs.';
COMMENT ON COLUMN pipeline_runs.status IS 'success or failure.';
COMMENT ON COLUMN pipeline_runs.failed_assets IS 'Assets whose step failed in this run.';
COMMENT ON COLUMN pipeline_runs.error IS 'First error message of the run, when it failed.';
COMMENT ON COLUMN pipeline_runs.started_at IS 'When the run started.';
COMMENT ON COLUMN pipeline_runs.finished_at IS 'When the run finished.';
COMMENT ON COLUMN pipeline_runs.recorded_by IS 'cli (suanli run) or sensor (runs launched by the daemon, e.g. the schedule).';
