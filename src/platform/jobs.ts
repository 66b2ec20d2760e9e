// Durable jobs in PostgreSQL (graphile-worker): jobs are added with SQL inside the transaction of the change
// that causes them, and run by worker processes; several may run at once against one database.
import { randomBytes } from 'node:crypto';
import { setTimeout as wait } from 'node:timers/promises';
import { Logger, run, runMigrations, runOnce, type Runner, type TaskList } from 'graphile-worker';
import type pg from 'pg';
import { isShutdownWhileStopping, namedStatementsInUse, type Db } from './db/pool.ts';

export type { TaskList } from 'graphile-worker';

export interface JobLog {
  info(object: unknown, message: string): void;
  error(object: unknown, message: string): void;
}

const quiet = new Logger(() => () => {});

function loggerFor(log: JobLog): Logger {
  return new Logger(() => (level, message, meta) => {
    // The database shutting down under a worker that is stopping (Ctrl-C reaches both) is not a failure of its own.
    if (level === 'error' && !isShutdownWhileStopping((meta as { error?: unknown } | undefined)?.error))
      log.error(meta ?? {}, message);
    else if (level === 'warning') log.info(meta ?? {}, message);
  });
}

/** Installs or upgrades the job tables (schema `graphile_worker`); safe in several processes at once. */
export async function installJobSchema(pool: pg.Pool): Promise<void> {
  await runMigrations({ pgPool: pool, logger: quiet });
}

export interface JobOptions {
  /** One pending job per key: adding the same key again replaces the waiting job (or follows a running one). */
  jobKey?: string;
  /** How a repeated key behaves (graphile-worker): `replace` (default) or `preserve_run_at`. */
  jobKeyMode?: 'replace' | 'preserve_run_at';
  /** When to run; default now (database time). */
  runAt?: Date;
  /** Attempts before the job is kept as failed; default 25 (graphile-worker), with exponential backoff. */
  maxAttempts?: number;
}

/** Adds a job with SQL on the caller's handle, so it commits or rolls back with the change that caused it. */
export async function addJob(db: Db, task: string, payload: object, options: JobOptions = {}): Promise<void> {
  await db.query(
    `SELECT graphile_worker.add_job(identifier => $1, payload => $2::json, run_at => $3, max_attempts => $4,
       job_key => $5, job_key_mode => $6)`,
    [
      task,
      JSON.stringify(payload),
      options.runAt ?? null,
      options.maxAttempts ?? null,
      options.jobKey ?? null,
      options.jobKeyMode ?? 'replace',
    ],
  );
}

/**
 * SQL true when the worker process named by `column` (a process key) has ended: a live worker holds a session
 * advisory lock on its key for as long as its database connection lives, so a process killed with SIGKILL
 * loses it at once. Takes the lock for the rest of the caller's transaction when it is free. The lock is held on
 * the runner's `sessionPool`: through a pooler in transaction mode it would outlive the process, and a check lent
 * the same server connection would take it (docs/scaling.md).
 */
export function workerGone(column: string): string {
  return `pg_try_advisory_xact_lock(hashtext('rewards-worker:' || ${column}))`;
}

export type RunnerState = 'running' | 'restarting' | 'stopped';

export interface JobRunner {
  /** This process's key: what `workerGone` checks. A new one after each restart. */
  readonly processKey: string;
  /** `running`; `restarting` after its liveness connection was lost; `stopped` when stopped or given up. */
  readonly state: RunnerState;
  stop(): Promise<void>;
}

interface Started {
  processKey: string;
  liveness: pg.PoolClient;
  runner: Runner;
}

/**
 * Starts a worker pool: takes this process's liveness lock first (on a connection kept for it), then runs
 * `tasks` with `concurrency` jobs at once and the `crontab` schedule (graphile-worker crontab syntax; each slot
 * is run once however many processes run it). When the liveness connection is lost (another worker may now take
 * over this one's messages), the pool stops taking jobs, lets the running ones end, and starts again under a new
 * process key and connection; after `restartAttempts` failed starts in a row (default 10, waiting 1 s doubling
 * to 30 s between them) it stays `stopped` and `onGiveUp` is called.
 */
