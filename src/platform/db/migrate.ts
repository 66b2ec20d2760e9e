// SQL migrations from migrations/*.sql, applied in name order, each in its own transaction.
// The migration's row is inserted first, so two processes migrating at once collide instead of both running it.
// They are applied by the schema's owner; the service's own role (roles.ts) only reads the record of them.
import fs from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { installJobSchema } from '../jobs.ts';
import { grantServiceRole } from './roles.ts';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../../migrations');

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies the migrations of `dir` not applied yet, then the job queue's, then (with `grantTo`) grants that role
 * what the service needs (`grantServiceRole`), all under one advisory lock. When every migration is applied already
 * it writes nothing, so a role that may only read and write rows (the service's) starts on a migrated database; a
 * pending migration needs the schema's owner, and is refused otherwise with what to do.
 */
export async function migrate(
  pool: pg.Pool,
  dir = MIGRATIONS_DIR,
  grantTo: string | null = null,
): Promise<MigrationResult> {
  const files = (await fs.readdir(dir)).filter((f) => /^\d+_[\w-]+\.sql$/.test(f)).sort();
  if (grantTo === null) {
    const done = await appliedAlready(pool);
    if (done && files.every((f) => done.has(f))) {
      await installJobSchema(pool);
      return { applied: [], alreadyApplied: files.length };
    }
  }
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    // One migrator at a time (a session lock, held on this client); the unique row is the second guard.
    await client.query("SELECT pg_advisory_lock(hashtext('marketplace-rewards:migrate'))");
    await client
      .query(
        `CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
      )
      .catch((error: unknown) => {
        ownerNeeded(error);
        throw error;
      });
    for (const file of files) {
      const sql = await fs.readFile(path.join(dir, file), 'utf8');
      await client.query('BEGIN');
      try {
        const row = await client.query(
          'INSERT INTO schema_migrations (name) VALUES ($1) ON CONFLICT DO NOTHING RETURNING name',
          [file],
        );
        if (row.rowCount === 1) {
          await client.query(sql);
          applied.push(file);
        }
        await client.query('COMMIT');
      } catch (cause) {
        await client.query('ROLLBACK');
        ownerNeeded(cause);
        throw new Error(
          `Migration ${file} failed and was rolled back: ${(cause as Error).message}. Fix the SQL and start again.`,
          { cause },
        );
      }
    }
    // The durable jobs' own tables (graphile-worker), which the outbox adds jobs to.
    await installJobSchema(pool);
    if (grantTo !== null) await grantServiceRole(client, grantTo);
  } finally {
    await client
      .query("SELECT pg_advisory_unlock(hashtext('marketplace-rewards:migrate'))")
      .catch(() => undefined);
    client.release();
  }
  return { applied, alreadyApplied: files.length - applied.length };
}

/** The migrations applied already, or null before the first (no record yet). */
async function appliedAlready(pool: pg.Pool): Promise<Set<string> | null> {
  try {
    const { rows } = await pool.query<{ name: string }>('SELECT name FROM schema_migrations');
    return new Set(rows.map((r) => r.name));
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') return null;
    throw error;
  }
}

/** A refusal for want of privilege (42501) is thrown as one that says whose URL migrates; anything else is left. */
function ownerNeeded(cause: unknown): void {
  if ((cause as { code?: string }).code !== '42501') return;
  throw new Error(
    'Migrations are pending and this database role may not apply them (it may only read and write rows). ' +
      "Set MIGRATION_DATABASE_URL to the schema owner's URL, or run `marketplace-rewards migrate` with it.",
    { cause },
  );
}
