-- Revocation for cause (L6): a program admin revokes one publisher's benefit with a cause and a note; the
-- publisher sees both; reinstating clears them. The cause is one of the program's causes.
ALTER TABLE benefit_unlocks
  ADD COLUMN revoked_note text,
  ADD COLUMN revoked_by uuid REFERENCES users (id),
  ADD CONSTRAINT benefit_unlocks_revoked_cause CHECK (
    revoked_reason IS NULL
    OR revoked_reason IN ('illegal-activity', 'delisting', 'ip-violation', 'sponsorship-misuse', 'other')
  );
