// Maintenance statements (ANALYZE, VACUUM) that never cancel an autovacuum at work on the same table.
//
// PostgreSQL cancels an autovacuum worker that has kept another session waiting for a lock for deadlock_timeout. An
// autovacuum cancelled while it summarizes a BRIN index leaves a placeholder for that page range, and PostgreSQL 18
// then returns every range after it to every scan of the index, whatever they hold (measured: a fold's 100,000 lines
// read through 195,812 pages of a 248,136-page ledger, 1.6 s instead of 0.1 s) until that range is summarized
// again (`brin_desummarize_range` then `brin_summarize_range`, or REINDEX). The ledger's lines are found through
// BRIN indexes, and inserts make autovacuum summarize them often: the statements here use SKIP_LOCKED, which passes
// over a table whose lock is held instead of waiting for it.
import type pg from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';

export type Maintenance = 'ANALYZE' | 'VACUUM';

/** SQLSTATE of the warning "skipping ... --- lock not available". */
const LOCK_NOT_AVAILABLE = '55P03';

/**
 * ANALYZE, or VACUUM with ANALYZE, of each table, with SKIP_LOCKED: a table whose lock is held (by an autovacuum, or
 * anyone) is passed over at once. Answers the tables passed over. ANALYZE is of the ledger's tables only
 * (`analyze_ledger_table`, which any role of the service may run); VACUUM needs the tables' owner.
 */
export async function maintainSkippingLocked(
  pool: pg.Pool,
  command: Maintenance,
  tables: readonly string[],
): Promise<string[]> {
  const client = await pool.connect();
  const skipped = new Set<string>();
  let table = '';
  const onNotice = (notice: { code?: string }) => {
    if (notice.code === LOCK_NOT_AVAILABLE) skipped.add(table);
  };
  client.on('notice', onNotice);
  try {
    for (table of tables) {
      // ANALYZE through the function that runs it as the tables' owner (migration 032): the service's role owns none.
      await client.query(
        command === 'ANALYZE'
          ? { text: 'SELECT analyze_ledger_table($1)', values: [table] }
          : `VACUUM (SKIP_LOCKED, ANALYZE) ${table}`,
      );
    }
  } finally {
    client.off('notice', onNotice);
    client.release();
  }
  return [...skipped];
}

/**
 * `maintainSkippingLocked`, again each second for the tables passed over, for at most `patienceMs`. Answers the
 * tables still passed over when patience ran out.
 */
export async function maintainWhenFree(
  pool: pg.Pool,
  command: Maintenance,
  tables: readonly string[],
  patienceMs: number,
): Promise<string[]> {
  const until = Date.now() + patienceMs;
  let left = await maintainSkippingLocked(pool, command, tables);
  while (left.length > 0 && Date.now() + 1000 <= until) {
    await sleep(1000);
    left = await maintainSkippingLocked(pool, command, left);
  }
  return left;
}

/**
 * Drops (`wanted` false) or builds when missing (`wanted` true) the ledger's index by publisher (migration 034), as
 * the tables' owner through `ledger_publisher_index`. Its lock is asked for half a second at a time, never long
 * enough to cancel an autovacuum, again each second for at most `patienceMs`. Answers whether it was done.
 */
export async function ledgerPublisherIndex(
  pool: pg.Pool,
  wanted: boolean,
  patienceMs: number,
): Promise<boolean> {
  const until = Date.now() + patienceMs;
  for (;;) {
    const { rows } = await pool.query<{ done: boolean }>('SELECT ledger_publisher_index($1) AS done', [
      wanted,
    ]);
    if (rows[0]!.done) return true;
    if (Date.now() + 1000 > until) return false;
    await sleep(1000);
  }
}
