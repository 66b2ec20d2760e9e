// Storage and start-up as a user meets them: the embedded PostgreSQL, its data directory, migrations,
// the program file and the configuration.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/features/demo/demo.seed.ts';
import { MIGRATIONS_DIR, migrate } from '../src/platform/db/migrate.ts';
import { createPool, inTransaction } from '../src/platform/db/pool.ts';
import {
  ProgramCatalog,
  readProgramDir,
  storeProgramVersions,
} from '../src/features/program/program.service.ts';
import { recomputeTiers } from '../src/features/tiers/tiers.service.ts';
import { addDays, isoDay } from '../src/domain/time.ts';
import { maintainSkippingLocked, maintainWhenFree } from '../src/platform/db/maintenance.ts';
import { adminUrl, databaseEnv, freshDatabase, serviceUrlFor, urlFor } from './support/db.ts';
import { loadConfig } from '../src/platform/config.ts';
import { currentRole } from '../src/platform/db/roles.ts';
import { openDatabase, prepareDatabase } from '../src/server.ts';
import { exited, ROOT, runCli, startServe } from './support/cli.ts';

const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-storage-'));
await fs.chmod(temp, 0o755);
after(() => fs.rm(temp, { recursive: true, force: true }));

/** Runs `work` on an empty database of its own (not the migrated template), dropped afterwards. */
async function withEmptyDatabase(label: string, work: (url: string) => Promise<void>): Promise<void> {
  const name = `rewards_${label}_${process.pid}`;
  const admin = new pg.Client(adminUrl());
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    await work(urlFor(name));
  } finally {
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
}

