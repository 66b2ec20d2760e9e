-- People's rights over their data (issue 19): a person erased in place, the texts and client addresses the
-- retention settings remove, and the one way personal data leaves the audit trail.

-- An erased person keeps their row (their id is what the ledger, the tasks, the conversations and the audit trail
-- name), with a pseudonym for a name and an address that reaches no one.
ALTER TABLE users ADD COLUMN erased_at timestamptz;

-- What the retention job removed: a closed ticket's or request's text, and the replies on it.
ALTER TABLE support_tickets ADD COLUMN text_removed_at timestamptz;
ALTER TABLE technical_requests ADD COLUMN text_removed_at timestamptz;
ALTER TABLE conversation_messages ADD COLUMN text_removed_at timestamptz;

-- The retention job writes its own entry in the trail.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_actor_type_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_actor_type_check
  CHECK (actor_type IN ('user', 'token', 'anonymous', 'system'));

-- The trail stays append-only, with one exception: a redaction made by the two functions below, which set
-- rewards.audit_redaction for their own statement. A redaction removes a client's address and browser, or replaces
-- an erased person's label with their pseudonym; who (by id), what, which object, when and the outcome stay.
-- The service's role may not UPDATE the trail at all (platform/db/roles.ts): these functions run as their owner.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('rewards.audit_redaction', true) = 'on'
     AND (NEW.id, NEW.at, NEW.actor_type, NEW.actor_id, NEW.actor_role, NEW.action, NEW.outcome, NEW.status,
          NEW.object_type, NEW.object_id, NEW.publisher_id, NEW.request_id, NEW.detail)
         IS NOT DISTINCT FROM
         (OLD.id, OLD.at, OLD.actor_type, OLD.actor_id, OLD.actor_role, OLD.action, OLD.outcome, OLD.status,
          OLD.object_type, OLD.object_id, OLD.publisher_id, OLD.request_id, OLD.detail)
     AND (NEW.ip IS NULL OR NEW.ip IS NOT DISTINCT FROM OLD.ip)
     AND (NEW.user_agent IS NULL OR NEW.user_agent IS NOT DISTINCT FROM OLD.user_agent)
     AND (NEW.actor_label IS NOT DISTINCT FROM OLD.actor_label OR NEW.actor_label LIKE 'Erased %')
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only';
END $$;

-- Retention: the client address and browser of entries older than `before`. Answers how many entries changed.
CREATE FUNCTION audit_forget_addresses(before timestamptz) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE changed bigint;
BEGIN
  PERFORM set_config('rewards.audit_redaction', 'on', true);
  UPDATE audit_log SET ip = NULL, user_agent = NULL
  WHERE at < before AND (ip IS NOT NULL OR user_agent IS NOT NULL);
  GET DIAGNOSTICS changed = ROW_COUNT;
  PERFORM set_config('rewards.audit_redaction', 'off', true);
  RETURN changed;
END $$;

-- Erasure: the entries of `person` (as the actor), and those labelled with one of `addresses` (a sign-in attempted
-- for it), take `label` ("Erased user 7f3a9c12") and lose their client address and browser.
CREATE FUNCTION audit_erase_person(person uuid, addresses text[], label text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE changed bigint;
BEGIN
  IF label NOT LIKE 'Erased %' THEN
    RAISE EXCEPTION 'an erased person''s label starts with "Erased "';
  END IF;
  PERFORM set_config('rewards.audit_redaction', 'on', true);
  UPDATE audit_log SET actor_label = label, ip = NULL, user_agent = NULL
  WHERE (person IS NOT NULL AND actor_id = person)
     OR (actor_type = 'anonymous' AND lower(actor_label) = ANY (addresses));
  GET DIAGNOSTICS changed = ROW_COUNT;
  PERFORM set_config('rewards.audit_redaction', 'off', true);
  RETURN changed;
END $$;

REVOKE ALL ON FUNCTION audit_forget_addresses(timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION audit_erase_person(uuid, text[], text) FROM PUBLIC;

-- The import analyzes the ledger's tables after a large file (platform/db/maintenance.ts). Only a table's owner may
-- (PostgreSQL 17 adds a MAINTAIN privilege; CI runs 15): this function, run as the owner, analyzes one of those
-- three and nothing else, for the service's role, which owns no table.
CREATE FUNCTION analyze_ledger_table(name text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF name NOT IN ('ledger_lines', 'ledger_batches', 'ledger_voids') THEN
    RAISE EXCEPTION '% is not one of the ledger''s tables', name;
  END IF;
  EXECUTE format('ANALYZE (SKIP_LOCKED) %I', name);
END $$;
REVOKE ALL ON FUNCTION analyze_ledger_table(text) FROM PUBLIC;
