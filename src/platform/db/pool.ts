// The connection pool and the transaction helper every edge (route, CLI, job) uses.
import pg from 'pg';

// bigint columns hold money in cents: read them as numbers, refusing any beyond exact integer range.
pg.types.setTypeParser(pg.types.builtins.INT8, (text) => {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`bigint ${text} is beyond the safe integer range`);
  return value;
});

/** What a service needs of the database: a pool, or a client inside a transaction. */
export type Db = Pick<pg.PoolClient, 'query'>;
export type Pool = pg.Pool;

declare const inTransactionBrand: unique symbol;
/**
 * A client inside a transaction, as `inTransaction` hands it out. A function that locks rows (`FOR UPDATE`, an
 * advisory transaction lock) or needs several statements to land together takes a `Tx`: a pool is not one, so
 * the compiler refuses to let such a function run its statements on separate connections.
 */
export type Tx = Db & { readonly [inTransactionBrand]: true };

export function createPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, application_name: 'marketplace-rewards' });
  // An idle connection the server closes (restart, shutdown) is dropped from the pool; the next query
  // opens a new one. Without this listener the error would end the process. The server shutting down while this
  // process stops (Ctrl-C in a terminal reaches the embedded PostgreSQL too) is no news for each idle connection.
  pool.on('error', (error) => {
    if (!isShutdownWhileStopping(error)) console.warn(`database connection lost: ${error.message}`);
  });
  // A connection lost while checked out fails its query; the listener keeps it from ending the process.
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

let namedStatements = true;

/**
 * Whether `statement`s are named (default true), set once at start-up from DATABASE_PREPARED_STATEMENTS: false
 * behind a pooler in transaction mode that cannot carry prepared statements from one transaction to the next
 * (PgBouncer before 1.21, or without max_prepared_statements).
 */
export function useNamedStatements(on: boolean): void {
  namedStatements = on;
}

/** Whether `statement`s are named: what `useNamedStatements` set last (default true). */
export function namedStatementsInUse(): boolean {
  return namedStatements;
}

/**
 * A statement the hot paths send on every request, named: each connection parses it once and PostgreSQL keeps
 * its plan (a generic one once it costs no more than planning each time), where an unnamed statement is parsed
 * and planned on every call. Measured on the demo data, PostgreSQL's time for a publisher's facts went from 1.46
 * to 0.62 ms and for a session from 0.20 to 0.08 ms. `name` must be unique to `text` in the process.
 */
export function statement(name: string, text: string): (values: unknown[]) => pg.QueryConfig {
  return (values) => (namedStatements ? { name, text, values } : { text, values });
}

/**
 * Runs `work`'s statements with nested loops and sorts off (SET LOCAL, back to the defaults after it), when `on`:
 * for a statement over many new lines whose count the planner cannot know (ids past its statistics), which it would
 * otherwise look up one by one. Hashes instead. `db` must be inside a transaction for the setting to hold.
 */
export async function hashedWhen<T>(db: Db, on: boolean, work: () => Promise<T>): Promise<T> {
  if (!on) return work();
  await db.query('SET LOCAL enable_nestloop = off; SET LOCAL enable_sort = off');
  const result = await work();
  await db.query('SET LOCAL enable_nestloop TO DEFAULT; SET LOCAL enable_sort TO DEFAULT');
  return result;
}

/** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client as unknown as Tx);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** PostgreSQL's codes for a transaction it ended so that others could go on: run it again and it succeeds. */
const RETRYABLE = new Map([
  ['40P01', 'deadlock'],
  ['40001', 'serialization failure'],
]);

/** Runs of a transaction ended as a deadlock's victim or a serialization failure, the first included. */
export const TRANSACTION_ATTEMPTS = 5;

export interface TransactionRetry {
  /** What ended the run: `deadlock` or `serialization failure`, with PostgreSQL's code. */
  reason: string;
  code: string;
  /** The run that failed (1 is the first) and the wait before the next. */
  attempt: number;
  delayMs: number;
}

/**
 * `inTransaction`, run again from the start when PostgreSQL ends it as a deadlock's victim (40P01) or for a
 * serialization failure (40001): up to TRANSACTION_ATTEMPTS runs, after a random wait of up to 50 ms, 100 ms,
 * 200 ms, 400 ms (full jitter: writers that collided do not collide again in step). `work` must be safe to run
 * again: everything it writes is in the transaction, which the failure rolled back. Anything else it throws, or
 * the last failure, is thrown as it is. `onRetry` hears each retry (to log it).
 */
export async function inRetriedTransaction<T>(
  pool: pg.Pool,
  work: (tx: Tx) => Promise<T>,
  onRetry?: (retry: TransactionRetry) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransaction(pool, work);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      const reason = typeof code === 'string' ? RETRYABLE.get(code) : undefined;
      if (!reason || attempt >= TRANSACTION_ATTEMPTS) throw error;
      const delayMs = Math.round(Math.random() * 50 * 2 ** (attempt - 1));
      onRetry?.({ reason, code: code as string, attempt, delayMs });
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

let stopping = false;

/** Says that this process is stopping (a signal): the database shutting down under it is then expected. */
export function processStopping(): void {
  stopping = true;
}

/**
 * Whether `error` is PostgreSQL ending a connection because it shuts down (SQLSTATE 57P01) while this process
 * stops. At any other time (an operator's pg_terminate_backend, a restart, a failover) it is reported.
 */
export function isShutdownWhileStopping(error: unknown): boolean {
  return stopping && (error as { code?: unknown } | null)?.code === '57P01';
}
