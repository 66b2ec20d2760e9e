-- Multi-factor sign-in (TOTP, RFC 6238) and the account page.
-- The TOTP secret is kept encrypted (AES-256-GCM, with a key of the service's: mfa.ts) and never returned after
-- enrolment; the last accepted time step is kept so that a code cannot be used twice in its window.
CREATE TABLE user_mfa (
  user_id      uuid PRIMARY KEY REFERENCES users (id),
  secret       text NOT NULL,
  -- Null while the person has not yet confirmed the secret with a first code.
  enabled_at   timestamptz,
  created_at   timestamptz NOT NULL,
  last_step    bigint
);

-- Ten one-time recovery codes per enrolment, kept as SHA-256 hashes, shown once.
CREATE TABLE mfa_recovery_codes (
  user_id    uuid NOT NULL REFERENCES users (id),
  code_hash  text NOT NULL,
  used_at    timestamptz,
  PRIMARY KEY (user_id, code_hash)
);

-- The second step of a sign-in: the password was right, the code is still owed. Short-lived, used once.
CREATE TABLE mfa_challenges (
  token_hash text PRIMARY KEY,
  user_id    uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at    timestamptz
);
CREATE INDEX mfa_challenges_user ON mfa_challenges (user_id);

-- An owner may require the second factor of every user of their publisher.
ALTER TABLE publishers ADD COLUMN require_mfa boolean NOT NULL DEFAULT false;

-- Sessions get an id people can name (the account page ends one), without handing out the cookie's hash.
ALTER TABLE sessions ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
CREATE UNIQUE INDEX sessions_id ON sessions (id);
