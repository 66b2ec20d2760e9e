-- An offer's listing option, co-sell readiness and markets decide benefits (L1, L4): they are the marketplace's
-- facts, reported by its feed or confirmed by the rewards team. The offer's row holds their confirmed values; a
-- publisher's change to them is a request, which the team (a task in the queue) or the feed confirms or declines.

-- When the offer's listing option was confirmed. An offer a publisher adds waits for it (null) and counts for no
-- benefit until then; the offers there were before this are taken as confirmed when they were made.
ALTER TABLE offers ADD COLUMN facts_confirmed_at timestamptz;
UPDATE offers SET facts_confirmed_at = created_at;

-- A publisher's row, keyed with its publisher like every tenant table (migration 033, docs/scaling.md). Its offer
-- is named without a foreign key: in a new database this migration runs before 033, which replaces the offers key
-- such a reference would hold on to; the request is written with the publisher's offer row locked
-- (offer-changes.queries.ts), and its task's reference to it goes through the publisher.
CREATE TABLE offer_change_requests (
  id             uuid NOT NULL DEFAULT gen_random_uuid(),
  publisher_id   uuid NOT NULL REFERENCES publishers (id),
  offer_id       uuid NOT NULL,
  -- What the publisher asks for; a fact it leaves as it is stays null.
  listing_option text,
  co_sell_ready  boolean,
  markets        text[],
  status         text NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending', 'confirmed', 'declined', 'withdrawn')),
  requested_by   uuid NOT NULL REFERENCES users (id),
  requested_at   timestamptz NOT NULL,
  -- Who settled it: the rewards team (decided_by, the person) or the marketplace's feed.
  decided_via    text CHECK (decided_via IN ('rewards-team', 'feed', 'publisher')),
  decided_by     uuid REFERENCES users (id),
  decided_at     timestamptz,
  note           text CHECK (length(note) <= 1000),
  PRIMARY KEY (id, publisher_id),
  CHECK (num_nonnulls(listing_option, co_sell_ready, markets) >= 1 OR status = 'withdrawn'),
  CHECK ((status = 'pending') = (decided_at IS NULL))
);
-- One open request per offer: a publisher's next change joins it.
CREATE UNIQUE INDEX offer_change_requests_one_pending ON offer_change_requests (offer_id, publisher_id)
  WHERE status = 'pending';
CREATE INDEX offer_change_requests_offer ON offer_change_requests (offer_id, requested_at);

ALTER TABLE tasks ADD COLUMN offer_change_id uuid;
ALTER TABLE tasks ADD FOREIGN KEY (offer_change_id, publisher_id) REFERENCES offer_change_requests (id, publisher_id);
ALTER TABLE tasks DROP CONSTRAINT tasks_kind_check;
ALTER TABLE tasks ADD CONSTRAINT tasks_kind_check
  CHECK (kind IN ('activation', 'technical-request', 'welcome', 'support-ticket', 'dispute', 'offer-change'));
ALTER TABLE tasks DROP CONSTRAINT tasks_one_subject;
ALTER TABLE tasks ADD CONSTRAINT tasks_one_subject
  CHECK (num_nonnulls(activation_id, technical_request_id, support_ticket_id, dispute_id, offer_change_id) <= 1);
CREATE UNIQUE INDEX tasks_one_per_offer_change ON tasks (offer_change_id, publisher_id)
  WHERE offer_change_id IS NOT NULL;
