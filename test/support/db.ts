// A fresh database per test file, copied from the migrated template that test/run.ts prepared.
import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import pg from 'pg';
import { createPool, useNamedStatements } from '../../src/platform/db/pool.ts';

export const TEMPLATE_DB = 'rewards_test_template';

// As the service's start-up would from the same variable: false for a run behind PgBouncer before 1.21.
useNamedStatements(process.env.DATABASE_PREPARED_STATEMENTS?.trim().toLowerCase() !== 'false');

/** The server's `postgres` database, directly: where databases are created and dropped. */
export function adminUrl(): string {
  const url = process.env.TEST_PG_ADMIN_URL;
  if (!url) throw new Error('Run the tests with `npm test` (test/run.ts), which starts PostgreSQL first.');
  return url;
}

/** A database as the tests reach it: through TEST_DATABASE_URL's pooler when test/run.ts was given one. */
export function urlFor(database: string): string {
  const u = new URL(process.env.TEST_PG_URL ?? adminUrl());
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * `env` with DATABASE_SESSION_URL beside its DATABASE_URL when the tests reach their databases through a pooler:
 * the same database directly, as a deployment behind PgBouncer in transaction mode gives it (docs/scaling.md).
 */
export function withSessionUrl(env: Record<string, string>): Record<string, string> {
  if (!process.env.TEST_PG_URL || !env.DATABASE_URL || 'DATABASE_SESSION_URL' in env) return env;
  if (!URL.canParse(env.DATABASE_URL)) return env;
  return { ...env, DATABASE_SESSION_URL: sessionUrlOf(env.DATABASE_URL) };
}

/** The database of `url` by a path that keeps a session (a worker's liveness lock): directly, past any pooler. */
export function sessionUrlOf(url: string): string {
  if (!process.env.TEST_PG_URL) return url;
  const direct = new URL(adminUrl());
  direct.pathname = new URL(url).pathname;
  return direct.toString();
}

/** Creates a database from the template, dropped when the file's tests end. */
export async function freshDatabase(): Promise<{ pool: pg.Pool; url: string; name: string }> {
  const name = `rewards_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client(adminUrl());
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  const url = urlFor(name);
  const pool = createPool(url, 5);
  after(async () => {
    await pool.end();
    const cleanup = new pg.Client(adminUrl());
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  });
  return { pool, url, name };
}
