// What each command does, once main.ts has parsed and checked its arguments. Each returns the exit status, or -1
// for a command that keeps running until a signal (serve, worker).
import { ProgramCatalog, ProgramFileError, readProgramDir } from '../features/program/program.service.ts';
import { ConfigError, loadConfig } from '../platform/config.ts';
import { DataDirInUseError } from '../platform/db/embedded.ts';
import { inviteStaff } from '../features/invitations/invitations.service.ts';
import { inTransaction } from '../platform/db/pool.ts';
import { applyAllTierChanges, recomputeTiers } from '../features/tiers/tiers.service.ts';
import { rebuildDayTotals } from '../usecases/day-totals.ts';
import { openDatabase, prepareDatabase, startService, type Database } from '../server.ts';
import { ImportFileError } from '../features/imports/imports.records.ts';
import { sweepClocks } from '../features/clocks/clocks.service.ts';
import { runImport, type ImportCommand } from './import.ts';
import { stopOnSignals } from './signals.ts';

type Env = NodeJS.ProcessEnv;

export async function serve(env: Env): Promise<number> {
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
  return -1;
}

export async function sweepClocksNow(env: Env): Promise<number> {
  return withDatabase(env, async (db, programs) => {
    const now = new Date();
    const result = await sweepClocks((work) => inTransaction(db.pool, work), programs.at(now), now);
    console.log(JSON.stringify(result));
    return 0;
  });
}

export async function invite(
  env: Env,
  invitee: { email: string; name: string; role: 'program-admin' | 'rewards-team' },
): Promise<number> {
  const config = loadConfig(env);
  const db = await openDatabase(config);
  try {
    await db.migrate();
    const { email, name, role } = invitee;
    const invitation = await inTransaction(db.pool, (tx) =>
      inviteStaff(tx, { email, displayName: name, role }, config.publicUrl, new Date()),
    );
    console.log(`Invitation for ${email} (${role}), valid until ${invitation.expiresAt}:\n${invitation.url}`);
    console.log(`Or: POST /api/v1/invitations/accept {"token": "${invitation.token}", "password": "..."}`);
  } finally {
    await db.close();
  }
  return 0;
}

export async function migrateOnce(env: Env): Promise<number> {
  const db = await openDatabase(loadConfig(env));
  try {
    const result = await db.migrate();
    console.log(
      `applied ${result.applied.length} migration(s)${result.applied.length ? `: ${result.applied.join(', ')}` : ''}; ${result.alreadyApplied} already applied`,
    );
  } finally {
    await db.close();
  }
  return 0;
}

export async function importFile(env: Env, options: ImportCommand): Promise<number> {
  try {
    return await withDatabase(env, (db, programs) => runImport(db.pool, programs, options));
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

export async function tiers(env: Env, what: 'recompute' | 'apply'): Promise<number> {
  return withDatabase(env, async (db, programs) => {
    const started = performance.now();
    const now = new Date();
    if (what === 'recompute') {
      const run = await inTransaction(db.pool, (tx) => recomputeTiers(tx, programs.at(now), now));
      console.log(
        `recomputed every company in ${Math.round(performance.now() - started)} ms: ${run.changes.length} tier change(s)`,
      );
      const days = await inTransaction(db.pool, (tx) => rebuildDayTotals(tx, now));
      console.log(
        `built the day totals of ${days.publishers} publisher(s) with many lines again, from their lines`,
      );
    }
    const applied = await applyAllTierChanges(db.pool, programs.at(now), () => new Date());
    console.log(`applied ${applied} tier change(s): newly unlocked benefits recorded and announced`);
    return 0;
  });
}

export async function checkProgram(env: Env, dir: string | undefined): Promise<number> {
  const versions = await readProgramDir(dir ?? loadConfig(env).programDir);
  for (const v of versions)
    console.log(`${v.sourceFile}: version ${v.program.version}, effective ${v.program.effectiveFrom}: valid`);
  return 0;
}

/** Opens the database (migrated, program loaded, never seeded), runs `work`, closes it, also on Ctrl-C. */
async function withDatabase(
  env: Env,
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
    await db.migrate();
    const stored = await ProgramCatalog.load(db.pool);
    const programs =
      stored.versions.length > 0
        ? stored
        : (await prepareDatabase(db, { ...config, seedDemo: false }, new Date())).programs;
    return await work(db, programs);
  } finally {
    await db.close();
  }
}
