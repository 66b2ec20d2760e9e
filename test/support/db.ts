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

/**
 * The owner's (the server's superuser's) URL of a database, as the tests reach it: through TEST_DATABASE_URL's
 * pooler when test/run.ts was given one. It migrates, and may do anything.
 */
export function urlFor(database: string): string {
  const u = new URL(process.env.TEST_PG_URL ?? adminUrl());
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * The service's role's URL of a database (rows only, as the service connects in production: roles.ts), through
 * the pooler when there is one.
 */
export function serviceUrlFor(database: string): string {
  const url = process.env.TEST_PG_SERVICE_URL;
  if (!url)
    throw new Error('Run the tests with `npm test` (test/run.ts), which makes the service role first.');
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * The environment that points `serve` or the CLI at a database: as the service's role, migrated by its owner (and,
 * behind a pooler, with the direct path for what needs a session: `withSessionUrl`).
 */
export function databaseEnv(database: string): Record<string, string> {
  return withSessionUrl({ DATABASE_URL: serviceUrlFor(database), MIGRATION_DATABASE_URL: urlFor(database) });
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

/**
 * The database of `url` by a path that keeps a session (a worker's liveness lock): directly, past any pooler, as
 * the same role.
 */
export function sessionUrlOf(url: string): string {
  if (!process.env.TEST_PG_URL) return url;
  const direct = new URL(adminUrl());
  const u = new URL(url);
  u.host = direct.host;
  return u.toString();
}

export interface FreshDatabase {
  /** The service's role: what the app under test connects as. */
  pool: pg.Pool;
  url: string;
  /** The owner: for what a test does that the service may not (DDL, rewriting the migrations' record). */
  ownerPool: pg.Pool;
  ownerUrl: string;
  name: string;
  /** `databaseEnv` of it. */
  env: Record<string, string>;
}

/** Creates a database from the template, dropped when the file's tests end. */
export async function freshDatabase(): Promise<FreshDatabase> {
  const name = `rewards_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client(adminUrl());
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  const url = serviceUrlFor(name);
  const pool = createPool(url, 5);
  const ownerUrl = urlFor(name);
  const ownerPool = createPool(ownerUrl, 2);
  after(async () => {
    await pool.end();
    await ownerPool.end();
    const cleanup = new pg.Client(adminUrl());
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  });
  return { pool, url, ownerPool, ownerUrl, name, env: databaseEnv(name) };
}
