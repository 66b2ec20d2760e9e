-- An address signs in to one account, but inviting it proves nothing about who holds it: a publisher admin adding
-- an address that has an account elsewhere must not learn so from a refusal (issue 19). So the address is unique
-- among the accounts that can sign in (a password or a single sign-on identity), and within one publisher (or
-- among the staff); a pending person of one publisher may share it with an account elsewhere, which accepting
-- their invitation then refuses (to the person holding the link) instead of the adding.
DROP INDEX users_email_key;
CREATE UNIQUE INDEX users_email_key ON users (lower(email))
  WHERE password_hash IS NOT NULL OR oidc_subject IS NOT NULL;
CREATE UNIQUE INDEX users_publisher_email ON users (publisher_id, lower(email)) NULLS NOT DISTINCT;
-- Sign-in and single sign-on find people by address.
CREATE INDEX users_email ON users (lower(email));
