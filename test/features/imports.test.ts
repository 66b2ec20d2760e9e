// File imports through the real CLI (src/features/imports): rejected lines reported with their numbers, offers and
// rates from files, and an import killed with SIGKILL in the middle of a file that, run again, ends with the totals
// of a clean one. (Damaged files as a property, and adversarial ones: test/import-*.test.ts.)
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type pg from 'pg';
import {
  engineAgainstLines,
  FIRST_MPN,
  HEADER,
  rateLines,
  seedPublishers,
  seedRates,
  writeLinesCsv,
} from '../../bench/synthetic.ts';
import { addMonths, isoDay } from '../../src/domain/time.ts';
import { ROOT, runCli } from '../support/cli.ts';
import { adminUrl, freshDatabase } from '../support/db.ts';

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rewards-import-'));
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** The synthetic files' currencies' rates for every month from `daysAgo` days ago to this one. */
async function ratesSince(pool: pg.Pool, daysAgo: number): Promise<void> {
  const client = await pool.connect();
  try {
    await seedRates(client, day(daysAgo).slice(0, 7), day(0).slice(0, 7), new Date());
  } finally {
    client.release();
  }
}

async function seeded(publishers: number) {
  const db = await freshDatabase();
  const client = await db.pool.connect();
  try {
    await seedPublishers(client, publishers, new Date());
  } finally {
    client.release();
  }
  return db;
}

/** Every total a clean import must reproduce, keyed by MPN ID (company ids differ between databases). */
async function totals(pool: pg.Pool) {
  const { rows } = await pool.query(`SELECT
      (SELECT count(*)::int FROM ledger_lines) AS lines,
      (SELECT coalesce(sum(usd_cents), 0)::bigint FROM ledger_lines) AS usd,
      (SELECT count(*)::int FROM ledger_voids) AS voids,
      (SELECT json_agg(json_build_array(p.mpn_id, s.ttm_usd_cents, s.tier_id) ORDER BY p.mpn_id)
       FROM tier_standings s JOIN publishers p ON p.company_id = s.company_id) AS standings`);
  return rows[0];
}

/** Imports a month's rates of every currency for the last 40 days from a file, and `extra` lines after them. */
async function importRates(db: { url: string }, name: string, extra = '') {
  const rates = path.join(dir, name);
  await fs.writeFile(rates, `${rateLines(day(40).slice(0, 7), day(0).slice(0, 7)).join('\n')}\n${extra}`);
  return { file: rates, run: await runCli(['import', 'currency-rates', rates], { DATABASE_URL: db.url }) };
}

