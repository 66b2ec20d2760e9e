-- Conversations (issue 17): technical requests, support tickets and disputes are threads between the publisher's
-- users and the rewards team. The thread's opening text stays on its request, ticket or dispute; every later reply
-- and every status change is a row of conversation_messages.

-- The language a person last wrote in, so that replies reach them in it (null: their marketing contact's, or English).
ALTER TABLE users ADD COLUMN language text CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');

-- A publisher contests a billed-sales line or its tier figure; the rewards team decides within the promise.
CREATE TABLE disputes (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  publisher_id       uuid NOT NULL REFERENCES publishers (id),
  subject            text NOT NULL CHECK (subject IN ('line', 'tier')),
  line_source        text,
  line_id            text,
  note               text NOT NULL CHECK (length(note) BETWEEN 1 AND 4000),
  status             text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'closed')),
  outcome            text CHECK (outcome IN ('upheld', 'rejected')),
  decision_note      text,
  correction_line_id text,
  correction_usd_cents bigint,
  decided_by         uuid REFERENCES users (id),
  decided_at         timestamptz,
  opened_by          uuid NOT NULL REFERENCES users (id),
  created_at         timestamptz NOT NULL,
  UNIQUE (id, publisher_id),
  CHECK ((subject = 'line') = (line_id IS NOT NULL AND line_source IS NOT NULL)),
  CHECK ((outcome IS NULL) = (decided_at IS NULL))
);
CREATE INDEX disputes_publisher ON disputes (publisher_id, created_at);
CREATE INDEX disputes_line ON disputes (line_source, line_id) WHERE line_id IS NOT NULL;

ALTER TABLE tasks ADD COLUMN dispute_id uuid;
ALTER TABLE tasks ADD FOREIGN KEY (dispute_id, publisher_id) REFERENCES disputes (id, publisher_id);
ALTER TABLE tasks DROP CONSTRAINT tasks_kind_check;
ALTER TABLE tasks ADD CONSTRAINT tasks_kind_check
  CHECK (kind IN ('activation', 'technical-request', 'welcome', 'support-ticket', 'dispute'));
ALTER TABLE tasks DROP CONSTRAINT tasks_check;
ALTER TABLE tasks ADD CONSTRAINT tasks_one_subject
  CHECK (num_nonnulls(activation_id, technical_request_id, support_ticket_id, dispute_id) <= 1);
CREATE UNIQUE INDEX tasks_one_per_dispute ON tasks (dispute_id) WHERE dispute_id IS NOT NULL;
CREATE UNIQUE INDEX tasks_one_per_ticket ON tasks (support_ticket_id) WHERE support_ticket_id IS NOT NULL;
CREATE UNIQUE INDEX tasks_one_per_request ON tasks (technical_request_id) WHERE technical_request_id IS NOT NULL;

CREATE TABLE conversation_messages (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Messages written in the same instant keep the order they were written in.
  seq                  bigint GENERATED ALWAYS AS IDENTITY,
  publisher_id         uuid NOT NULL REFERENCES publishers (id),
  technical_request_id uuid,
  support_ticket_id    uuid,
  dispute_id           uuid,
  side                 text NOT NULL CHECK (side IN ('publisher', 'team')),
  event                text NOT NULL CHECK (event IN ('reply', 'resolved', 'reopened', 'decided')),
  author_id            uuid NOT NULL REFERENCES users (id),
  body                 text NOT NULL CHECK (length(body) <= 4000),
  created_at           timestamptz NOT NULL,
  FOREIGN KEY (technical_request_id, publisher_id) REFERENCES technical_requests (id, publisher_id),
  FOREIGN KEY (support_ticket_id, publisher_id) REFERENCES support_tickets (id, publisher_id),
  FOREIGN KEY (dispute_id, publisher_id) REFERENCES disputes (id, publisher_id),
  CHECK (num_nonnulls(technical_request_id, support_ticket_id, dispute_id) = 1)
);
CREATE INDEX conversation_messages_request ON conversation_messages (technical_request_id, created_at)
  WHERE technical_request_id IS NOT NULL;
CREATE INDEX conversation_messages_ticket ON conversation_messages (support_ticket_id, created_at)
  WHERE support_ticket_id IS NOT NULL;
CREATE INDEX conversation_messages_dispute ON conversation_messages (dispute_id, created_at)
  WHERE dispute_id IS NOT NULL;
