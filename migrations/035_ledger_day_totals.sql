-- Day totals of the publishers with many lines (issue 18). A publisher's explanation and the count of its lines
-- summed every line it has: 450,000 for the biggest of the benchmark, 0.4-0.9 s a view. Kept for every publisher,
-- day totals would be 5,300,000 rows for 10,000,000 lines (32 s to build, 1.6 s to add 100,000 lines); kept for the
-- publishers with thousands of lines (a hundred, holding a third of the lines), a fold adds a few hundred rows.
-- A publisher's totals are of its folded lines, with the voids the tier engine folded (ledger_voids.usd_cents):
-- written by the same transactions as the tier engine's standings, under its lock (src/usecases/day-totals.ts).
CREATE TABLE ledger_day_publishers (
  publisher_id uuid PRIMARY KEY,
  summed_at    timestamptz NOT NULL
);

CREATE TABLE ledger_day_totals (
  publisher_id       uuid NOT NULL,
  billed_on          date NOT NULL,
  -- Charges and refunds that count, in USD cents, and how many lines.
  counted_usd_cents  bigint NOT NULL,
  counted_lines      integer NOT NULL,
  -- Charges and refunds a cancellation or fraud reversal voids (their USD cents), and the lines that do not count:
  -- those, and the reversals themselves.
  excluded_usd_cents bigint NOT NULL,
  excluded_lines     integer NOT NULL,
  PRIMARY KEY (publisher_id, billed_on)
);
