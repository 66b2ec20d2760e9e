-- Program drafts (issue 15): the next program version, edited in the portal by program admins before it is
-- published. A draft holds any JSON object (work in progress may break the program's rules: its problems are
-- listed, and publishing refuses it until none is left). `revision` grows at each save, so a stale write (two
-- admins on one draft) is refused instead of overwriting the other's work. Published drafts are removed: the
-- version they became is in program_versions, and who published it is in the audit trail.
CREATE TABLE program_drafts (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  document    jsonb NOT NULL CHECK (jsonb_typeof(document) = 'object'),
  based_on    text REFERENCES program_versions (version),
  revision    integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
  created_by  uuid NOT NULL REFERENCES users (id),
  created_at  timestamptz NOT NULL,
  updated_by  uuid NOT NULL REFERENCES users (id),
  updated_at  timestamptz NOT NULL
);
