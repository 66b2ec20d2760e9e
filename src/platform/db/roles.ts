// The service's database role: it reads and writes rows, nothing more. The schema's owner (who applies the
// migrations) grants it the rows of every table, and never the audit trail's UPDATE, DELETE or TRUNCATE: a role
// that owns no table cannot alter one, drop or disable a trigger, so the trail's append-only guard holds against
// the service itself (issue 19). The grants are made again after every migration, so new tables are covered.
import type pg from 'pg';

/**
 * Grants `role` what the service needs, as the schema's owner on `client`: USAGE of the schemas (ours and the job
 * queue's), SELECT, INSERT, UPDATE and DELETE on their tables, their sequences and functions (among them the audit
 * trail's redaction and the ledger's ANALYZE, which run as the owner: migration 032), and a policy on the job
 * queue's private tables; then takes back UPDATE, DELETE and TRUNCATE of the audit trail and every change of the
 * migrations' record. Safe to run again (the migrator does, under its lock).
 */
export async function grantServiceRole(client: pg.ClientBase, role: string): Promise<void> {
  const { rows } = await client.query<{ role: string; jobs: boolean }>(
    `SELECT quote_ident($1) AS role, EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'graphile_worker') AS jobs`,
    [role],
  );
  const { role: r, jobs } = rows[0]!;
  const schemas = jobs ? ['public', 'graphile_worker'] : ['public'];
  const statements = schemas.flatMap((schema) => [
    `GRANT USAGE ON SCHEMA ${schema} TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${r}`,
    `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${schema} TO ${r}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${schema} TO ${r}`,
  ]);
  statements.push(
    // The trail is written, never rewritten: its own redaction functions (owned by the owner) are the one way.
    `REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${r}`,
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migrations FROM ${r}`,
  );
  await client.query(statements.join(';\n'));
  // The job queue's private tables have row-level security with no policy (graphile-worker keeps them from other
  // roles): a policy per table lets the service's role work the queue, as their owner does.
  await client.query(
    `DO $$ DECLARE t record; BEGIN
       FOR t IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'graphile_worker' AND c.relkind = 'r' AND c.relrowsecurity
                  AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = ${literal(
                    `${role} works the queue`,
                  )})
       LOOP
         EXECUTE format('CREATE POLICY %I ON %s TO %s USING (true) WITH CHECK (true)',
                        ${literal(`${role} works the queue`)}, t.name, ${literal(r)});
       END LOOP;
     END $$`,
  );
}

/** A SQL string literal of `text` (for the one DO block, which takes no parameters). */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Makes sure the login role `role` exists with `password` (created, or its password set again): for a server this
 * service runs itself (the embedded PostgreSQL, the tests' server), as a superuser on `client`. The role inherits
 * nothing and may create nothing.
 */
export async function ensureLoginRole(client: pg.ClientBase, role: string, password: string): Promise<void> {
  const { rows } = await client.query<{ exists: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS exists',
    [role],
  );
  const verb = rows[0]!.exists ? 'ALTER' : 'CREATE';
  const { rows: ddl } = await client.query<{ sql: string }>(
    `SELECT format('${verb} ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD %L', $1::text, $2::text) AS sql`,
    [role, password],
  );
  try {
    await client.query(ddl[0]!.sql);
  } catch (error) {
    // Another process made it between the look and the CREATE: set its password instead.
    if ((error as { code?: string }).code !== '42710') throw error;
    await ensureLoginRole(client, role, password);
  }
}

/** The role a connection logs in as. */
export async function currentRole(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ role: string }>('SELECT current_user AS role');
  return rows[0]!.role;
}
