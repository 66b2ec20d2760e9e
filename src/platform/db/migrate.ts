// SQL migrations from migrations/*.sql, applied in name order, each in its own transaction.
// The migration's row is inserted first, so two processes migrating at once collide instead of both running it.
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
    // One migrator at a time (a session lock, held on this client); the unique row is the second guard.
    await client.query("SELECT pg_advisory_lock(hashtext('marketplace-rewards:migrate'))");
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
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
        throw new Error(
          `Migration ${file} failed and was rolled back: ${(cause as Error).message}. Fix the SQL and start again.`,
          { cause },
        );
      }
    }
    // The durable jobs' own tables (graphile-worker), which the outbox adds jobs to.
    await installJobSchema(pool);
  } finally {
    await client
      .query("SELECT pg_advisory_unlock(hashtext('marketplace-rewards:migrate'))")
      .catch(() => undefined);
    client.release();
  }
  return { applied, alreadyApplied: files.length - applied.length };
}
