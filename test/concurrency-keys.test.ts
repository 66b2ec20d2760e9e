// Writers of the same ledger keys at once: API batches in different orders and a file import, each line counted
// once and none failing for it (a deadlock's victim is run again).
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import pg from 'pg';
import { FIRST_MPN, HEADER, random, seedPublishers } from '../bench/synthetic.ts';
import { writeBatch } from '../src/features/billed-sales/billed-sales.service.ts';
import { inRetriedTransaction, type TransactionRetry } from '../src/platform/db/pool.ts';
import { testApp } from './support/app.ts';
import { runCli } from './support/cli.ts';

const t = await testApp();

describe('[CONCURRENCY] writers of the same ledger keys', () => {
  it("runs a deadlock's victim again, whole, and both writers succeed", async () => {
    // Two transactions take two locks in opposite orders, each its first before either takes its second: PostgreSQL
    // ends one (40P01), which runs again from the start.
    const runs = [0, 0];
    const retries: TransactionRetry[] = [];
    let holding = 0;
    let bothHold!: () => void;
    const firstLocksTaken = new Promise<void>((resolve) => (bothHold = resolve));
    const writer = (who: 0 | 1, locks: [number, number]) =>
      inRetriedTransaction(
        t.pool,
        async (tx) => {
          runs[who]!++;
          await tx.query('SELECT pg_advisory_xact_lock($1)', [locks[0]]);
          if (runs[who] === 1) {
            if (++holding === 2) bothHold();
            await firstLocksTaken;
          }
          await tx.query('SELECT pg_advisory_xact_lock($1)', [locks[1]]);
          return who;
        },
        (retry) => retries.push(retry),
      );
    assert.deepEqual(await Promise.all([writer(0, [7_001, 7_002]), writer(1, [7_002, 7_001])]), [0, 1]);
    assert.deepEqual(
      retries.map((r) => [r.reason, r.code, r.attempt]),
      [['deadlock', '40P01', 1]],
    );
    assert.deepEqual([...runs].sort(), [1, 2]);
  });

  it('takes API batches in different orders and a file import of the same keys at once: all succeed, each line once', async (context) => {
    // Its own database, on today's clock: the CLI's import folds as of today too.
    const live = await testApp(new Date().toISOString());
    const url = live.pool.options.connectionString!;
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-concurrency-'));
    // The gate and the watch use connections of their own: the app's pool is busy with the batches.
    const gate = new pg.Client(url);
    const watch = new pg.Client(url);
    for (const client of [gate, watch]) {
      await client.connect();
      // The file's database is dropped (its connections ended) before this test's own cleanup runs.
      client.on('error', () => {});
    }
    context.after(async () => {
      await gate.end();
      await watch.end();
      await fs.rm(dir, { recursive: true, force: true });
    });
    const publishers = 3;
    await seedPublishers(watch, publishers, live.clock.now());
    const { rows: ids } = await watch.query<{ id: string; mpn_id: string }>(
      'SELECT id, mpn_id FROM publishers',
    );
    const idOf = new Map(ids.map((r) => [r.mpn_id, r.id]));
    // A batch's rows are grouped by their publisher id's first byte: the gate is a line of the first group.
    const first = ids.reduce((a, b) => (a.id.slice(0, 2) <= b.id.slice(0, 2) ? a : b));
    const day = (daysAgo: number) =>
      new Date(live.clock.now().getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    /** What each publisher's lines must add up to: charges, less those a cancellation voids. */
    const reference = new Map<string, number>();
    const keys = 3_000;
    const batches = 4;
    const rounds = 3;
    for (let round = 0; round < rounds; round++) {
      const lines: { id: string; p: number; amount: number; day: string; kind: string; reverses: string }[] =
        [];
      for (let i = 0; i < keys - keys / 100; i++) {
        const p = (i * 7) % publishers;
        const amount = 100 + ((i * 7919 + round * 104_729) % 1_000_000);
        lines.push({ id: `L${round}-${i}`, p, amount, day: day(1 + (i % 60)), kind: 'charge', reverses: '' });
        const mpn = String(FIRST_MPN + p);
        reference.set(mpn, (reference.get(mpn) ?? 0) + amount);
      }
      for (let c = 0; c < keys / 100; c++) {
        const target = lines[c * 97]!;
        lines.push({
          ...target,
          id: `C${round}-${c}`,
          amount: -target.amount,
          kind: 'cancellation',
          reverses: target.id,
        });
        const mpn = String(FIRST_MPN + target.p);
        reference.set(mpn, reference.get(mpn)! - target.amount);
      }
      const shuffled = (seed: number) => {
        const rnd = random(seed);
        const copy = [...lines];
        for (let i = copy.length - 1; i > 0; i--) {
          const j = Math.floor(rnd() * (i + 1));
          [copy[i], copy[j]] = [copy[j]!, copy[i]!];
        }
        return copy;
      };
      const inFile = shuffled(round * 100);
      const file = path.join(dir, `round-${round}.csv`);
      await fs.writeFile(
        file,
        [
          HEADER,
          ...inFile.map(
            (l) =>
              `mp,${l.id},${FIRST_MPN + l.p},o${l.p}-0,c${l.p},US,${l.amount},USD,${l.day},${l.kind},${l.reverses}`,
          ),
        ].join('\n'),
      );
      // A gate: a line of the import's first chunk (and of the first publisher a batch writes), written by a
      // transaction that waits. Every writer stops at it (or behind another writer) holding the lines it wrote
      // before it, in its own order; once all wait, the gate rolls back and they carry on together. Without one the
      // writers rarely overlap in a test: the import starts a second after the batches, whose COPY takes a few
      // milliseconds.
      const gated = inFile.find(
        (l, i) => i >= 250 && l.kind === 'charge' && String(FIRST_MPN + l.p) === first.mpn_id,
      )!;
      assert.ok(inFile.indexOf(gated) < 500, "in the import's first chunk");
      await gate.query('BEGIN');
      await writeBatch(
        gate,
        'api',
        [
          {
            lineNo: 1,
            line: {
              source: 'mp',
              lineId: gated.id,
              publisherId: idOf.get(String(FIRST_MPN + gated.p))!,
              offerId: null,
              customerId: 'gate',
              customerCountry: 'US',
              amountMinor: 1,
              currency: 'USD',
              usdCents: 1,
              billedOn: gated.day,
              kind: 'charge',
              reverses: null,
              note: null,
            },
          },
        ],
        live.clock.now(),
      );
      const { rows: pid } = await gate.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const gatePid = pid[0]!.pid;
      let settled = 0;
      const imported = runCli(['import', 'billed-sales', file, '--chunk', '500', '--json'], {
        DATABASE_URL: url,
      });
      void imported.finally(() => settled++);
      const sent = Array.from({ length: batches }, (_, b) =>
        live.call('POST', '/api/v1/billed-sales/batches', {
          as: live.adminEmail,
          headers: { 'idempotency-key': `"round-${round}-batch-${b}"` },
          body: {
            lines: shuffled(round * 100 + b + 1).map((l) => ({
              source: 'mp',
              lineId: l.id,
              mpnId: String(FIRST_MPN + l.p),
              offerId: `o${l.p}-0`,
              customerId: `c${l.p}`,
              customerCountry: 'US',
              amountMinor: l.amount,
              currency: 'USD',
              billedOn: l.day,
              kind: l.kind,
              ...(l.reverses ? { reversesLineId: l.reverses } : {}),
            })),
          },
        }),
      );
      for (const answer of sent) void answer.finally(() => settled++);
      for (;;) {
        const { rows } = await watch.query<{ waiting: number }>(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> $1`,
          [gatePid],
        );
        if (rows[0]!.waiting + settled >= batches + 1) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await gate.query('ROLLBACK');
      const answers = await Promise.all(sent);
      const cli = await imported;
      assert.deepEqual(
        { batches: answers.map((a) => [a.status, a.body.rejected]), import: cli.code },
        { batches: answers.map(() => [200, 0]), import: 0 },
        `round ${round}: every batch answers 200 with no line rejected, the import exits 0\n` +
          `${JSON.stringify(answers.filter((a) => a.status !== 200).map((a) => a.body))}\n${cli.stdout}\n${cli.stderr}`,
      );
      assert.doesNotMatch(cli.stdout + cli.stderr, /^\s+at |severity: '|\{$/m, 'no raw error object');
      const summary = JSON.parse(cli.stdout.trim().split('\n').at(-1)!);
      assert.equal(summary.rejected, 0);
      const accepted = answers.reduce(
        (sum, a) => sum + (a.body.accepted as number),
        summary.accepted as number,
      );
      const duplicate = answers.reduce(
        (sum, a) => sum + (a.body.duplicate as number),
        summary.duplicate as number,
      );
      assert.deepEqual(
        [accepted, duplicate],
        [keys, keys * batches],
        `round ${round}: each line accepted once`,
      );
      const { rows } = await watch.query(
        `SELECT count(*)::int AS rows, count(DISTINCT line_id)::int AS keys FROM ledger_lines
         WHERE source = 'mp' AND line_id ~ $1`,
        [`^[LC]${round}-`],
      );
      assert.deepEqual(rows, [{ rows: keys, keys }], `round ${round}: one ledger row per key`);
    }
    // Each company's standing in the engine, and the sum of its counted lines, are the plain sum.
    const { rows: standings } = await watch.query<{ mpn: string; engine: number; lines: number }>(
      `SELECT p.mpn_id AS mpn, s.ttm_usd_cents AS engine,
              (SELECT coalesce(sum(l.usd_cents), 0)::bigint FROM ledger_lines l
               WHERE l.publisher_id = p.id AND l.kind IN ('charge', 'refund')
                 AND NOT EXISTS (SELECT 1 FROM ledger_lines r WHERE r.publisher_id = l.publisher_id
                   AND r.source = l.source AND r.reverses = l.line_id AND r.kind IN ('cancellation', 'fraud-reversal')))
              AS lines
       FROM publishers p JOIN tier_standings s ON s.company_id = p.company_id ORDER BY p.mpn_id`,
    );
    assert.deepEqual(
      standings,
      [...reference]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([mpn, cents]) => ({ mpn, engine: cents, lines: cents })),
    );
  });
});
