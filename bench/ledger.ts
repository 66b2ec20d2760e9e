// npm run bench: the billed-sales ledger against PostgreSQL itself, in one run on one server.
//   (a) raw COPY of the same CSV into a table with only the unique key on (source, line id), and into a bare table
//   (b) the project's import, end to end (the CLI as a user runs it: parse, check, convert, write, tier engine)
//   (c) a bare SQL GROUP BY sum over the stored lines      (d) the full tier recompute
//   (e) the incremental tier update after 1% more lines (the tier engine's share of importing them; the pages' day
//   totals, added after it in a transaction of their own, are printed apart), and (e0) the
//   least bare SQL does for those lines (sum them by company, update those companies' rows) (target e/e0 <= 2);
//   (ew) the same fold replayed warm and rolled back, the better of two, as (e0) is measured (ew/e0);
//   (e1) the same new lines into a ledger a tenth the size, in a second database (target e/e1 <= 1.3)
//   (f) a what-if simulation on the same ledger: the $25K threshold moved to $30K from today, and (f2) from 30 days
//   on (target f/d and f2/d <= 2)
//   (p) before (e), while the engine is current (bench/pages.ts): the publisher pages through the HTTP stack (started in
//   process on this database, signed in as a rewards team member): GET …/publishers/:id/benefits, …/billed-sales,
//   …/billed-sales/lines?limit=50 and …?status=excluded&limit=50, for the publisher with the most lines and the one
//   whose count is closest to 17 (for the excluded lines also the one closest to 17 that has some: the other's page
//   is empty), and a primary-key read through the same stack (bench/http.ts); one request at a
//   time, the median of 15 after 3 warm-up rounds; every answer a 200 (target big/small <= 1.5, small/pk <= 2)
// Prints lines per second, the ratios b/a, d/c, e/d, e0/d, e/e0, ew/e0, e/e1, f/d and f2/d, the import's peak memory and the
// pages' table (milliseconds, big/small, small/pk, body sizes); writes bench/out/ledger.json (the pages under
// `pages`).
// Flags: --publishers N --lines N (default 100,000 and 10,000,000), --out FILE, --keep (keep the data directory).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { prepareDatabase } from '../src/server.ts';
import { startEmbeddedPostgres } from '../src/platform/db/embedded.ts';
import { maintainWhenFree } from '../src/platform/db/maintenance.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { createPool, inTransaction, type Tx } from '../src/platform/db/pool.ts';
import { foldPending, recomputeTiers } from '../src/features/tiers/tiers.service.ts';
import { runSimulation } from '../src/features/simulations/simulations.service.ts';
import { addDays, addMonths, isoDay } from '../src/domain/time.ts';
import { publisherPages } from './pages.ts';
import { engineAgainstLines, seedPublishers, seedRates, writeLinesCsv } from './synthetic.ts';

const { values } = parseArgs({
  options: {
    publishers: { type: 'string', default: '100000' },
    lines: { type: 'string', default: '10000000' },
    out: { type: 'string', default: path.join(import.meta.dirname, 'out/ledger.json') },
    keep: { type: 'boolean', default: false },
  },
});
const publishers = Number(values.publishers);
const lines = Number(values.lines);
if (!Number.isInteger(publishers) || publishers < 1 || !Number.isInteger(lines) || lines < 100) {
  throw new Error('--publishers is a whole number from 1, --lines from 100');
}
const extra = Math.max(1, Math.round(lines / 100));
const log = (text: string) => console.log(text);
/** The tables vacuumed after a first import, before anything is measured on them. */
const MAINTAINED = [
  'ledger_lines',
  'ledger_batches',
  'ledger_voids',
  'tier_standings',
  'tier_changes',
  'publishers',
  'ledger_day_publishers',
  'ledger_day_totals',
];
const work = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'rewards-bench-ledger-'));
await fs.promises.chmod(work, 0o755);
const server = await startEmbeddedPostgres({ dataDir: path.join(work, 'data'), port: 0 });
const admin = new pg.Client(server.adminUrl);
await admin.connect();
await admin.query('CREATE DATABASE rewards');
await admin.end();
const url = server.urlFor('rewards');
const pool = createPool(url, 4);
const client = new pg.Client(url);
await client.connect();

