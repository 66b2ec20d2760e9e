-- Sponsorships as grants (S10, L9): activating a sponsorship issues a grant of the amount at the publisher's
-- tier; the rewards team records spend against it; the next sponsorship waits until it is spent or expired.
CREATE TABLE sponsorship_grants (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  publisher_id     uuid NOT NULL REFERENCES publishers (id),
  activation_id    uuid NOT NULL UNIQUE,
  benefit_id       text NOT NULL,
  amount_usd_cents bigint NOT NULL CHECK (amount_usd_cents > 0),
  spent_usd_cents  bigint NOT NULL DEFAULT 0 CHECK (spent_usd_cents BETWEEN 0 AND amount_usd_cents),
  issued_at        timestamptz NOT NULL,
  starts_at        timestamptz NOT NULL,
  expires_at       timestamptz NOT NULL CHECK (expires_at > starts_at),
  -- When the whole amount was recorded, or the rewards team marked it spent.
  spent_at         timestamptz,
  -- Why the rest will not be spent, when the rewards team marked it spent.
  spent_note       text,
  -- When the contacts were reminded that it expires unspent (once).
  reminded_at      timestamptz,
  program_version  text NOT NULL REFERENCES program_versions (version),
  UNIQUE (id, publisher_id),
  FOREIGN KEY (activation_id, publisher_id) REFERENCES activations (id, publisher_id)
);
CREATE INDEX sponsorship_grants_publisher ON sponsorship_grants (publisher_id, issued_at);
-- The reminder sweep reads open grants by expiry.
CREATE INDEX sponsorship_grants_open ON sponsorship_grants (expires_at) WHERE spent_at IS NULL AND reminded_at IS NULL;

CREATE TABLE sponsorship_spend (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  grant_id         uuid NOT NULL,
  publisher_id     uuid NOT NULL,
  amount_usd_cents bigint NOT NULL CHECK (amount_usd_cents > 0),
  spent_on         date NOT NULL,
  note             text NOT NULL DEFAULT '',
  recorded_by      uuid NOT NULL REFERENCES users (id),
  recorded_at      timestamptz NOT NULL,
  FOREIGN KEY (grant_id, publisher_id) REFERENCES sponsorship_grants (id, publisher_id)
);
CREATE INDEX sponsorship_spend_grant ON sponsorship_spend (grant_id, recorded_at);
