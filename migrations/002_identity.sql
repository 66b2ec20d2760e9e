-- Identity and access: passwords, single sign-on, sessions, invitations, API tokens, sign-in backoff, audit.
-- Secrets are never stored: session ids, invitation and API tokens are kept as SHA-256 hashes, passwords as argon2id.

ALTER TABLE users
  ADD COLUMN password_hash text,
  ADD COLUMN oidc_issuer   text,
  ADD COLUMN oidc_subject  text,
  ADD CONSTRAINT users_oidc_identity UNIQUE (oidc_issuer, oidc_subject);

CREATE TABLE sessions (
  token_hash   text PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users (id),
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL,
  ended_at     timestamptz,
  ip           text,
  user_agent   text
);
CREATE INDEX sessions_user ON sessions (user_id) WHERE ended_at IS NULL;

CREATE TABLE invitations (
  token_hash text PRIMARY KEY,
  user_id    uuid NOT NULL REFERENCES users (id),
  invited_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at    timestamptz
);
CREATE INDEX invitations_user ON invitations (user_id);

-- Sign-in failures per address (known or not, so that answers do not reveal which accounts exist).
CREATE TABLE signin_failures (
  email_key    text PRIMARY KEY,
  failures     integer NOT NULL,
  last_at      timestamptz NOT NULL,
  locked_until timestamptz
);

-- The OpenID Connect round trip in progress: state, nonce and PKCE verifier, used once.
CREATE TABLE oidc_logins (
  id_hash       text PRIMARY KEY,
  state         text NOT NULL,
  nonce         text NOT NULL,
  code_verifier text NOT NULL,
  created_at    timestamptz NOT NULL,
  used_at       timestamptz
);

-- Tokens for machines (the marketplace feed): scoped, shown once, revocable.
CREATE TABLE api_tokens (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash   text NOT NULL UNIQUE,
  name         text NOT NULL,
  scopes       text[] NOT NULL,
  created_by   uuid NOT NULL REFERENCES users (id),
  created_at   timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at   timestamptz
);

-- The audit trail: append-only. Who (user or token), what (action), which object, when (UTC), from where.
CREATE TABLE audit_log (
  id           bigserial PRIMARY KEY,
  at           timestamptz NOT NULL,
  actor_type   text NOT NULL CHECK (actor_type IN ('user', 'token', 'anonymous')),
  actor_id     uuid,
  actor_label  text,
  actor_role   text,
  action       text NOT NULL,
  outcome      text NOT NULL CHECK (outcome IN ('success', 'denied', 'failure')),
  status       integer,
  object_type  text,
  object_id    text,
  publisher_id uuid,
  ip           text,
  user_agent   text,
  request_id   text,
  detail       text
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_publisher ON audit_log (publisher_id, at);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