const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await work();
  return [result, (performance.now() - started) / 1000];
};

/**
 * The better of two runs of `work`, in seconds (and both runs), each on a vacuumed `tier_standings` in a transaction rolled back;
 * `setup` runs first in that transaction, not timed.
 */
const bestOfTwoRolledBack = async (
  work: (tx: Tx) => Promise<unknown>,
  setup?: (tx: Tx) => Promise<unknown>,
) => {
  const runs: number[] = [];
  for (let run = 0; run < 2; run++) {
    await client.query('VACUUM tier_standings');
    const tx = await pool.connect();
    try {
      await tx.query('BEGIN');
      await setup?.(tx as unknown as Tx);
      runs.push((await timed(() => work(tx as unknown as Tx)))[1]);
    } finally {
      await tx.query('ROLLBACK');
      tx.release();
    }
  }
  return { seconds: Math.min(...runs), runs };
};

try {
  const now = new Date();
  const today = isoDay(now);
  // The bench is the owner of its own server: it migrates and works as the superuser.
  const { programs } = await prepareDatabase(
    { pool, migrate: () => migrate(pool) },
    { programDir: path.resolve(import.meta.dirname, '../program'), seedDemo: false },
    now,
  );
  const firstDay = isoDay(addDays(now, -730));
  const lastMainDay = isoDay(addDays(now, -8));
  await seedPublishers(client, publishers, now);
  await seedRates(client, firstDay.slice(0, 7), today.slice(0, 7), now);
  const main = path.join(work, 'lines.csv');
  const more = path.join(work, 'more.csv');
  const [, generateSeconds] = await timed(async () => {
    await writeLinesCsv(main, { publishers, lines, from: firstDay, to: lastMainDay, seed: 42 });
    await writeLinesCsv(more, {
      publishers,
      lines: extra,
      from: isoDay(addDays(now, -7)),
      to: today,
      seed: 7,
      firstLine: lines,
    });
  });
  log(
    `${publishers.toLocaleString('en-US')} publishers, ${lines.toLocaleString('en-US')} lines (${(fs.statSync(main).size / 2 ** 20).toFixed(0)} MB CSV) + ${extra.toLocaleString('en-US')} more; generated in ${generateSeconds.toFixed(1)} s; ${os.cpus().length} cores`,
  );

  // The key is the ledger's own: (source, line id) compared as bytes (COLLATE "C", migration 008).
  const columns = `source text COLLATE "C", line_id text COLLATE "C", mpn_id text, offer_id text, customer_id text,
    customer_country text, amount_minor bigint, currency text, billed_on date, kind text, reverses_line_id text`;
  const copyInto = async (table: string, ddl: string) => {
    await client.query(`CREATE TABLE ${table} (${columns}${ddl})`);
    await client.query('CHECKPOINT');
    const [, seconds] = await timed(() =>
      pipeline(
        fs.createReadStream(main, { highWaterMark: 1 << 20 }),
        client.query(copyFrom(`COPY ${table} FROM STDIN (FORMAT csv, HEADER true)`)),
      ),
    );
    await client.query(`DROP TABLE ${table}`);
    return seconds;
  };
  const bareCopy = await copyInto('bench_bare', '');
  log(`(a0) COPY into a table with no index        ${rate(lines, bareCopy)}`);
  const keyedCopy = await copyInto('bench_keyed', ', UNIQUE (source, line_id)');
  log(`(a)  COPY into a table keyed (source, line)  ${rate(lines, keyedCopy)}`);

  await client.query('CHECKPOINT');
  const imported = await runImport(main);
  log(
    `(b)  import end to end                       ${rate(lines, imported.wall)}   b/a ${(keyedCopy / imported.wall).toFixed(2)}   peak memory ${mb(imported.summary.peakRssBytes)}`,
  );
  log(
    `       phases: hash ${imported.summary.seconds.hash.toFixed(1)} s, lines ${imported.summary.seconds.lines.toFixed(1)} s, tier engine ${imported.summary.seconds.tiers.toFixed(1)} s, day totals ${imported.summary.seconds.days.toFixed(1)} s; accepted ${imported.summary.accepted}, duplicate ${imported.summary.duplicate}, rejected ${imported.summary.rejected}, tier changes ${imported.summary.tierChanges}`,
  );
  // Between runs of autovacuum, never cancelling one (src/platform/db/maintenance.ts: a cancelled BRIN summary makes
  // every later page range of the index match every scan).
  await maintainWhenFree(pool, 'VACUUM', MAINTAINED, Infinity);

  const bareAggregate = async () =>
    (
      await timed(() =>
        client.query('SELECT publisher_id, sum(usd_cents) FROM ledger_lines GROUP BY publisher_id'),
      )
    )[1];
  const recompute = async () =>
    (await timed(() => inTransaction(pool, (tx) => recomputeTiers(tx, programs.at(now), new Date()))))[1];
  // Each twice, alternating, the better of two: the first run of anything warms the cache for the rest.
  const aggregateRuns = [await bareAggregate()];
  const recomputeRuns = [await recompute()];
  aggregateRuns.push(await bareAggregate());
  recomputeRuns.push(await recompute());
  const c = Math.min(...aggregateRuns);
  const d = Math.min(...recomputeRuns);
  log(`(c)  bare GROUP BY sum over the lines        ${c.toFixed(2)} s (${rate(lines, c)})`);
  log(`(d)  full tier recompute                     ${d.toFixed(2)} s   d/c ${(d / c).toFixed(2)}`);

  // What if $25K became $30K: (f) from today, when the engine's standings hold every company's total (the
  // recompute just made them); (f2) from 30 days on, a window of its own: one pass over the lines for both windows.
  // Each twice, the better of two.
  const whatIf = async (days: number) => {
    const body = {
      change: { kind: 'tier-threshold' as const, tierId: 'usd-25k', thresholdUsdCents: 3_000_000 },
      effectiveFrom: isoDay(addDays(now, days)),
    };
    const runs: number[] = [];
    let last: Awaited<ReturnType<typeof runSimulation>> | undefined;
    for (let run = 0; run < 2; run++) {
      const [result, seconds] = await timed(() =>
        inTransaction(pool, (tx) => runSimulation(tx, programs.at(now), body, now)),
      );
      last = result;
      runs.push(seconds);
    }
    return { seconds: Math.min(...runs), runs, simulation: last!.simulation };
  };
  const f = await whatIf(0);
  const f2 = await whatIf(30);
  for (const [name, label, x] of [
    ['(f)  what-if ($25K -> $30K), from today     ', 'f', f],
    ['(f2) what-if ($25K -> $30K), in 30 days     ', 'f2', f2],
  ] as const) {
    log(
      `${name}${x.seconds.toFixed(2)} s   ${label}/d ${(x.seconds / d).toFixed(2)}   (${x.simulation.companies.down.toLocaleString('en-US')} companies down, ${x.simulation.publishers.affected.toLocaleString('en-US')} publishers affected)`,
    );
  }

  // (p) The publisher pages through the service's HTTP stack, while the engine is current (before (e)).
  const pages = await publisherPages({
    client,
    pool,
    serviceUrl: server.serviceUrlFor('rewards'),
    migrationUrl: url,
    now,
    log,
  });

  const { rows: batches } = await client.query<{ id: string }>(
    'SELECT coalesce(max(id), 0) AS id FROM ledger_batches',
  );
  const lastBatch = Number(batches[0]!.id);
  const incremental = await runImport(more);
  const e = incremental.summary.seconds.tiers;
  log(
    `(e)  incremental update after ${extra.toLocaleString('en-US')} lines    ${(e * 1000).toFixed(0)} ms   e/d ${(e / d).toFixed(3)}   (importing them took ${incremental.wall.toFixed(1)} s; then the pages' day totals ${(incremental.summary.seconds.days * 1000).toFixed(0)} ms)`,
  );
  // The least any store of one standing per company must do for those lines, in bare SQL: sum them by company
  // (here each profile is its own company) and update those companies' rows; no kinds, voids, window, roll-up,
  // new companies or tier changes. Rolled back, on a vacuumed table like the one (e) found; the better of two.
  const { seconds: e0, runs: floorRuns } = await bestOfTwoRolledBack((tx) =>
    tx.query(
      `UPDATE tier_standings s SET ttm_usd_cents = s.ttm_usd_cents + d.delta
       FROM (SELECT publisher_id, sum(usd_cents)::bigint AS delta FROM ledger_lines WHERE batch_id > $1
             GROUP BY publisher_id) d
       WHERE s.company_id = d.publisher_id`,
      [lastBatch],
    ),
  );
  log(
    `(e0) bare SQL: sum those lines, update their rows  ${(e0 * 1000).toFixed(0)} ms   e0/d ${(e0 / d).toFixed(3)}   e/e0 ${(e / e0).toFixed(2)}`,
  );

  // (e warm) Like for like with (e0): the same fold again, warm (e0 reads lines that (e) has read first, in pages it
  // brought in), rolled back, the better of two. Each run first puts the batches back as not folded and removes the
  // voids their fold recorded (not timed), so the tier engine does all of (e)'s work again.
  const { seconds: eWarm, runs: warmRuns } = await bestOfTwoRolledBack(
    (tx) => foldPending(tx, programs.at(now), new Date(), { lines: extra, queueDayTotals: false }),
    async (tx) => {
      await tx.query(
        `DELETE FROM ledger_voids v USING ledger_lines r
         WHERE r.batch_id > $1 AND r.kind IN ('cancellation', 'fraud-reversal')
           AND v.source = r.source AND v.voided_by = r.line_id`,
        [lastBatch],
      );
      await tx.query('UPDATE ledger_batches SET folded_at = NULL WHERE id > $1', [lastBatch]);
    },
  );
  log(
    `(ew) the same fold again, warm, rolled back (as e0 is)  ${(eWarm * 1000).toFixed(0)} ms   ew/e0 ${(eWarm / e0).toFixed(2)}`,
  );

  // Correctness, not timing: every line went in once, and the engine's standings (a full recompute, then an
  // incremental fold) agree with a plain SQL reading of the rule over the stored lines.
  if (imported.summary.accepted !== lines || incremental.summary.accepted !== extra) {
    throw new Error(`lines lost: ${imported.summary.accepted} + ${incremental.summary.accepted} accepted`);
  }
  const check = await engineAgainstLines(client, isoDay(addMonths(now, -12)), today);
  if (check.engine !== check.reference) {
    throw new Error(`the tier engine says ${check.engine}, the lines say ${check.reference}`);
  }
  log(`       check: the engine's total equals the lines' (${check.engine} cents)`);

  // (e1) The same new lines folded into a ledger a tenth the size: the fold's cost should follow the new lines, not
  // the ledger (target e/e1 <= 1.3). A second database on the same server, filled the same way.
  const e1 = await incrementalOnTenth(now, more);
  log(
    `(e1) the same ${extra.toLocaleString('en-US')} lines into a ledger of ${e1.lines.toLocaleString('en-US')}  ${(e1.seconds * 1000).toFixed(0)} ms   e/e1 ${(e / e1.seconds).toFixed(2)}`,
  );

  // Applying the recorded tier changes (unlocks, emails) is left to `tiers apply` or the service: not measured here.

  const result = {
    machine: { cores: os.cpus().length, node: process.version },
    publishers,
    lines,
    extraLines: extra,
    copyBare: { seconds: bareCopy, linesPerSecond: lines / bareCopy },
    copyKeyed: { seconds: keyedCopy, linesPerSecond: lines / keyedCopy },
    import: {
      seconds: imported.wall,
      linesPerSecond: lines / imported.wall,
      phases: imported.summary.seconds,
      peakRssBytes: imported.summary.peakRssBytes,
    },
    bareAggregate: { seconds: c, runs: aggregateRuns },
    recompute: { seconds: d, runs: recomputeRuns },
    incremental: {
      seconds: e,
      importSeconds: incremental.wall,
      dayTotalsSeconds: incremental.summary.seconds.days,
    },
    incrementalOnTenth: e1,
    bareIncrementalUpdate: { seconds: e0, runs: floorRuns },
    warmIncrementalUpdate: { seconds: eWarm, runs: warmRuns },
    simulation: Object.fromEntries(
      (
        [
          ['today', f],
          ['in30Days', f2],
        ] as const
      ).map(([key, x]) => [
        key,
        {
          seconds: x.seconds,
          runs: x.runs,
          companiesDown: x.simulation.companies.down,
          companiesUp: x.simulation.companies.up,
          publishersAffected: x.simulation.publishers.affected,
        },
      ]),
    ),
    pages,
    tierChangesRecorded: imported.summary.tierChanges + incremental.summary.tierChanges,
    ratios: {
      importToKeyedCopy: keyedCopy / imported.wall,
      recomputeToAggregate: d / c,
      incrementalToRecompute: e / d,
      bareIncrementalToRecompute: e0 / d,
      incrementalToBare: e / e0,
      warmIncrementalToBare: eWarm / e0,
      incrementalToTenthLedger: e / e1.seconds,
      simulationToRecompute: f.seconds / d,
      simulationIn30DaysToRecompute: f2.seconds / d,
    },
  };
  await fs.promises.mkdir(path.dirname(values.out), { recursive: true });
  await fs.promises.writeFile(values.out, `${JSON.stringify(result, null, 2)}\n`);
  log(`written ${values.out}`);
} finally {
  await client.end();
  await pool.end();
  await server.stop();
  if (!values.keep) await fs.promises.rm(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}

/**
 * A ledger a tenth the size in a database of its own on the same server (the same publishers and rates, lines from
 * the same generator over the same days), then `more` imported into it: the tier engine's seconds for those lines.
 */
async function incrementalOnTenth(now: Date, more: string): Promise<{ lines: number; seconds: number }> {
  const tenth = Math.max(100, Math.round(lines / 10));
  await client.query('CREATE DATABASE rewards_tenth');
  const tenthUrl = server.urlFor('rewards_tenth');
  const tenthPool = createPool(tenthUrl, 4);
  const tenthClient = new pg.Client(tenthUrl);
  await tenthClient.connect();
  try {
    await prepareDatabase(
      { pool: tenthPool, migrate: () => migrate(tenthPool) },
      { programDir: path.resolve(import.meta.dirname, '../program'), seedDemo: false },
      now,
    );
    const firstDay = isoDay(addDays(now, -730));
    await seedPublishers(tenthClient, publishers, now);
    await seedRates(tenthClient, firstDay.slice(0, 7), isoDay(now).slice(0, 7), now);
    const file = path.join(work, 'lines-tenth.csv');
    await writeLinesCsv(file, {
      publishers,
      lines: tenth,
      from: firstDay,
      to: isoDay(addDays(now, -8)),
      seed: 42,
    });
    await runImport(file, tenthUrl);
    // As the full ledger was before (e): vacuumed, its BRIN ranges summarized, between runs of autovacuum.
    await maintainWhenFree(tenthPool, 'VACUUM', MAINTAINED, Infinity);
    const { summary } = await runImport(more, tenthUrl);
    if (summary.accepted !== extra) throw new Error(`lines lost in the tenth ledger: ${summary.accepted}`);
    return { lines: tenth, seconds: summary.seconds.tiers };
  } finally {
    await tenthClient.end();
    await tenthPool.end();
  }
}

interface ImportJson {
  accepted: number;
  duplicate: number;
  rejected: number;
  tierChanges: number;
  peakRssBytes: number;
  seconds: { hash: number; lines: number; tiers: number; days: number; unlocks: number };
}

async function runImport(file: string, databaseUrl = url): Promise<{ wall: number; summary: ImportJson }> {
  const [output, wall] = await timed(() =>
    runCli(['import', 'billed-sales', file, '--json', '--defer-unlocks'], databaseUrl),
  );
  return { wall, summary: JSON.parse(output.trim().split('\n').at(-1)!) as ImportJson };
}

function runCli(args: string[], databaseUrl = url): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.resolve(import.meta.dirname, '../src/cli/main.ts'), ...args],
      {
        env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited with ${code}:\n${out}`)),
    );
  });
}

function rate(count: number, seconds: number): string {
  return `${Math.round(count / seconds)
    .toLocaleString('en-US')
    .padStart(9)} lines/s (${seconds.toFixed(1)} s)`;
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MB`;
}