describe('[STORAGE] the embedded PostgreSQL', () => {
  it('serves demo data on a new data directory, refuses a second process on it, and survives a crash', async () => {
    const dataDir = path.join(temp, 'data');
    const first = await startServe({ DATA_DIR: dataDir, DEMO_MODE: 'true' });
    try {
      const users = (await (await fetch(`${first.url}/api/v1/demo/users`)).json()) as { items: unknown[] };
      assert.ok(users.items.length >= 8, 'demo users seeded');
      const ready = await fetch(`${first.url}/health/ready`);
      assert.equal(ready.status, 200);

      const second = await runCli(['serve', '--port', '0'], { DATA_DIR: dataDir });
      assert.equal(second.code, 1);
      assert.match(second.stderr, /is in use by another marketplace-rewards process \(pid \d+\)/);
    } finally {
      first.child.kill('SIGKILL'); // a crash: its PostgreSQL is left running
      await exited(first.child);
    }
    // The next start takes over the orphaned server's directory instead of failing, and seeds nothing twice.
    const again = await startServe({ DATA_DIR: dataDir, DEMO_MODE: 'true' });
    try {
      const signIn = await fetch(`${again.url}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@rewards.example', password: DEMO_PASSWORD }),
      });
      assert.equal(signIn.status, 201, 'the demo admin signs in with the README password');
      const cookie = /__Host-session=[^;]+/.exec(signIn.headers.get('set-cookie') ?? '')?.[0] ?? '';
      const publishers = await fetch(`${again.url}/api/v1/publishers`, { headers: { cookie } });
      assert.equal(((await publishers.json()) as { items: unknown[] }).items.length, 6);
    } finally {
      again.child.kill('SIGTERM');
      assert.equal(await exited(again.child), 0, again.output());
    }
    await assert.rejects(fs.access(path.join(dataDir, 'owner.pid')), 'the lock is released on a clean stop');
  });
});

describe('[STORAGE] the database roles', () => {
  it('connects the embedded service as a role of its own, made at the first start or the next one of an older directory', async () => {
    const dataDir = path.join(temp, 'roles');
    const config = loadConfig({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
    const started = async () => {
      const db = await openDatabase(config);
      try {
        await prepareDatabase(db, config, new Date());
        assert.equal(await currentRole(db.pool), 'rewards_service');
        await assert.rejects(db.pool.query('TRUNCATE audit_log'), /permission denied/);
        await assert.rejects(db.pool.query('DROP TABLE publishers'), /must be owner/);
      } finally {
        await db.close();
      }
    };
    await started();
    // A data directory made before the role: its credentials name only the owner.
    const file = path.join(dataDir, 'credentials.json');
    const { service, ...owner } = JSON.parse(await fs.readFile(file, 'utf8'));
    assert.equal(service.user, 'rewards_service');
    await fs.writeFile(file, JSON.stringify(owner));
    await started();
    const kept = JSON.parse(await fs.readFile(file, 'utf8'));
    assert.ok(kept.service.password && kept.service.password !== service.password, 'a new password, kept');
  });

  it("migrates with the schema owner's URL, then serves as a role that only reads and writes rows", async () => {
    await withEmptyDatabase('roles', async (url) => {
      const name = new URL(url).pathname.slice(1);
      const alone = await runCli(['migrate'], { DATABASE_URL: serviceUrlFor(name) });
      assert.equal(alone.code, 1);
      assert.match(alone.stderr, /MIGRATION_DATABASE_URL/);
      const migrated = await runCli(['migrate'], databaseEnv(name));
      assert.equal(migrated.code, 0, migrated.stderr);
      // An import's ANALYZE of the ledger, as the service's role (which owns no table), on any version from 15 on.
      const service = createPool(serviceUrlFor(name), 1);
      try {
        const never = await service.query(`SELECT reltuples FROM pg_class WHERE relname = 'ledger_lines'`);
        assert.deepEqual(never.rows, [{ reltuples: -1 }], 'never analyzed yet');
        assert.deepEqual(await maintainSkippingLocked(service, 'ANALYZE', ['ledger_lines']), []);
        const analyzed = await service.query(`SELECT reltuples FROM pg_class WHERE relname = 'ledger_lines'`);
        assert.deepEqual(analyzed.rows, [{ reltuples: 0 }]);
        await assert.rejects(service.query(`SELECT analyze_ledger_table('users')`), /not one of the ledger/);
      } finally {
        await service.end();
      }
      // Everything applied: the service's role starts alone, seeds the demo and serves it.
      const served = await startServe({ DATABASE_URL: serviceUrlFor(name), DEMO_MODE: 'true' });
      try {
        const users = (await (await fetch(`${served.url}/api/v1/demo/users`)).json()) as {
          items: unknown[];
        };
        assert.ok(users.items.length >= 8, 'demo users seeded');
      } finally {
        served.child.kill('SIGTERM');
        assert.equal(await exited(served.child), 0, served.output());
      }
    });
  });
});

describe('[STORAGE] migrations', () => {
  it('apply each migration once, even when two processes migrate at once', async () => {
    await withEmptyDatabase('migrate', async (url) => {
      const a = createPool(url, 2);
      const b = createPool(url, 2);
      try {
        const [ra, rb] = await Promise.all([migrate(a), migrate(b)]);
        const files = (await fs.readdir(path.join(ROOT, 'migrations'))).filter((f) => f.endsWith('.sql'));
        assert.equal(ra.applied.length + rb.applied.length, files.length);
        const { rows } = await a.query('SELECT count(*)::int AS n FROM schema_migrations');
        assert.equal(rows[0].n, files.length);
        assert.deepEqual((await migrate(a)).applied, []);
      } finally {
        await a.end();
        await b.end();
      }
    });
  });

  it('move the two-table ledger into one table (008), voids keeping what they take away, totals unchanged', async () => {
    await withEmptyDatabase('ledger008', async (url) => {
      const pool = createPool(url, 2);
      try {
        const before = path.join(temp, 'migrations-007');
        await fs.mkdir(before);
        for (const file of (await fs.readdir(MIGRATIONS_DIR)).filter((f) => f < '008')) {
          await fs.copyFile(path.join(MIGRATIONS_DIR, file), path.join(before, file));
        }
        await migrate(pool, before);
        await inTransaction(pool, async (tx) =>
          storeProgramVersions(tx, await readProgramDir(path.join(ROOT, 'program'))),
        );
        const now = new Date();
        const day = isoDay(addDays(now, -3));
        // The old layout: a charge voided by a cancellation, a refund, another charge, a cancellation of a line
        // that has not arrived (pending).
        const { rows: made } = await pool.query<{ publisher: string; batch: number }>(
          `WITH p AS (INSERT INTO publishers (mpn_id, company_name, account_email, created_at)
                      VALUES ('4000001', 'Old Ledger Ltd', 'old@ledger.example', now()) RETURNING id),
                b AS (INSERT INTO ledger_batches (origin, created_at, folded_at) VALUES ('api', now(), now()) RETURNING id)
           SELECT p.id AS publisher, b.id AS batch FROM p, b`,
        );
        const { publisher, batch } = made[0]!;
        const lines: [string, string, number, string | null, boolean, number][] = [
          ['L1', 'charge', 10_000, null, false, 11],
          ['L2', 'refund', -2_500, null, true, 12],
          ['L3', 'charge', 7_000, null, true, 13],
          ['C1', 'cancellation', -10_000, 'L1', false, 14],
          ['C2', 'cancellation', -500, 'L9', false, 15],
        ];
        for (const [lineId, kind, cents, reverses, counts, digest] of lines) {
          await pool.query(
            `INSERT INTO ledger_keys (source, line_id, batch_id, publisher_id, kind, usd_cents, billed_on, reverses, counts, digest)
             VALUES ('mp', $1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [lineId, batch, publisher, kind, cents, day, reverses, counts, digest],
          );
          await pool.query(
            `INSERT INTO ledger_lines (source, line_id, batch_id, line_no, publisher_id, customer_id, customer_country,
                                       amount_minor, currency, usd_cents, billed_on, kind, reverses, digest)
             VALUES ('mp', $1, $2, 1, $3, 'c1', 'US', $4, 'USD', $4, $5, $6, $7, $8)`,
            [lineId, batch, publisher, cents, day, kind, reverses, digest],
          );
        }
        await pool.query(
          `INSERT INTO ledger_voids (source, line_id, publisher_id, voided_by, kind, pending) VALUES
             ('mp', 'L1', $1, 'C1', 'cancellation', false), ('mp', 'L9', $1, 'C2', 'cancellation', true)`,
          [publisher],
        );

        await migrate(pool);
        const { rows } = await pool.query(
          `SELECT line_id, batch_id = $1 AS batch, usd_cents::int AS usd FROM ledger_lines ORDER BY line_id`,
          [batch],
        );
        assert.deepEqual(
          rows.map((r) => [r.line_id, r.batch, r.usd]),
          lines.map(([lineId, , cents]) => [lineId, true, cents]).sort(),
        );
        const voids = await pool.query(
          `SELECT line_id, pending,
                  (SELECT l.batch_id = $1 FROM ledger_lines l WHERE l.source = v.source AND l.line_id = v.line_id) AS batch,
                  usd_cents::int AS usd, billed_on::text AS day
           FROM ledger_voids v ORDER BY line_id`,
          [batch],
        );
        assert.deepEqual(voids.rows, [
          { line_id: 'L1', pending: false, batch: true, usd: 10_000, day },
          { line_id: 'L9', pending: true, batch: null, usd: null, day: null },
        ]);
        const { rows: gone } = await pool.query("SELECT to_regclass('ledger_keys') AS keys");
        assert.equal(gone[0].keys, null);

        const programs = await ProgramCatalog.load(pool);
        await inTransaction(pool, (tx) => recomputeTiers(tx, programs.at(now), now));
        const { rows: standing } = await pool.query('SELECT ttm_usd_cents::int AS ttm FROM tier_standings');
        assert.deepEqual(standing, [{ ttm: -2_500 + 7_000 }], 'the voided charge does not count');
      } finally {
        await pool.end();
      }
    });
  });

  it('run from the CLI against DATABASE_URL', async () => {
    await withEmptyDatabase('cli', async (url) => {
      const first = await runCli(['migrate'], { DATABASE_URL: url });
      assert.equal(first.code, 0, first.stderr);
      const files = (await fs.readdir(path.join(ROOT, 'migrations')))
        .filter((f) => f.endsWith('.sql'))
        .sort();
      assert.equal(
        first.stdout.trim(),
        `applied ${files.length} migration(s): ${files.join(', ')}; 0 already applied`,
      );
      const second = await runCli(['migrate'], { DATABASE_URL: url });
      assert.equal(second.stdout.trim(), `applied 0 migration(s); ${files.length} already applied`);
    });
  });
});

