-- The program's core: publishers, users, offers, eligibility facts, contacts, activations, requests, tasks.
-- Every tenant-owned row carries publisher_id, and references within a tenant include it, so a row can never
-- point at another publisher's row (and the schema can be distributed by publisher_id later).

CREATE TABLE program_versions (
  version        text PRIMARY KEY,
  effective_from date NOT NULL UNIQUE,
  document       jsonb NOT NULL,
  sha256         text NOT NULL,
  source_file    text NOT NULL,
  loaded_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE publishers (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  mpn_id        text NOT NULL UNIQUE CHECK (mpn_id ~ '^[0-9]{1,12}$'),
  company_name  text NOT NULL CHECK (length(company_name) BETWEEN 1 AND 200),
  account_email text NOT NULL,
  created_at    timestamptz NOT NULL
);

CREATE TABLE users (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  publisher_id   uuid REFERENCES publishers (id),
  email          text NOT NULL,
  display_name   text NOT NULL,
  role           text NOT NULL CHECK (role IN
                   ('publisher-owner', 'publisher-admin', 'publisher-member', 'rewards-team', 'program-admin')),
  active         boolean NOT NULL DEFAULT true,
  created_at     timestamptz NOT NULL,
  deactivated_at timestamptz,
  CHECK ((publisher_id IS NULL) = (role IN ('rewards-team', 'program-admin'))),
  UNIQUE (id, publisher_id)
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_publisher ON users (publisher_id);

CREATE TABLE offers (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  publisher_id  uuid NOT NULL REFERENCES publishers (id),
  name          text NOT NULL,
  marketplace   text NOT NULL CHECK (marketplace IN ('appsource', 'azure-marketplace')),
  listing_option text NOT NULL,
  private       boolean NOT NULL DEFAULT false,
  co_sell_ready boolean NOT NULL DEFAULT false,
  markets       text[] NOT NULL DEFAULT '{}',
  owner_user_id uuid,
  status        text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'live', 'delisted')),
  live_at       timestamptz,
  delisted_at   timestamptz,
  created_at    timestamptz NOT NULL,
  UNIQUE (id, publisher_id),
  FOREIGN KEY (owner_user_id, publisher_id) REFERENCES users (id, publisher_id),
  CHECK (status = 'draft' OR live_at IS NOT NULL)
);
CREATE INDEX offers_publisher ON offers (publisher_id);

-- Billed sales as a plain table of USD amounts; the billed-sales ledger (with the feed's lines) replaces it.
CREATE TABLE billed_sales (
  id               bigserial PRIMARY KEY,
  publisher_id     uuid NOT NULL REFERENCES publishers (id),
  amount_usd_cents bigint NOT NULL,
  billed_on        date NOT NULL,
  note             text,
  created_at       timestamptz NOT NULL
);
CREATE INDEX billed_sales_publisher_day ON billed_sales (publisher_id, billed_on);

-- Benefits once unlocked stay unlocked (L6) unless revoked for cause.
CREATE TABLE benefit_unlocks (
  publisher_id    uuid NOT NULL REFERENCES publishers (id),
  benefit_id      text NOT NULL,
  unlocked_at     timestamptz NOT NULL,
  tier_id         text NOT NULL,
  listing_type    text NOT NULL CHECK (listing_type IN ('list', 'trial', 'consulting', 'transact')),
  program_version text NOT NULL REFERENCES program_versions (version),
  revoked_at      timestamptz,
  revoked_reason  text,
  PRIMARY KEY (publisher_id, benefit_id)
);

CREATE TABLE marketing_contacts (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  publisher_id uuid NOT NULL REFERENCES publishers (id),
  user_id      uuid NOT NULL,
  email        text NOT NULL,
  phone_e164   text NOT NULL CHECK (phone_e164 ~ '^\+[1-9][0-9]{6,14}$'),
  language     text NOT NULL,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL,
  UNIQUE (publisher_id, user_id),
  FOREIGN KEY (user_id, publisher_id) REFERENCES users (id, publisher_id)
);

CREATE TABLE activations (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  publisher_id    uuid NOT NULL REFERENCES publishers (id),
  benefit_id      text NOT NULL,
  period_start    timestamptz NOT NULL,
  status          text NOT NULL DEFAULT 'requested'
                    CHECK (status IN ('requested', 'in-progress', 'fulfilled', 'cancelled')),
  requested_by    uuid NOT NULL REFERENCES users (id),
  program_version text NOT NULL REFERENCES program_versions (version),
  created_at      timestamptz NOT NULL,
  UNIQUE (id, publisher_id)
);
-- Activating the same benefit twice in one benefit period is the same activation (S8).
CREATE UNIQUE INDEX activations_once_per_period ON activations (publisher_id, benefit_id, period_start)
  WHERE status <> 'cancelled';

CREATE TABLE technical_requests (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  publisher_id uuid NOT NULL REFERENCES publishers (id),
  offer_id     uuid NOT NULL,
  stage        text NOT NULL CHECK (stage IN ('presales', 'design', 'deployment', 'application-development')),
  solution     text NOT NULL CHECK (solution IN ('cloud', 'hybrid')),
  description  text NOT NULL,
  status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'closed')),
  requested_by uuid NOT NULL REFERENCES users (id),
  created_at   timestamptz NOT NULL,
  UNIQUE (id, publisher_id),
  FOREIGN KEY (offer_id, publisher_id) REFERENCES offers (id, publisher_id)
);

