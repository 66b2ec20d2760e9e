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

export function createPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, application_name: 'marketplace-rewards' });
  // An idle connection the server closes (restart, shutdown) is dropped from the pool; the next query
  // opens a new one. Without this listener the error would end the process.
  pool.on('error', (error) => console.warn(`database connection lost: ${error.message}`));
  // A connection lost while checked out fails its query; the listener keeps it from ending the process.
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

/** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (tx: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
