-- One message per event and recipient: each message names its event (`event_key`, its dedupe key less the
-- recipient), so a message rerouted to someone who already has that event's message is not queued again.
ALTER TABLE notifications ADD COLUMN event_key text;
-- Earlier messages: the dedupe key less its last part (the recipient), a rerouted copy takes its original's.
UPDATE notifications SET event_key = regexp_replace(dedupe_key, ':[^:]*$', '')
  WHERE dedupe_key NOT LIKE '%:rerouted:%';
UPDATE notifications r SET event_key = o.event_key
  FROM notifications o
  WHERE r.dedupe_key LIKE '%:rerouted:%' AND o.dedupe_key = split_part(r.dedupe_key, ':rerouted:', 1);
-- Copies queued before this rule keep no event key (NULLs never collide): they stay as they are.
UPDATE notifications SET event_key = NULL
  WHERE id IN (SELECT id FROM (
    SELECT id, row_number() OVER (PARTITION BY event_key, lower(recipient_email) ORDER BY created_at, id) AS n
    FROM notifications WHERE event_key IS NOT NULL) d WHERE n > 1);
CREATE UNIQUE INDEX notifications_event_recipient ON notifications (event_key, lower(recipient_email));
