// SQL migrations from migrations/*.sql, applied in name order, each in its own transaction.
// The migration's row is inserted first, so two processes migrating at once collide instead of both running it.
// One migrator at a time is a lock each migration's transaction takes and its COMMIT gives back: a session lock
// would be taken and given back on whichever server connection a pooler in transaction mode (PgBouncer) lent
// for that statement, and stay held on the first one (docs/scaling.md).
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
 * what the service needs (`grantServiceRole`, under the migrators' lock). When every migration is applied already
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
    await inLockedTransaction(client, () =>
      client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`),
    ).catch((error: unknown) => {
      ownerNeeded(error);
      throw error;
    });
    for (const file of files) {
      const sql = await fs.readFile(path.join(dir, file), 'utf8');
      try {
        await inLockedTransaction(client, async () => {
          const row = await client.query(
            'INSERT INTO schema_migrations (name) VALUES ($1) ON CONFLICT DO NOTHING RETURNING name',
            [file],
          );
          if (row.rowCount === 1) {
            await client.query(sql);
            applied.push(file);
          }
        });
      } catch (cause) {
        ownerNeeded(cause);
        throw new Error(
          `Migration ${file} failed and was rolled back: ${(cause as Error).message}. Fix the SQL and start again.`,
          { cause },
        );
      }
    }
  } finally {
    client.release();
  }
  // The durable jobs' own tables (graphile-worker), which the outbox adds jobs to.
  await installJobSchema(pool);
  if (grantTo !== null) {
    const granting = await pool.connect();
    try {
      await inLockedTransaction(granting, () => grantServiceRole(granting, grantTo));
    } finally {
      granting.release();
    }
  }
  return { applied, alreadyApplied: files.length - applied.length };
}

/** Runs `work` in a transaction that first waits for the migrators' lock, held until COMMIT or ROLLBACK. */
async function inLockedTransaction(client: pg.PoolClient, work: () => Promise<unknown>): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('marketplace-rewards:migrate'))");
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
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
