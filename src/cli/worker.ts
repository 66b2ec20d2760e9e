// `marketplace-rewards worker`: the job workers (delivery, clocks, tier changes) in a process of their own.
import { loadConfig } from '../platform/config.ts';
import { systemClock } from '../platform/clock.ts';
import { openDatabase, prepareDatabase } from '../server.ts';
import { startWorkers } from '../worker.ts';
import { PROGRAM_REFRESH_MS } from '../features/program/program.service.ts';
import { stopOnSignals } from './signals.ts';

/** `worker`: migrates, loads the program, runs the job workers until SIGINT or SIGTERM. */
export async function runWorkerProcess(env: NodeJS.ProcessEnv): Promise<number> {
  const config = loadConfig(env);
  const db = await openDatabase(config);
  try {
    const { programs } = await prepareDatabase(db, { ...config, seedDemo: false }, new Date());
    const log = {
      info: (object: unknown, message: string) =>
        config.logLevel !== 'silent' &&
        console.log(JSON.stringify({ level: 'info', msg: message, ...(object as object) })),
      error: (object: unknown, message: string) =>
        console.error(JSON.stringify({ level: 'error', msg: message, ...(object as object) })),
    };
    // Workers that lost their connection and could not start again: exit non-zero so a supervisor restarts us.
    const workers = await startWorkers(config, db, programs, systemClock, log, (error) => {
      log.error({ err: String(error) }, 'the worker could not start again; exiting');
      void db.close().finally(() => process.exit(1));
    });
    console.log(
      `worker ${workers.processKey} running ${config.workerConcurrency} job(s) at once; mail ${config.smtpUrl ? 'over SMTP' : 'kept in the outbox (no SMTP_URL)'}`,
    );
    // A version published through another process's API is taken at the next refresh.
    const stopRefreshing = programs.startRefreshing(db.pool, PROGRAM_REFRESH_MS, (error) =>
      log.error({ err: String(error) }, 'could not read the program versions again; keeping those loaded'),
    );
    stopOnSignals(
      (signal) => console.log(`${signal}: stopping the worker`),
      () => {
        stopRefreshing();
        return workers.stop().then(() => db.close());
      },
    );
    return -1; // keep running
  } catch (error) {
    await db.close();
    throw error;
  }
}