export async function startJobRunner(options: {
  pool: pg.Pool;
  /**
   * Where the liveness lock and the queue's own connections (its LISTEN) go: a session that outlives a
   * transaction. Default `pool`; behind a pooler in transaction mode, a pool of a direct (or session-mode) URL.
   */
  sessionPool?: pg.Pool;
  /**
   * graphile-worker's named statements; false when `sessionPool` is a pooler that cannot keep them. Default: as
   * the service's own (DATABASE_PREPARED_STATEMENTS).
   */
  preparedStatements?: boolean;
  tasks: TaskList;
  crontab?: string;
  concurrency: number;
  log: JobLog;
  /** Runs once the liveness lock is held and before jobs are taken (recovery of a dead process's work). */
  beforeStart?: (processKey: string) => Promise<void>;
  restartAttempts?: number;
  onGiveUp?: (error: unknown) => void;
}): Promise<JobRunner> {
  const startOnce = async (): Promise<Started> => {
    const processKey = `p-${randomBytes(8).toString('hex')}`;
    const sessionPool = options.sessionPool ?? options.pool;
    const liveness = await sessionPool.connect();
    try {
      await liveness.query(`SELECT pg_advisory_lock(hashtext('rewards-worker:' || $1))`, [processKey]);
      await options.beforeStart?.(processKey);
      const runner = await run({
        pgPool: sessionPool,
        noPreparedStatements: !(options.preparedStatements ?? namedStatementsInUse()),
        taskList: options.tasks,
        crontab: options.crontab ?? '',
        concurrency: options.concurrency,
        noHandleSignals: true,
        pollInterval: 2000,
        logger: loggerFor(options.log),
      });
      return { processKey, liveness, runner };
    } catch (error) {
      liveness.release(true);
      throw error;
    }
  };
  let current = await startOnce();
  let state: RunnerState = 'running';
  let restarting: Promise<void> | null = null;
  const stopped = new AbortController();
  const end = async (started: Started) => {
    await started.runner.stop().catch(() => undefined);
    // Destroying the connection also drops the liveness lock.
    started.liveness.release(true);
  };
  const restart = async (lost: Started) => {
    await end(lost);
    const attempts = options.restartAttempts ?? 10;
    let lastError: unknown;
    for (let i = 0; i < attempts && state === 'restarting'; i++) {
      if (i > 0)
        await wait(Math.min(1000 * 2 ** (i - 1), 30_000), undefined, { signal: stopped.signal }).catch(
          () => undefined,
        );
      if (state !== 'restarting') return;
      try {
        const started = await startOnce();
        if (state !== 'restarting') return end(started);
        current = started;
        state = 'running';
        watch(started);
        options.log.info({ processKey: started.processKey }, 'the worker started again');
        return;
      } catch (error) {
        lastError = error;
        options.log.error({ err: error }, 'the worker could not start again');
      }
    }
    if (state === 'restarting') {
      state = 'stopped';
      options.onGiveUp?.(lastError);
    }
  };
  const watch = (started: Started) => {
    // Without its liveness lock another worker may take over this one's messages: stop taking jobs at once.
    started.liveness.on('error', (error) => {
      if (current !== started || state !== 'running') return;
      options.log.error({ err: error }, 'the worker lost its database connection; starting it again');
      state = 'restarting';
      restarting = restart(started);
    });
  };
  watch(current);
  return {
    get processKey() {
      return current.processKey;
    },
    get state() {
      return state;
    },
    stop: async () => {
      const was = state;
      state = 'stopped';
      stopped.abort();
      if (restarting) await restarting;
      if (was === 'running') await end(current);
    },
  };
}

/** Runs every job that is due now, then returns (tests, and one-off CLI runs). */
export async function runDueJobs(pool: pg.Pool, tasks: TaskList): Promise<void> {
  await runOnce({
    pgPool: pool,
    taskList: tasks,
    logger: quiet,
    noPreparedStatements: !namedStatementsInUse(),
  });
}