CREATE TABLE support_tickets (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  publisher_id uuid NOT NULL REFERENCES publishers (id),
  offer_id     uuid,
  subject      text NOT NULL,
  description  text NOT NULL,
  status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'closed')),
  opened_by    uuid NOT NULL REFERENCES users (id),
  created_at   timestamptz NOT NULL,
  UNIQUE (id, publisher_id),
  FOREIGN KEY (offer_id, publisher_id) REFERENCES offers (id, publisher_id)
);

-- The rewards team's work: each task has a clock (due_at) that a logged contact closes.
CREATE TABLE tasks (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  publisher_id         uuid NOT NULL REFERENCES publishers (id),
  kind                 text NOT NULL CHECK (kind IN ('activation', 'technical-request', 'welcome', 'support-ticket')),
  activation_id        uuid,
  technical_request_id uuid,
  offer_id             uuid,
  support_ticket_id    uuid,
  status               text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'contacted', 'done', 'cancelled')),
  due_at               timestamptz NOT NULL,
  contacted_at         timestamptz,
  created_at           timestamptz NOT NULL,
  FOREIGN KEY (activation_id, publisher_id) REFERENCES activations (id, publisher_id),
  FOREIGN KEY (technical_request_id, publisher_id) REFERENCES technical_requests (id, publisher_id),
  FOREIGN KEY (offer_id, publisher_id) REFERENCES offers (id, publisher_id),
  FOREIGN KEY (support_ticket_id, publisher_id) REFERENCES support_tickets (id, publisher_id),
  CHECK (num_nonnulls(activation_id, technical_request_id, support_ticket_id) <= 1),
  CHECK (kind <> 'welcome' OR offer_id IS NOT NULL)
);
CREATE INDEX tasks_open_due ON tasks (due_at) WHERE status = 'open';
CREATE INDEX tasks_publisher ON tasks (publisher_id);
CREATE UNIQUE INDEX tasks_one_welcome_per_offer ON tasks (offer_id) WHERE kind = 'welcome';
CREATE UNIQUE INDEX tasks_one_per_activation ON tasks (activation_id) WHERE activation_id IS NOT NULL;

CREATE TABLE task_contacts (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  task_id      uuid NOT NULL REFERENCES tasks (id),
  publisher_id uuid NOT NULL REFERENCES publishers (id),
  channel      text NOT NULL CHECK (channel IN ('email', 'phone', 'meeting', 'other')),
  note         text NOT NULL,
  contacted_by uuid NOT NULL REFERENCES users (id),
  contacted_at timestamptz NOT NULL
);
CREATE INDEX task_contacts_task ON task_contacts (task_id);

-- The outbox: every message a person should get, queued in the transaction of the event that causes it.
CREATE TABLE notifications (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  publisher_id    uuid REFERENCES publishers (id),
  dedupe_key      text NOT NULL UNIQUE,
  kind            text NOT NULL,
  recipient_email text NOT NULL,
  language        text NOT NULL,
  payload         jsonb NOT NULL,
  status          text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  created_at      timestamptz NOT NULL,
  sent_at         timestamptz
);
CREATE INDEX notifications_publisher ON notifications (publisher_id);
