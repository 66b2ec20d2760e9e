-- The billed-sales ledger (issue 4): the feed's lines kept as sent, converted to USD by the rate of their billing
-- month, counted once whatever path they came by; companies that roll publisher profiles up (L2); the tier engine's
-- standings and history.

-- A company owns one or more publisher profiles; tiers are computed per company (L2).
CREATE TABLE companies (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL
);
ALTER TABLE publishers ADD COLUMN company_id uuid REFERENCES companies (id);
WITH made AS (
  INSERT INTO companies (id, name, created_at)
  SELECT id, company_name, created_at FROM publishers RETURNING id
)
UPDATE publishers p SET company_id = p.id FROM made WHERE made.id = p.id;
ALTER TABLE publishers ALTER COLUMN company_id SET NOT NULL;
CREATE INDEX publishers_company ON publishers (company_id);
-- Each publisher profile starts as a company of its own; profiles are rolled up into one company later.
CREATE FUNCTION publishers_own_company() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.company_id IS NULL THEN
    INSERT INTO companies (name, created_at) VALUES (NEW.company_name, NEW.created_at) RETURNING id INTO NEW.company_id;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER publishers_own_company BEFORE INSERT ON publishers FOR EACH ROW EXECUTE FUNCTION publishers_own_company();

-- The marketplace's own id of an offer, which the feed refers to; offers created through the API get their uuid.
ALTER TABLE offers ADD COLUMN external_id text;
UPDATE offers SET external_id = id::text;
ALTER TABLE offers ALTER COLUMN external_id SET NOT NULL;
ALTER TABLE offers ADD CONSTRAINT offers_external_id_key UNIQUE (external_id);
CREATE FUNCTION offers_external_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.external_id := coalesce(NEW.external_id, NEW.id::text);
  RETURN NEW;
END $$;
CREATE TRIGGER offers_external_id BEFORE INSERT ON offers FOR EACH ROW EXECUTE FUNCTION offers_external_id();

-- USD per unit of a currency, for a billing month. A rate once given is fixed: totals never move under a line.
CREATE TABLE currency_rates (
  currency     char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  month        date NOT NULL CHECK (extract(day FROM month) = 1),
  usd_per_unit numeric(24, 12) NOT NULL CHECK (usd_per_unit > 0),
  created_at   timestamptz NOT NULL,
  PRIMARY KEY (currency, month)
);

-- Lines arrive in batches (an API request, a chunk of a file); the tier engine folds each batch in exactly once.
CREATE TABLE ledger_batches (
  id         bigserial PRIMARY KEY,
  origin     text NOT NULL CHECK (origin IN ('api', 'import', 'migration')),
  created_at timestamptz NOT NULL,
  folded_at  timestamptz
);
CREATE INDEX ledger_batches_pending ON ledger_batches (id) WHERE folded_at IS NULL;

-- One row per line ever accepted, keyed by (source, line id): the one place a line is counted once. It also keeps
-- what the tier engine needs (publisher, USD, day, kind), so the engine never reads the wide lines.
CREATE TABLE ledger_keys (
  source       text NOT NULL,
  line_id      text NOT NULL,
  -- The batch a COPY writes is named once per transaction (SET LOCAL rewards.batch_id), not on every row.
  batch_id     bigint NOT NULL DEFAULT current_setting('rewards.batch_id')::bigint,
  publisher_id uuid NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('charge', 'refund', 'cancellation', 'fraud-reversal')),
  usd_cents    bigint NOT NULL,
  billed_on    date NOT NULL,
  reverses     text,
  -- Whether the line counts toward a tier: a charge or refund that no cancellation or fraud reversal voids (L6).
  -- Set false by the tier engine when it folds in the reversal (or the line, if the reversal came first).
  counts       boolean NOT NULL,
  -- FNV-1a of the line's content: the same key sent again with other content is a conflict, not a duplicate.
  digest       integer NOT NULL,
  PRIMARY KEY (source, line_id)
);
-- Batch ids only grow, so this index is appended to at its right edge: cheap to keep, and the fold finds a
-- batch's lines without reading the ledger.
CREATE INDEX ledger_keys_batch ON ledger_keys (batch_id);

-- The lines as sent, spread over 32 partitions by ranges of publisher id (its first hex digits): one publisher's
-- lines are read from one partition, and an import writes each partition's rows straight into it.
CREATE TABLE ledger_lines (
  source           text NOT NULL,
  line_id          text NOT NULL,
  batch_id         bigint NOT NULL DEFAULT current_setting('rewards.batch_id')::bigint,
  line_no          integer NOT NULL,
  publisher_id     uuid NOT NULL,
  offer_id         uuid,
  customer_id      text NOT NULL,
  customer_country char(2) NOT NULL,
  amount_minor     bigint NOT NULL,
  currency         char(3) NOT NULL,
  usd_cents        bigint NOT NULL,
  billed_on        date NOT NULL,
  kind             text NOT NULL,
  reverses         text,
  note             text,
  digest           integer NOT NULL DEFAULT 0
) PARTITION BY RANGE (publisher_id);
DO $$
BEGIN
  FOR i IN 0..31 LOOP
    EXECUTE format('CREATE TABLE ledger_lines_%s PARTITION OF ledger_lines FOR VALUES FROM (%s) TO (%s)',
      lpad(i::text, 2, '0'),
      CASE WHEN i = 0 THEN 'MINVALUE' ELSE quote_literal(lpad(to_hex(i * 8), 2, '0') || '000000-0000-0000-0000-000000000000') END,
      CASE WHEN i = 31 THEN 'MAXVALUE' ELSE quote_literal(lpad(to_hex((i + 1) * 8), 2, '0') || '000000-0000-0000-0000-000000000000') END);
  END LOOP;
