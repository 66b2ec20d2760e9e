-- Invitations as first-class (issue 16): the language the invitation is written in (its mail and the page the link
-- opens), and how a link stopped working other than by use: revoked by an admin, or replaced by a newer link
-- (a resend). Before this, a resend marked the older link used, so its holder was told it had been used.
ALTER TABLE invitations
  ADD COLUMN language    text NOT NULL DEFAULT 'en',
  ADD COLUMN revoked_at  timestamptz,
  ADD COLUMN replaced_at timestamptz;
