-- A publisher's lines in order of their day (issue 18). The pages of billed sales read a publisher's own entries
-- here: through the BRIN index on the publisher they read one range of pages in every batch of the ledger (about
-- 1,600 pages, 80-130 ms, for a publisher of 17 lines among 10,000,000). A file import that more than doubles the
-- ledger writes its lines without this index and builds it again at its end (`ledger_publisher_index`): kept up
-- while 10,000,000 lines were written, the import ran at 0.15 of keyed COPY's speed; a sorted build takes 10 s.
CREATE INDEX ledger_lines_by_publisher ON ledger_lines (publisher_id, billed_on, line_id);
-- It replaces the BRIN index on the publisher: one index less to keep up and to summarize after a large import. While
-- a large import has the B-tree dropped, a page of a publisher reads the whole ledger (a first import, once).
DROP INDEX ledger_lines_publisher;

-- A page of a publisher's excluded lines reads them in order from their own two indexes: its cancellations and fraud
-- reversals, and the lines voids took from it. Read among its lines, 50 excluded of a publisher of 451,825 lines took
-- 10 ms (one line in fifty is excluded), against 1 ms for a publisher of 17.
CREATE INDEX ledger_lines_reversals_by_publisher ON ledger_lines (publisher_id, billed_on, line_id)
  WHERE kind IN ('cancellation', 'fraud-reversal');
CREATE INDEX ledger_voids_taken ON ledger_voids (publisher_id, billed_on, line_id) WHERE usd_cents IS NOT NULL;

-- A publisher's voids, so that its pages join its own voids only (not a hash of all the ledger's voids: 25 ms of a
-- small publisher's explanation), and still look a line's void up by its key.
CREATE INDEX ledger_voids_publisher ON ledger_voids (publisher_id, source, line_id);

-- Drops (wanted false) or builds (wanted true, when missing) the index above, as the table's owner, for the
-- service's role, which owns no table. Answers false when the table's lock was not free within half a second (an
-- autovacuum at work, a long read): the caller tries again later. Waiting longer would make PostgreSQL cancel an
-- autovacuum, which can leave a BRIN range unsummarized (platform/db/maintenance.ts).
-- While the index is dropped, autovacuum is off for the table: the build at the end then finds its lock free
-- instead of waiting out a vacuum of the new lines (40 s after 10,000,000 lines, measured), and the build
-- summarizes the BRIN ranges of the new pages (the batch's index), as the vacuums would have, before autovacuum is
-- on again.
CREATE FUNCTION ledger_publisher_index(wanted boolean) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp SET lock_timeout = '500ms' SET maintenance_work_mem = '512MB' AS $$
BEGIN
  IF wanted THEN
    -- Looked up first: CREATE INDEX IF NOT EXISTS would take the table's lock even when the index is there.
    IF to_regclass('ledger_lines_by_publisher') IS NULL THEN
      CREATE INDEX ledger_lines_by_publisher ON ledger_lines (publisher_id, billed_on, line_id);
    END IF;
    IF 'autovacuum_enabled=false' = ANY (coalesce((SELECT reloptions FROM pg_class WHERE oid = 'ledger_lines'::regclass), '{}')) THEN
      PERFORM brin_summarize_new_values('ledger_lines_batch'::regclass);
      ALTER TABLE ledger_lines RESET (autovacuum_enabled);
    END IF;
  ELSE
    ALTER TABLE ledger_lines SET (autovacuum_enabled = false);
    DROP INDEX IF EXISTS ledger_lines_by_publisher;
  END IF;
  RETURN true;
EXCEPTION
  WHEN lock_not_available THEN
    RETURN false;
  -- Another import built it in the same moment.
  WHEN duplicate_table OR unique_violation THEN
    RETURN true;
END $$;
REVOKE ALL ON FUNCTION ledger_publisher_index(boolean) FROM PUBLIC;
