-- Notification delivery, clocks and the rewards team's operations (issue 6).

-- The outbox keeps each message as rendered (subject, plain text, HTML) and its delivery state. Delivery is claimed
-- by a worker process (`sending_by`, alive while it holds its advisory lock), so a job run twice sends once.
--   queued      waiting for a worker (next_attempt_at)       held       kept: no mail transport is configured
--   sending     handed to SMTP by sending_by                 sent       accepted by the SMTP server
--   failed      retries exhausted (can be retried)           suppressed the publisher opted out (L8)
--   cancelled   rerouted to someone else
ALTER TABLE notifications DROP CONSTRAINT notifications_status_check;
ALTER TABLE notifications
  ADD CONSTRAINT notifications_status_check
    CHECK (status IN ('queued', 'held', 'sending', 'sent', 'failed', 'suppressed', 'cancelled')),
  ADD COLUMN subject         text,
  ADD COLUMN body_text       text,
  ADD COLUMN body_html       text,
  ADD COLUMN attempts        integer NOT NULL DEFAULT 0,
  ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN last_attempt_at timestamptz,
  ADD COLUMN last_error      text,
  ADD COLUMN sending_by      text,
  ADD COLUMN failed_at       timestamptz,
  ADD COLUMN status_note     text;
CREATE INDEX notifications_pending ON notifications (next_attempt_at) WHERE status IN ('queued', 'sending', 'held');
CREATE INDEX notifications_status_created ON notifications (status, created_at DESC);
CREATE INDEX notifications_recipient ON notifications (lower(recipient_email)) WHERE status IN ('queued', 'held', 'failed');

-- The queue: who works a task, when the clock warned and escalated, and why it was cancelled.
ALTER TABLE tasks
  ADD COLUMN assignee_id   uuid REFERENCES users (id),
  ADD COLUMN assigned_at   timestamptz,
  ADD COLUMN warned_at     timestamptz,
  ADD COLUMN escalated_at  timestamptz,
  ADD COLUMN closed_at     timestamptz,
  ADD COLUMN cancel_reason text;
CREATE INDEX tasks_assignee ON tasks (assignee_id) WHERE status IN ('open', 'contacted');
CREATE INDEX tasks_created ON tasks (created_at);

-- L8: a publisher opts out of an engagement; no more messages or tasks for it until withdrawn.
CREATE TABLE publisher_opt_outs (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  publisher_id uuid NOT NULL REFERENCES publishers (id),
  engagement   text NOT NULL CHECK (engagement IN ('all', 'welcome', 'announcements')),
  note         text NOT NULL,
  recorded_by  uuid NOT NULL REFERENCES users (id),
  recorded_at  timestamptz NOT NULL,
  withdrawn_at timestamptz,
  withdrawn_by uuid REFERENCES users (id)
);
CREATE UNIQUE INDEX publisher_opt_outs_current ON publisher_opt_outs (publisher_id, engagement)
  WHERE withdrawn_at IS NULL;

-- Benefit clocks (L5): the expiry warning of a one-time benefit and the last anniversary announced.
ALTER TABLE benefit_unlocks
  ADD COLUMN expiry_warned_at  timestamptz,
  ADD COLUMN refresh_announced timestamptz;
