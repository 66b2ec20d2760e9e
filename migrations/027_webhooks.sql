-- Webhooks (the Standard Webhooks specification): subscriptions, the events they follow, and each event's delivery
-- to each subscription, written in the transaction of the change like mail (the outbox) and sent by the workers.
--
-- Distribution by publisher: a publisher's events, deliveries and their log carry publisher_id in every key and in
-- every reference between them. Subscriptions are configuration, few and read by every event's fan-out: under
-- Citus a reference table (a program admin's program-wide subscription has no publisher, publisher_id NULL, and
-- receives every publisher's events). The program's own events (program.published, a test sent to a program-wide
-- subscription) belong to no publisher: their deliveries are in webhook_program_deliveries, also a small table.

CREATE TABLE webhook_subscriptions (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- NULL: program-wide (program admins only): every publisher's events and the program's own.
  publisher_id           uuid REFERENCES publishers (id),
  url                    text NOT NULL,
  description            text NOT NULL DEFAULT '',
  event_types            text[] NOT NULL CHECK (cardinality(event_types) > 0),
  -- The signing secret (whsec_...), sealed (AES-256-GCM under WEBHOOK_SECRET_KEY, or plain: without it); the
  -- worker must read it to sign, so it is kept whole, never hashed; it is shown once, at creation and rotation.
  secret                 text NOT NULL,
  -- After a rotation the old secret signs too until previous_secret_until (the overlap), then it is dropped.
  previous_secret        text,
  previous_secret_until  timestamptz,
  enabled                boolean NOT NULL DEFAULT true,
  disabled_at            timestamptz,
  disabled_reason        text CHECK (disabled_reason IN ('by-hand', 'failing', 'gone')),
  -- Deliveries that failed for good in a row; the next success resets it. WEBHOOK_DISABLE_AFTER of them disable.
  consecutive_failures   integer NOT NULL DEFAULT 0,
  created_by             uuid NOT NULL REFERENCES users (id),
  created_at             timestamptz NOT NULL,
  updated_at             timestamptz NOT NULL,
  CHECK (enabled = (disabled_at IS NULL))
);
CREATE INDEX webhook_subscriptions_publisher ON webhook_subscriptions (publisher_id, created_at);

-- One row per event of a publisher: its id is the webhook-id of every delivery of it (stable across retries and
-- redeliveries); the body is the exact JSON that is signed and sent.
CREATE TABLE webhook_events (
  publisher_id  uuid NOT NULL REFERENCES publishers (id),
  id            uuid NOT NULL DEFAULT gen_random_uuid(),
  type          text NOT NULL,
  body          text NOT NULL,
  occurred_at   timestamptz NOT NULL,
  -- What the event is about (a change's own identity): the same change emitted twice is one event.
  dedupe_key    text NOT NULL,
  PRIMARY KEY (publisher_id, id),
  UNIQUE (publisher_id, dedupe_key)
);

-- The delivery of one event to one subscription: its state, the attempts and the receiver's last answer; the
-- attempt log keeps every attempt's time, status code (or error) and duration.
CREATE TABLE webhook_deliveries (
  publisher_id      uuid NOT NULL,
  id                uuid NOT NULL DEFAULT gen_random_uuid(),
  event_id          uuid NOT NULL,
  subscription_id   uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  event_type        text NOT NULL,
  body              text NOT NULL,
  status            text NOT NULL DEFAULT 'queued'
                    CHECK (status IN ('queued', 'sending', 'delivered', 'failed', 'cancelled')),
  attempts          integer NOT NULL DEFAULT 0,
  next_attempt_at   timestamptz NOT NULL DEFAULT now(),
  last_attempt_at   timestamptz,
  -- The worker process sending it (platform/jobs.ts process key): its claim dies with the process.
  sending_by        text,
  last_status_code  integer,
  last_error        text,
  attempt_log       jsonb NOT NULL DEFAULT '[]',
  created_at        timestamptz NOT NULL,
  delivered_at      timestamptz,
  PRIMARY KEY (publisher_id, id),
  UNIQUE (publisher_id, event_id, subscription_id),
  FOREIGN KEY (publisher_id, event_id) REFERENCES webhook_events (publisher_id, id)
);
CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries (subscription_id, created_at DESC);
CREATE INDEX webhook_deliveries_pending ON webhook_deliveries (next_attempt_at) WHERE status IN ('queued', 'sending');

-- The deliveries of the program's own events (no publisher): the same columns, the event inline.
CREATE TABLE webhook_program_deliveries (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id          uuid NOT NULL,
  subscription_id   uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  event_type        text NOT NULL,
  body              text NOT NULL,
  status            text NOT NULL DEFAULT 'queued'
                    CHECK (status IN ('queued', 'sending', 'delivered', 'failed', 'cancelled')),
  attempts          integer NOT NULL DEFAULT 0,
  next_attempt_at   timestamptz NOT NULL DEFAULT now(),
  last_attempt_at   timestamptz,
  sending_by        text,
  last_status_code  integer,
  last_error        text,
  attempt_log       jsonb NOT NULL DEFAULT '[]',
  created_at        timestamptz NOT NULL,
  delivered_at      timestamptz,
  UNIQUE (event_id, subscription_id)
);
CREATE INDEX webhook_program_deliveries_subscription ON webhook_program_deliveries (subscription_id, created_at DESC);
CREATE INDEX webhook_program_deliveries_pending ON webhook_program_deliveries (next_attempt_at)
  WHERE status IN ('queued', 'sending');

-- The sweep tells that a one-time benefit expired (benefit.expired) and that a grant expired (sponsorship.expired)
-- once each: when it did is kept on the row.
ALTER TABLE benefit_unlocks ADD COLUMN expired_told_at timestamptz;
ALTER TABLE sponsorship_grants ADD COLUMN expired_told_at timestamptz;
-- Those that expired before this migration are not told now.
UPDATE benefit_unlocks SET expired_told_at = expires_at WHERE expires_at < now();
UPDATE sponsorship_grants SET expired_told_at = expires_at WHERE expires_at < now();
