// SQL migrations from migrations/*.sql, applied in name order, each in its own transaction.
// The migration's row is inserted first, so two processes migrating at once collide instead of both running it.
// One migrator at a time is a lock each migration's transaction takes and its COMMIT gives back: a session lock
// would be taken and given back on whichever server connection a pooler in transaction mode (PgBouncer) lent
// for that statement, and stay held on the first one (docs/scaling.md).
import fs from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { installJobSchema } from '../jobs.ts';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../../migrations');

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

export async function migrate(pool: pg.Pool, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const files = (await fs.readdir(dir)).filter((f) => /^\d+_[\w-]+\.sql$/.test(f)).sort();
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await inLockedTransaction(client, () =>
      client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`),
    );
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
