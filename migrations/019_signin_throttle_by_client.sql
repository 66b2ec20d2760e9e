-- Sign-in throttling without handing an attacker a lock-out (OWASP "device cookies"): failures are counted per
-- client (address and account), per account across clients (a larger budget, that only clients the account has
-- not signed in from must wait out), and per trusted device. The counters are transient: start them afresh.
DELETE FROM signin_failures;
ALTER TABLE signin_failures RENAME COLUMN email_key TO throttle_key;

-- A browser a person signed in from: its cookie's token, hashed. It lets them sign in while their account is
-- being guessed at from elsewhere; it grants nothing else.
CREATE TABLE trusted_devices (
  token_hash   text PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users (id),
  created_at   timestamptz NOT NULL,
  last_used_at timestamptz NOT NULL
);
CREATE INDEX trusted_devices_user ON trusted_devices (user_id);
