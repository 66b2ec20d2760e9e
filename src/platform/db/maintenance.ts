// Maintenance statements (ANALYZE, VACUUM) that never cancel an autovacuum at work on the same table.
//
// PostgreSQL cancels an autovacuum worker that has kept another session waiting for a lock for deadlock_timeout. An
// autovacuum cancelled while it summarizes a BRIN index leaves a placeholder for that page range, and PostgreSQL 18
// then returns every range after it to every scan of the index, whatever they hold (measured: a fold's 100,000 lines
// read through 195,812 pages of a 248,136-page ledger, 1.6 s instead of 0.1 s) until that range is summarized
// again (`brin_desummarize_range` then `brin_summarize_range`, or REINDEX). The ledger's lines are found through
// BRIN indexes, and inserts make autovacuum summarize them often: a statement here gives up waiting before
// deadlock_timeout instead.
import type pg from 'pg';

/**
 * Runs a maintenance statement unless a lock it needs is held (by an autovacuum, or anyone else) for more than
 * half of deadlock_timeout; answers whether it ran. It runs on a connection of its own, outside any transaction.
 */
export async function maintainUnlessBusy(pool: pg.Pool, statement: string): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query(
      `SELECT set_config('lock_timeout',
         greatest(1, extract(epoch FROM current_setting('deadlock_timeout')::interval) * 500)::int || 'ms', false)`,
    );
    await client.query(statement);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '55P03') return false; // lock_not_available
    throw error;
  } finally {
    await client.query('RESET lock_timeout').catch(() => undefined);
    client.release();
  }
}