END $$;

-- A cancellation or fraud reversal voids the line it names (L6), whichever of the two arrived first.
CREATE TABLE ledger_voids (
  source       text NOT NULL,
  line_id      text NOT NULL,
  publisher_id uuid NOT NULL,
  voided_by    text NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('cancellation', 'fraud-reversal')),
  PRIMARY KEY (source, line_id)
);

-- The sales entered before the ledger, kept as manual lines in USD.
WITH batch AS (
  INSERT INTO ledger_batches (origin, created_at) SELECT 'migration', now() WHERE EXISTS (SELECT 1 FROM billed_sales)
  RETURNING id
), moved AS (
  INSERT INTO ledger_keys (source, line_id, batch_id, publisher_id, kind, usd_cents, billed_on, counts, digest)
  SELECT 'manual', 'sale-' || s.id, batch.id, s.publisher_id, CASE WHEN s.amount_usd_cents < 0 THEN 'refund' ELSE 'charge' END,
         s.amount_usd_cents, s.billed_on, true, 0
  FROM billed_sales s, batch
  RETURNING batch_id
)
INSERT INTO ledger_lines (source, line_id, batch_id, line_no, publisher_id, customer_id, customer_country, amount_minor,
                          currency, usd_cents, billed_on, kind, note)
SELECT 'manual', 'sale-' || s.id, batch.id, 1, s.publisher_id, 'manual', 'ZZ', s.amount_usd_cents, 'USD',
       s.amount_usd_cents, s.billed_on, CASE WHEN s.amount_usd_cents < 0 THEN 'refund' ELSE 'charge' END, s.note
FROM billed_sales s, batch;
DROP TABLE billed_sales;

-- The tier engine: each company's standing as of the engine's day, and every tier change with its program version.
CREATE TABLE tier_engine (
  id              boolean PRIMARY KEY DEFAULT true CHECK (id),
  as_of           date,
  program_version text REFERENCES program_versions (version),
  recomputed_at   timestamptz
);
INSERT INTO tier_engine DEFAULT VALUES;

CREATE TABLE tier_standings (
  company_id    uuid PRIMARY KEY REFERENCES companies (id),
  ttm_usd_cents bigint NOT NULL,
  tier_id       text NOT NULL,
  updated_at    timestamptz NOT NULL
) WITH (fillfactor = 80);

CREATE TABLE tier_changes (
  id              bigserial PRIMARY KEY,
  company_id      uuid NOT NULL REFERENCES companies (id),
  from_tier       text NOT NULL,
  to_tier         text NOT NULL,
  ttm_usd_cents   bigint NOT NULL,
  as_of           date NOT NULL,
  program_version text NOT NULL REFERENCES program_versions (version),
  cause           text NOT NULL CHECK (cause IN ('lines', 'recompute')),
  changed_at      timestamptz NOT NULL,
  applied_at      timestamptz
);
CREATE INDEX tier_changes_company ON tier_changes (company_id, id);
CREATE INDEX tier_changes_unapplied ON tier_changes (id) WHERE applied_at IS NULL;

-- Imports from files: where each one is, so that a re-run after a crash carries on instead of starting over.
CREATE TABLE imports (
  id          bigserial PRIMARY KEY,
  kind        text NOT NULL CHECK (kind IN ('billed-sales', 'offers', 'currency-rates')),
  file_name   text NOT NULL,
  file_sha256 text NOT NULL,
  lines_done  integer NOT NULL DEFAULT 0,
  accepted    integer NOT NULL DEFAULT 0,
  duplicate   integer NOT NULL DEFAULT 0,
  rejected    integer NOT NULL DEFAULT 0,
  started_at  timestamptz NOT NULL,
  finished_at timestamptz,
  UNIQUE (kind, file_sha256)
);

CREATE TABLE import_rejects (
  import_id bigint NOT NULL REFERENCES imports (id),
  line_no   integer NOT NULL,
  code      text NOT NULL,
  field     text,
  detail    text NOT NULL,
  PRIMARY KEY (import_id, line_no, code)
);

-- Idempotency-Key (IETF httpapi draft): the first answer for a caller's key, replayed for the same request.
CREATE TABLE idempotency_keys (
  caller        text NOT NULL,
  key           text NOT NULL,
  request_hash  text NOT NULL,
  status_code   integer NOT NULL,
  response      jsonb NOT NULL,
  created_at    timestamptz NOT NULL,
  PRIMARY KEY (caller, key)
);
