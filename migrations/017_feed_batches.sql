-- What each billed-sales batch sent through the API was (POST /billed-sales/batches), written in the batch's own
-- transaction: who sent it (a person, or an API token and the admin who made it), when, how many lines and what
-- became of them, the USD the written lines came to, and each rejected line with its number and reason. A file
-- import keeps the same in imports and import_rejects; the feed's history (GET /feed/deliveries) reads both.
-- Before, an API batch left only its lines: one that wrote nothing left no trace, and its rejects went back to the
-- caller alone.
CREATE TABLE feed_batches (
  id                 bigserial PRIMARY KEY,
  -- The ledger's batch of the lines written; null when the batch wrote none (all duplicates or rejected).
  ledger_batch_id    bigint REFERENCES ledger_batches (id),
  received_at        timestamptz NOT NULL,
  user_id            uuid NOT NULL REFERENCES users (id),
  token_id           uuid REFERENCES api_tokens (id),
  idempotency_key    text NOT NULL,
  lines              integer NOT NULL,
  accepted           integer NOT NULL,
  duplicate          integer NOT NULL,
  rejected           integer NOT NULL,
  accepted_usd_cents bigint NOT NULL,
  CHECK (lines = accepted + duplicate + rejected)
);
-- No index on the time: the history sorts both lists together by the millisecond (its cursor's precision), which no
-- index of either table gives; a row is a batch or a file, not a line, so the sort is of thousands of rows.

CREATE TABLE feed_batch_rejects (
  batch_id bigint NOT NULL REFERENCES feed_batches (id),
  line_no  integer NOT NULL,
  line_id  text,
  code     text NOT NULL,
  field    text,
  detail   text NOT NULL,
  PRIMARY KEY (batch_id, line_no, code)
);
