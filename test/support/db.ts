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

export function urlFor(database: string): string {
  const u = new URL(adminUrl());
  u.pathname = `/${database}`;
  return u.toString();
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
