-- A marketplace offer id is unique within its publisher, not across publishers: a publisher that registered
-- another's id took nothing from it (the real owner registers the offer too, and the feed's lines, which name the
-- publisher, count for the owner), and a refusal no longer tells anyone that an id exists elsewhere.
ALTER TABLE offers DROP CONSTRAINT offers_external_id_key;
ALTER TABLE offers ADD CONSTRAINT offers_publisher_external_id_key UNIQUE (publisher_id, external_id);
-- A batch's lines are looked up by their offer ids alone (ledger.lookups.ts).
CREATE INDEX offers_external_id ON offers (external_id);
