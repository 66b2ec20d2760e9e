-- Finding things in the console (issue 17): publishers searched by a part of their name, MPN ID or an address
-- (their account's, a user's, a marketing contact's), and every message tied to the publisher it is about.

-- pg_trgm's GIN indexes answer `ILIKE '%part%'` from the index (a trusted extension since PostgreSQL 13: the
-- database's owner may create it). Measured on 100,000 publishers: see features/publishers/publishers.queries.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX publishers_company_name_trgm ON publishers USING gin (company_name gin_trgm_ops);
CREATE INDEX publishers_mpn_id_trgm ON publishers USING gin (mpn_id gin_trgm_ops);
CREATE INDEX publishers_account_email_trgm ON publishers USING gin (account_email gin_trgm_ops);
CREATE INDEX users_email_trgm ON users USING gin (email gin_trgm_ops) WHERE publisher_id IS NOT NULL;
CREATE INDEX marketing_contacts_email_trgm ON marketing_contacts USING gin (email gin_trgm_ops);
-- One or two characters hold no trigram: they are matched at the start of the name or MPN ID, in any collation.
CREATE INDEX publishers_name_prefix ON publishers (lower(company_name) text_pattern_ops);
CREATE INDEX publishers_mpn_id_prefix ON publishers (mpn_id text_pattern_ops);
-- The list's order: a page of the whole list is read from the index, never sorted from the table.
CREATE INDEX publishers_by_name ON publishers (company_name, id);

-- `publisher_id` stays whose people may read a message (the publisher's outbox); `about_publisher_id` is the
-- publisher a message is about, also when its people do not read it: a warning or escalation about one of its
-- tasks (to staff), an invitation to one of its users (the link signs in as the invitee).
ALTER TABLE notifications ADD COLUMN about_publisher_id uuid REFERENCES publishers (id);
UPDATE notifications SET about_publisher_id = publisher_id WHERE publisher_id IS NOT NULL;
UPDATE notifications n SET about_publisher_id = t.publisher_id
  FROM tasks t
  WHERE n.publisher_id IS NULL AND n.kind IN ('clock-warning', 'clock-escalation')
    AND t.id::text = n.payload ->> 'taskId';
UPDATE notifications n SET about_publisher_id = u.publisher_id
  FROM invitations i JOIN users u ON u.id = i.user_id
  WHERE n.publisher_id IS NULL AND n.kind = 'invitation' AND u.publisher_id IS NOT NULL
    AND n.event_key = 'invitation:' || left(i.token_hash, 32);
CREATE INDEX notifications_about_created ON notifications (about_publisher_id, created_at DESC, id);
CREATE INDEX notifications_created ON notifications (created_at DESC, id);
CREATE INDEX notifications_recipient_trgm ON notifications USING gin (recipient_email gin_trgm_ops);
