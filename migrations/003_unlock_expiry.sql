-- A one-time benefit's expiry is fixed when it is unlocked, by the program in force then (L5): a later program
-- year with a shorter window does not shorten benefits already unlocked. NULL for evergreen (transact) benefits.
ALTER TABLE benefit_unlocks ADD COLUMN expires_at timestamptz;

UPDATE benefit_unlocks u
SET expires_at = u.unlocked_at + make_interval(months => (v.document -> 'windows' ->> 'oneTimeExpiryMonths')::int)
FROM program_versions v
WHERE v.version = u.program_version AND u.listing_type <> 'transact';
