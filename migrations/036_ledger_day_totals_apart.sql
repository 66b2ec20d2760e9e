-- Day totals kept apart from the tier engine's fold (issue 18): adding a fold's lines to them cost about 75 ms of a
-- 100,000-line fold, in the engine's transaction and under its lock. A job now adds them after the fold commits
-- (src/usecases/day-totals.ts), with a mark of its own on what it has added: a batch's `summed_at`, and a void's
-- `summed` (false from the fold that took its line away until the job moves that line from counted to excluded).
-- Until the job has added every batch, the pages read lines as before.
ALTER TABLE ledger_batches ADD COLUMN summed_at timestamptz;
UPDATE ledger_batches SET summed_at = folded_at WHERE folded_at IS NOT NULL;
CREATE INDEX ledger_batches_unsummed ON ledger_batches (id) WHERE summed_at IS NULL;

ALTER TABLE ledger_voids ADD COLUMN summed boolean NOT NULL DEFAULT true;
CREATE INDEX ledger_voids_unsummed ON ledger_voids (publisher_id) WHERE NOT summed;