describe('[STORAGE] maintenance', () => {
  it('passes over a table whose lock another session holds, as it would one an autovacuum works on', async () => {
    // As the tables' owner: before PostgreSQL 17 (CI runs 15) only the owner may VACUUM or ANALYZE a table.
    const { ownerPool: pool } = await freshDatabase();
    const holder = await pool.connect();
    try {
      const tables = ['ledger_lines', 'ledger_batches'];
      assert.deepEqual(await maintainSkippingLocked(pool, 'ANALYZE', tables), []);
      // What an autovacuum holds while it works on the table.
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE ledger_lines IN SHARE UPDATE EXCLUSIVE MODE');
      assert.deepEqual(await maintainSkippingLocked(pool, 'ANALYZE', tables), ['ledger_lines']);
      assert.deepEqual(await maintainSkippingLocked(pool, 'VACUUM', tables), ['ledger_lines']);
      assert.deepEqual(await maintainWhenFree(pool, 'VACUUM', tables, 0), ['ledger_lines']);
      const { rows } = await holder.query('SELECT count(*)::int AS n FROM ledger_lines');
      assert.deepEqual(rows, [{ n: 0 }], 'the holder carries on');
      await holder.query('COMMIT');
      assert.deepEqual(await maintainWhenFree(pool, 'VACUUM', tables, 0), []);
    } finally {
      holder.release();
    }
  });
});

