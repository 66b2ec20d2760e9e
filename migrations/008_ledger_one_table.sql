-- The ledger in one table (issue 4's benchmark): each line is written once, keyed by (source, line id), instead of
-- twice (ledger_keys for the key and the tier engine, ledger_lines partitioned by publisher for reading). What the
-- second table and its indexes gave is kept at a fraction of the cost:
--   * a publisher's lines: rows are written grouped by publisher within each batch, and a BRIN index on the
--     publisher id reads only the few page ranges of each batch that can hold them;
--   * a batch's lines for the tier engine: batches only grow, so a BRIN index on the batch id finds them;
--   * voids: a line is never updated; the tier engine records in ledger_voids the amount a void takes away.
-- The key is compared as bytes (COLLATE "C"): it is an identifier, not words to sort for a reader. A line sent
-- again is told from a conflicting one by comparing its columns, not a digest: exact, and nothing more to write.

CREATE TABLE ledger (
  batch_id         bigint NOT NULL DEFAULT current_setting('rewards.batch_id')::bigint,
  usd_cents        bigint NOT NULL,
  amount_minor     bigint NOT NULL,
  billed_on        date NOT NULL,
  publisher_id     uuid NOT NULL,
  offer_id         uuid,
  source           text COLLATE "C" NOT NULL,
  line_id          text COLLATE "C" NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('charge', 'refund', 'cancellation', 'fraud-reversal')),
  customer_id      text NOT NULL,
  customer_country char(2) NOT NULL,
  currency         char(3) NOT NULL,
  reverses         text,
  note             text
);

INSERT INTO ledger (batch_id, usd_cents, amount_minor, billed_on, publisher_id, offer_id, source, line_id, kind,
                    customer_id, customer_country, currency, reverses, note)
SELECT k.batch_id, l.usd_cents, l.amount_minor, l.billed_on, l.publisher_id, l.offer_id, l.source, l.line_id,
       l.kind, l.customer_id, l.customer_country, l.currency, l.reverses, l.note
FROM ledger_lines l JOIN ledger_keys k USING (source, line_id)
ORDER BY k.batch_id, l.publisher_id;

-- A void that takes a counted line away keeps the line's amount and day: the tier engine subtracts them. Its
-- key is the voided line's, compared the same way, and the reversing publisher's: only a publisher's own reversal
-- voids its line (L6), so another publisher's reversal naming it must not take its place.
ALTER TABLE ledger_voids ADD COLUMN usd_cents bigint, ADD COLUMN billed_on date,
  ALTER COLUMN source TYPE text COLLATE "C", ALTER COLUMN line_id TYPE text COLLATE "C",
  DROP CONSTRAINT ledger_voids_pkey, ADD PRIMARY KEY (source, line_id, publisher_id);
UPDATE ledger_voids v SET usd_cents = k.usd_cents, billed_on = k.billed_on
FROM ledger_keys k
WHERE NOT v.pending AND k.source = v.source AND k.line_id = v.line_id AND k.publisher_id = v.publisher_id
  AND k.kind IN ('charge', 'refund');

DROP TABLE ledger_keys;
DROP TABLE ledger_lines;
ALTER TABLE ledger RENAME TO ledger_lines;
ALTER TABLE ledger_lines ADD PRIMARY KEY (source, line_id);
CREATE INDEX ledger_lines_batch ON ledger_lines USING brin (batch_id) WITH (pages_per_range = 8);
CREATE INDEX ledger_lines_publisher ON ledger_lines USING brin (publisher_id) WITH (pages_per_range = 8);
-- Cancellations and fraud reversals are about one line in a hundred: the tier engine finds a batch's by this index.
CREATE INDEX ledger_lines_reversals ON ledger_lines (batch_id) WHERE kind IN ('cancellation', 'fraud-reversal');
-- A BRIN index reads every range not yet summarized, and VACUUM summarizes them: vacuum after each 1% of new lines
-- (PostgreSQL's default waits for 20%, two million lines of a ten-million-line ledger).
ALTER TABLE ledger_lines SET (autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_vacuum_insert_threshold = 10000);

-- A publisher profile's own company takes the profile's id (as migration 004 made them), so that the tier engine
-- maps a line's publisher to its company without a look-up, except for the few profiles rolled up into another
-- company (this index).
CREATE OR REPLACE FUNCTION publishers_own_company() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.company_id IS NULL THEN
    INSERT INTO companies (id, name, created_at) VALUES (NEW.id, NEW.company_name, NEW.created_at);
    NEW.company_id := NEW.id;
  END IF;
  RETURN NEW;
END $$;
CREATE INDEX publishers_rolled_up ON publishers (id, company_id) WHERE company_id <> id;

-- The tier engine's own tables are written in bulk from rows it joined to companies and to the program in force,
-- and neither companies nor program versions are ever deleted: a foreign key check per row (a query each) was most
-- of the time of a first recompute of a large ledger.
ALTER TABLE tier_standings DROP CONSTRAINT tier_standings_company_id_fkey;
ALTER TABLE tier_changes DROP CONSTRAINT tier_changes_company_id_fkey,
  DROP CONSTRAINT tier_changes_program_version_fkey;

-- Standings were computed by the same rule; a recompute on the next fold confirms them.
UPDATE tier_engine SET as_of = NULL;
