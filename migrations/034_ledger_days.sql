-- A publisher's pages read figures the tier engine keeps, not every line (issue 18): each profile's lines summed by
-- billing day, as they count once every batch is folded (L6: a charge or refund counts unless a reversal of its own
-- publisher voids it; a reversal never counts). The months, the trailing total, the pace and the number of lines of
-- a page are sums of at most a few hundred of these rows, whatever the number of lines. The engine writes them as
-- it folds each batch (features/tiers); kept by profile, not company, they stay true when a profile moves.
CREATE TABLE ledger_days (
  publisher_id       uuid NOT NULL,
  day                date NOT NULL,
  -- Charges and refunds not voided: their USD cents and their number.
  counted_usd_cents  bigint NOT NULL,
  counted_lines      integer NOT NULL,
  -- Voided charges and refunds (their USD cents), and every line that does not count (voided, or a reversal).
  excluded_usd_cents bigint NOT NULL,
  excluded_lines     integer NOT NULL,
  -- The batches the day's lines are in, first and last: a page of lines reads those batches' rows of the publisher.
  first_batch_id     bigint,
  last_batch_id      bigint,
  PRIMARY KEY (publisher_id, day)
);

-- What the lines of folded batches make, less what the recorded voids took away.
INSERT INTO ledger_days (publisher_id, day, counted_usd_cents, counted_lines, excluded_usd_cents, excluded_lines,
                         first_batch_id, last_batch_id)
SELECT publisher_id, day, sum(counted_usd), sum(counted), sum(excluded_usd), sum(excluded), min(first), max(last)
FROM (
  SELECT l.publisher_id, l.billed_on AS day,
         coalesce(sum(l.usd_cents) FILTER (WHERE l.kind IN ('charge', 'refund')), 0) AS counted_usd,
         count(*) FILTER (WHERE l.kind IN ('charge', 'refund')) AS counted,
         0 AS excluded_usd,
         count(*) FILTER (WHERE l.kind NOT IN ('charge', 'refund')) AS excluded,
         min(l.batch_id) AS first, max(l.batch_id) AS last
  FROM ledger_lines l JOIN ledger_batches b ON b.id = l.batch_id AND b.folded_at IS NOT NULL
  GROUP BY 1, 2
  UNION ALL
  SELECT v.publisher_id, v.billed_on, -sum(v.usd_cents), -count(*), sum(v.usd_cents), count(*), NULL, NULL
  FROM ledger_voids v WHERE v.usd_cents IS NOT NULL
  GROUP BY 1, 2
) x
GROUP BY 1, 2;

-- A page of a publisher's lines is read from the batches its days name: an index on (batch, publisher) is written
-- at its right end as batches arrive (their ids only grow), where one led by the publisher would be written all
-- over (measured: the import of 10,000,000 lines at half the speed), and BRIN indexes read their whole summary on
-- every probe, which grows with the table. The lines that do not count are found by indexes of their own:
-- reversals, and the lines voids took away (a few in a hundred).
CREATE INDEX ledger_lines_batch_publisher ON ledger_lines (batch_id, publisher_id, billed_on);
CREATE INDEX ledger_lines_publisher_reversals ON ledger_lines (publisher_id, billed_on, line_id)
  WHERE kind IN ('cancellation', 'fraud-reversal');
CREATE INDEX ledger_voids_publisher_day ON ledger_voids (publisher_id, billed_on, line_id) WHERE usd_cents IS NOT NULL;

-- The first day the days are kept from: a file import that brought most of the ledger builds them for its window
-- only (the pages read no earlier day); null: every day, as built above.
ALTER TABLE tier_engine ADD COLUMN days_from date;

-- The import analyzes the days after a large file, as it does the lines.
CREATE OR REPLACE FUNCTION analyze_ledger_table(name text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF name NOT IN ('ledger_lines', 'ledger_batches', 'ledger_voids', 'ledger_days') THEN
    RAISE EXCEPTION '% is not one of the ledger''s tables', name;
  END IF;
  EXECUTE format('ANALYZE (SKIP_LOCKED) %I', name);
END $$;
REVOKE ALL ON FUNCTION analyze_ledger_table(text) FROM PUBLIC;