describe('imports: files from the command line', () => {
  it('[FEED] imports currency rates from a file, with a malformed month reported', async () => {
    const db = await freshDatabase();
    const rates = await importRates(db, 'rates.csv', 'EUR,2026-13,1.1\n');
    assert.equal(rates.run.code, 3, rates.run.stderr);
    assert.match(await fs.readFile(`${rates.file}.rejects.csv`, 'utf8'), /malformed-month/);
  });

  it('[FEED] imports billed sales, every rejected line reported with its number and reason; a second run changes nothing', async () => {
    const db = await seeded(3);
    const rates = await importRates(db, 'sales-rates.csv');
    assert.equal(rates.run.code, 0, rates.run.stderr);
    const file = path.join(dir, 'sales.csv');
    const p = FIRST_MPN;
    await fs.writeFile(
      file,
      [
        HEADER,
        `mp,1,${p},o0-0,c1,US,100000,USD,${day(3)},charge,`,
        `mp,2,${p},o0-0,c1,US,-100,USD,${day(3)},charge,`,
        `mp,3,${p},o0-0,=cmd(),US,100,USD,${day(3)},charge,`,
        `mp,4,${p},o0-0,c1,US,2500,EUR,${day(3)},charge,`,
        `mp,5,${p},o0-1,"c, quoted",US,100,USD,${day(3)},charge,`,
        `mp,6,999,o0-0,c1,US,100,USD,${day(3)},charge,`,
        `mp,7,${p},o0-0,c1,US,100,USD,yesterday,charge,`,
        `mp,8,${p},o0-0,c1,US,100,USD`,
        `mp,1,${p},o0-0,c1,US,100000,USD,${day(3)},charge,`,
      ].join('\n'),
    );
    const first = await runCli(['import', 'billed-sales', file], { DATABASE_URL: db.url });
    assert.equal(first.code, 3, first.stderr);
    assert.match(first.stdout, /accepted 3, duplicate 1, rejected 5/);
    const report = await fs.readFile(`${file}.rejects.csv`, 'utf8');
    assert.deepEqual(
      report
        .trim()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split('","').slice(0, 2).join(' ').slice(1)),
      ['3 negative-charge', '4 formula-cell', '7 unknown-publisher', '8 malformed-date', '9 malformed-line'],
    );
    const before = await totals(db.pool);
    assert.equal(before.lines, 3);
    const { rows: written } = await db.pool.query(
      `SELECT l.line_id, p.mpn_id, o.external_id AS offer FROM ledger_lines l
       JOIN publishers p ON p.id = l.publisher_id JOIN offers o ON o.id = l.offer_id ORDER BY l.line_id`,
    );
    assert.deepEqual(
      written,
      [
        { line_id: '1', mpn_id: String(p), offer: 'o0-0' },
        { line_id: '4', mpn_id: String(p), offer: 'o0-0' },
        { line_id: '5', mpn_id: String(p), offer: 'o0-1' },
      ],
      'each line written with the ids of its publisher and offer',
    );
    const second = await runCli(['import', 'billed-sales', file], { DATABASE_URL: db.url });
    assert.match(second.stdout, /imported before/);
    assert.match(second.stdout, /accepted 3, duplicate 1, rejected 5 \(9 lines/, 'the header is not a line');
    assert.deepEqual(await totals(db.pool), before);
  });

  it('[FEED] imports offers from a file; one that goes live opens its welcome clock (S3)', async () => {
    const db = await seeded(3);
    const p = FIRST_MPN;
    const offers = path.join(dir, 'offers.csv');
    await fs.writeFile(
      offers,
      [
        'mpnId,offerId,name,marketplace,listingOption,markets,status',
        `${p},contoso.new,New offer,appsource,free-trial,US DE,live`,
        `${p},contoso.bad,Bad,nowhere,free-trial,US,live`,
      ].join('\n'),
    );
    const offersRun = await runCli(['import', 'offers', offers], { DATABASE_URL: db.url });
    assert.equal(offersRun.code, 3, offersRun.stderr);
    const { rows } = await db.pool.query(
      `SELECT o.status, t.kind FROM offers o LEFT JOIN tasks t ON t.offer_id = o.id WHERE o.external_id = 'contoso.new'`,
    );
    assert.deepEqual(rows, [{ status: 'live', kind: 'welcome' }], 'going live opened the welcome clock (S3)');
  });

  it("[FEED] reports offers: a publisher's pending change the marketplace agrees with is confirmed, one it contradicts declined", async () => {
    const db = await seeded(1);
    // The publisher's owner asked for its first offer to be co-sell ready and its second to be sold in Germany.
    const { rows: asked } = await db.pool.query<{ offer_id: string; external_id: string }>(
      `WITH u AS (INSERT INTO users (publisher_id, email, display_name, role, created_at)
                  SELECT id, 'owner@publisher.example', 'Owner', 'publisher-owner', now() FROM publishers LIMIT 1
                  RETURNING id, publisher_id)
       INSERT INTO offer_change_requests (publisher_id, offer_id, co_sell_ready, markets, requested_by, requested_at)
       SELECT o.publisher_id, o.id, CASE WHEN o.name = 'Offer 0' THEN true END,
              CASE WHEN o.name = 'Offer 1' THEN '{US,DE}'::text[] END, u.id, now()
       FROM offers o JOIN u ON u.publisher_id = o.publisher_id
       RETURNING offer_id, (SELECT external_id FROM offers WHERE id = offer_id)`,
    );
    assert.equal(asked.length, 2);
    const offers = path.join(dir, 'offers-facts.csv');
    await fs.writeFile(
      offers,
      [
        'mpnId,offerId,name,marketplace,listingOption,coSellReady,markets,status',
        `${FIRST_MPN},o0-0,Offer 0,azure-marketplace,transact,true,US,live`,
        `${FIRST_MPN},o0-1,Offer 1,azure-marketplace,transact,false,US,live`,
      ].join('\n'),
    );
    const run = await runCli(['import', 'offers', offers], { DATABASE_URL: db.url });
    assert.equal(run.code, 0, run.stderr);
    const { rows } = await db.pool.query(
      `SELECT o.name, o.co_sell_ready, o.markets, r.status, r.decided_via FROM offer_change_requests r
       JOIN offers o ON o.id = r.offer_id ORDER BY o.name`,
    );
    assert.deepEqual(rows, [
      { name: 'Offer 0', co_sell_ready: true, markets: ['US'], status: 'confirmed', decided_via: 'feed' },
      { name: 'Offer 1', co_sell_ready: false, markets: ['US'], status: 'declined', decided_via: 'feed' },
    ]);
  });

  it('[FEED] has a file stopped at a header naming an unknown column (read on the worker thread) before any line is written', async () => {
    const db = await seeded(1);
    const file = path.join(dir, 'typo.csv');
    await fs.writeFile(
      file,
      `${HEADER.replace('amountMinor', 'amount')}\nmp,1,${FIRST_MPN},o0-0,c1,US,1,USD,${day(1)},charge,\n`,
    );
    const run = await runCli(['import', 'billed-sales', file], { DATABASE_URL: db.url });
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stderr, /line 1 has the column "amount", which is not one of/);
    assert.doesNotMatch(run.stderr, /at .*worker/, 'a known error, told without a stack');
    const { rows } = await db.pool.query('SELECT (SELECT count(*)::int FROM ledger_lines) AS lines');
    assert.deepEqual(rows, [{ lines: 0 }]);
  });

  it('[FEED] has every line of a damaged file accounted for: a quote that never closes spoils its own line only', async () => {
    const db = await seeded(1);
    const p = FIRST_MPN;
    const row = (id: number, customer = 'c1', amount = 100) =>
      `mp,${id},${p},o0-0,${customer},US,${amount},USD,${day(2)},charge,`;
    // Line 3 opens a quote that never closes: the lines after it are lines all the same.
    const damaged = path.join(dir, 'damaged.csv');
    await fs.writeFile(damaged, [HEADER, row(1), row(2, '"c2'), row(3), row(4, '"c""4"'), row(5)].join('\n'));
    const run = await runCli(['import', 'billed-sales', damaged], { DATABASE_URL: db.url });
    assert.equal(run.code, 3, run.stderr);
    assert.match(run.stdout, /accepted 4, duplicate 0, rejected 1 \(5 lines/);
    assert.match(
      await fs.readFile(`${damaged}.rejects.csv`, 'utf8'),
      /^"3","malformed-line","",".*does not close/m,
    );
    const { rows } = await db.pool.query('SELECT line_id, customer_id FROM ledger_lines ORDER BY line_id');
    assert.deepEqual(
      rows.map((r) => [r.line_id, r.customer_id]),
      [
        ['1', 'c1'],
        ['3', 'c1'],
        ['4', 'c"4'],
        ['5', 'c1'],
      ],
    );
  });

  it('[FEED] has a file refused at a header it cannot trust, naming the column, before any line is written', async () => {
    const db = await seeded(1);
    const p = FIRST_MPN;
    const row = (id: number) => `mp,${id},${p},o0-0,c1,US,100,USD,${day(2)},charge,`;
    const refused = async (name: string, content: string | Buffer, reason: RegExp) => {
      const file = path.join(dir, name);
      await fs.writeFile(file, content);
      const answer = await runCli(['import', 'billed-sales', file], { DATABASE_URL: db.url });
      assert.equal(answer.code, 1, answer.stdout);
      assert.match(answer.stderr, reason);
      assert.doesNotMatch(answer.stderr, /\n\s+at /, 'told without a stack');
    };
    // amountMinor twice: the last one won, 900000 counted instead of 10000.
    await refused(
      'twice.csv',
      `${HEADER},amountMinor\nmp,9,${p},o0-0,c1,US,10000,USD,${day(2)},charge,,900000\n`,
      /line 1 names the column "amountMinor" twice/,
    );
    await refused(
      'missing.csv',
      `${HEADER.replace(',currency', '')}\nmp,9,${p},o0-0,c1,US,10000,${day(2)},charge,\n`,
      /line 1 has no column "currency", which every line needs/,
    );
    await refused(
      'utf16.csv',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\r\n${row(9)}\r\n`, 'utf16le')]),
      /UTF-16 text, not UTF-8: save it as UTF-8/,
    );
    const { rows: after } = await db.pool.query('SELECT count(*)::int AS n FROM ledger_lines');
    assert.deepEqual(after, [{ n: 0 }], 'a refused file writes nothing');
  });

  it('[FEED] is told any other failure in words, never as an object or a stack, with exit 1', async () => {
    const file = path.join(dir, 'nowhere.csv');
    await fs.writeFile(file, `${HEADER}\nmp,1,${FIRST_MPN},o0-0,c1,US,1,USD,${day(1)},charge,\n`);
    const missing = new URL(adminUrl());
    missing.pathname = '/rewards_test_no_such_database';
    const run = await runCli(['import', 'billed-sales', file], { DATABASE_URL: missing.toString() });
    assert.equal(run.code, 1, run.stderr);
    assert.match(
      run.stderr,
      /^marketplace-rewards: database "rewards_test_no_such_database" does not exist \(PostgreSQL 3D000\)\nWhat was committed stays; run the same command again to carry on\.\n$/,
    );
  });

  it('[FEED] runs a file again after SIGKILL in the middle of it, and ends with the totals of a clean import', async () => {
    // The file is the whole ledger: it is written without the index by publisher, built again at its end; killed
    // in the middle, the index is missing until the run again builds it, as the migration made it.
    const file = path.join(dir, 'many.csv');
    await writeLinesCsv(file, { publishers: 40, lines: 60_000, from: day(500), to: day(1), seed: 11 });
    const clean = await seeded(40);
    const killed = await seeded(40);
    for (const db of [clean, killed]) {
      await ratesSince(db.pool, 600);
      // The tier engine is current: the import's lines are folded, not recomputed for a new day.
      assert.equal((await runCli(['tiers', 'recompute'], { DATABASE_URL: db.url })).code, 0);
    }
    const migrated = await publisherIndex(killed.pool);
    assert.match(migrated ?? '', /ON public\.ledger_lines USING btree \(publisher_id, billed_on, line_id\)/);
    const cleanRun = await runCli(
      ['import', 'billed-sales', file, '--chunk', '2000'],
      { DATABASE_URL: clean.url },
      120_000,
    );
    assert.equal(cleanRun.code, 0, cleanRun.stderr);

    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'src/cli/main.ts'), 'import', 'billed-sales', file, '--chunk', '2000'],
      {
        env: { ...process.env, DATABASE_URL: killed.url },
        stdio: 'ignore',
      },
    );
    let done = 0;
    while (done === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const { rows } = await killed.pool.query('SELECT coalesce(max(lines_done), 0) AS n FROM imports');
      done = rows[0].n;
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const { rows } = await killed.pool.query('SELECT lines_done, finished_at FROM imports');
    assert.ok(
      rows[0].lines_done < 60_000 && rows[0].finished_at === null,
      `killed midway: ${JSON.stringify(rows)}`,
    );
    assert.equal(await publisherIndex(killed.pool), null, 'dropped while the file is written');
    assert.equal(await autovacuumOff(killed.pool), true, 'no autovacuum to wait for at the end');

    const rerun = await runCli(
      ['import', 'billed-sales', file, '--chunk', '2000'],
      { DATABASE_URL: killed.url },
      120_000,
    );
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.match(rerun.stdout, /Carried on after line \d+/);
    const expected = await totals(clean.pool);
    assert.equal(expected.lines, 60_000);
    assert.equal(expected.standings.length, 40, 'every publisher has its standing');
    // The whole file is most of the ledger: the tier engine recomputed rather than folded it, with the same result
    // as the rule read plainly from the lines, and changes recorded as caused by lines.
    const client = await clean.pool.connect();
    const check = await engineAgainstLines(client, isoDay(addMonths(new Date(), -12)), day(0)).finally(() =>
      client.release(),
    );
    assert.equal(check.engine, check.reference);
    const { rows: causes } = await clean.pool.query('SELECT DISTINCT cause FROM tier_changes');
    assert.deepEqual(causes, [{ cause: 'lines' }]);
    assert.deepEqual(await totals(killed.pool), expected);
    assert.equal(await publisherIndex(killed.pool), migrated);
    assert.equal(await publisherIndex(clean.pool), migrated);
    for (const db of [killed, clean]) assert.equal(await autovacuumOff(db.pool), false);
  });
});

describe('import: the day totals of publishers with many lines', () => {
  it('[PROGRAM ADMIN] has tiers recompute build them again from the lines, and the file import add to them', async () => {
    const db = await seeded(4);
    await ratesSince(db.pool, 400);
    assert.equal((await runCli(['tiers', 'recompute'], { DATABASE_URL: db.url })).code, 0);
    // The most common publisher is given day totals, as one the statistics count many lines for would be.
    const { rows: first } = await db.pool.query(`SELECT id FROM publishers WHERE mpn_id = '${FIRST_MPN}'`);
    const publisherId: string = first[0].id;
    await db.pool.query('INSERT INTO ledger_day_publishers (publisher_id, summed_at) VALUES ($1, now())', [
      publisherId,
    ]);
    const fromLines = async () =>
      (
        await db.pool.query(
          `SELECT coalesce(sum(l.usd_cents), 0)::bigint AS counted, count(*)::int AS lines FROM ledger_lines l
           WHERE l.publisher_id = $1 AND l.kind IN ('charge', 'refund') AND NOT EXISTS (
             SELECT 1 FROM ledger_voids v WHERE v.source = l.source AND v.line_id = l.line_id
               AND v.publisher_id = l.publisher_id AND v.usd_cents IS NOT NULL)`,
          [publisherId],
        )
      ).rows[0];
    const fromTotals = async () =>
      (
        await db.pool.query(
          `SELECT coalesce(sum(counted_usd_cents), 0)::bigint AS counted, coalesce(sum(counted_lines), 0)::int AS lines
           FROM ledger_day_totals WHERE publisher_id = $1`,
          [publisherId],
        )
      ).rows[0];
    for (const seed of [3, 4]) {
      const file = path.join(dir, `days-${seed}.csv`);
      await writeLinesCsv(file, {
        publishers: 4,
        lines: 3_000,
        from: day(300),
        to: day(1),
        seed,
        firstLine: seed * 10_000,
      });
      const run = await runCli(['import', 'billed-sales', file], { DATABASE_URL: db.url });
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(await fromTotals(), await fromLines(), `the import's end added file ${seed}`);
    }
    assert.ok(Number((await fromLines()).counted) > 0);
    // A change made outside the service (here: to the totals themselves) is undone by a recompute.
    await db.pool.query('UPDATE ledger_day_totals SET counted_usd_cents = counted_usd_cents + 1');
    assert.notDeepEqual(await fromTotals(), await fromLines());
    const recompute = await runCli(['tiers', 'recompute'], { DATABASE_URL: db.url });
    assert.equal(recompute.code, 0, recompute.stderr);
    assert.match(recompute.stdout, /built the day totals of 1 publisher\(s\) with many lines again/);
    assert.deepEqual(await fromTotals(), await fromLines());
  });
});

/** Whether autovacuum is off for the ledger's lines. */
async function autovacuumOff(pool: pg.Pool): Promise<boolean> {
  const { rows } = await pool.query<{ off: boolean }>(
    "SELECT coalesce('autovacuum_enabled=false' = ANY (reloptions), false) AS off FROM pg_class WHERE oid = 'ledger_lines'::regclass",
  );
  return rows[0]!.off;
}

/** The definition of the ledger's index by publisher (migration 034), null when there is none. */
async function publisherIndex(pool: pg.Pool): Promise<string | null> {
  const { rows } = await pool.query<{ indexdef: string }>(
    "SELECT indexdef FROM pg_indexes WHERE indexname = 'ledger_lines_by_publisher'",
  );
  return rows[0]?.indexdef ?? null;
}
