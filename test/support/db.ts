// A fresh database per test file, copied from the migrated template that test/run.ts prepared.
import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import pg from 'pg';
import { createPool } from '../../src/platform/db/pool.ts';

export const TEMPLATE_DB = 'rewards_test_template';

export function adminUrl(): string {
  const url = process.env.TEST_PG_ADMIN_URL;
  if (!url) throw new Error('Run the tests with `npm test` (test/run.ts), which starts PostgreSQL first.');
  return url;
}

/** The owner's (the server's superuser's) URL of a database: it migrates, and may do anything. */
export function urlFor(database: string): string {
  const u = new URL(adminUrl());
  u.pathname = `/${database}`;
  return u.toString();
}

/** The service's role's URL of a database: rows only, as the service connects in production (roles.ts). */
export function serviceUrlFor(database: string): string {
  const url = process.env.TEST_PG_SERVICE_URL;
  if (!url)
    throw new Error('Run the tests with `npm test` (test/run.ts), which makes the service role first.');
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** The environment that points `serve` or the CLI at a database: as the service's role, migrated by its owner. */
export function databaseEnv(database: string): Record<string, string> {
  return { DATABASE_URL: serviceUrlFor(database), MIGRATION_DATABASE_URL: urlFor(database) };
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