describe('[STARTUP] program file and configuration', () => {
  it('stops on a bad program file with the file, the path of the bad field and why', async () => {
    const dir = path.join(temp, 'program');
    await fs.mkdir(dir, { recursive: true });
    const program = JSON.parse(await fs.readFile(path.join(ROOT, 'program/fy24.json'), 'utf8'));
    program.tiers[3].thresholdUsdCents = 1;
    program.benefits[0].category = 'fun';
    await fs.writeFile(path.join(dir, 'bad.json'), JSON.stringify(program));
    const checked = await runCli(['program', 'check', dir]);
    assert.equal(checked.code, 1);
    assert.match(checked.stderr, /bad\.json is not valid:\n {2}\/benefits\/0\/category: must be one of/);
    const served = await runCli(['serve'], { PROGRAM_DIR: dir, DATABASE_URL: urlFor('postgres') });
    assert.equal(served.code, 1);
    assert.match(served.stderr, /bad\.json is not valid/);
    const good = await runCli(['program', 'check']);
    assert.match(good.stdout, /fy24\.json: version FY24, effective 2023-07-01: valid/);
  });

  it('lists every configuration problem at once', async () => {
    const run = await runCli(['serve'], {
      PORT: 'abc',
      EMBEDDED_PG_PORT: '70000',
      SEED_DEMO: 'maybe',
      DATABASE_URL: 'mysql://x',
    });
    assert.equal(run.code, 1);
    for (const name of [
      'PORT="abc"',
      'EMBEDDED_PG_PORT="70000"',
      'SEED_DEMO="maybe"',
      'DATABASE_URL must start',
    ]) {
      assert.ok(run.stderr.includes(name), `${name} in ${run.stderr}`);
    }
  });

  it('refuses unknown commands and flags with usage', async () => {
    const run = await runCli(['serve', '--frobnicate']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Unknown option '--frobnicate'.*\n.*marketplace-rewards help/s);
    const help = await runCli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /DATABASE_URL/);
  });
});

describe('[STARTUP] the first admin', () => {
  it('is invited from the command line and signs in through the link', async () => {
    await withEmptyDatabase('invite', async (url) => {
      const run = await runCli(['invite', 'first.admin@example.com', '--name', 'First Admin'], {
        DATABASE_URL: url,
        PUBLIC_URL: 'https://rewards.example.com',
      });
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /https:\/\/rewards\.example\.com\/accept-invitation#token=inv_/);
      const token = /"token": "(inv_[\w-]+)"/.exec(run.stdout)?.[1];
      const service = await startServe({ DATABASE_URL: url, SEED_DEMO: 'false' });
      try {
        const accepted = await fetch(`${service.url}/api/v1/invitations/accept`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ token, password: 'copper kettle morning drizzle' }),
        });
        assert.equal(accepted.status, 201);
        assert.equal(((await accepted.json()) as { user: { role: string } }).user.role, 'program-admin');
      } finally {
        service.child.kill('SIGTERM');
        await exited(service.child);
      }
      const bad = await runCli(['invite', 'x@example.com']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--name/);
    });
  });
});
