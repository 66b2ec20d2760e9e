// Day totals of the publishers with many lines (migrations 035-037): what the pages of billed sales read instead
// of summing every line of such a publisher. A publisher's totals are of the lines of the batches marked summed,
// with the voids marked summed: a job adds each fold's batches and voids after the fold commits (the tier engine
// only queues it), and gives totals to a publisher once the statistics count it many lines.
import { hashedWhen, type Db, type Tx } from '../platform/db/pool.ts';

/** A publisher the ledger's statistics count at least this many lines for gets day totals. */
export const DAY_TOTALS_FROM_LINES = 5_000;

/** The job that adds what the tier engine folded to the day totals (`sumDayTotals`): one waiting at a time. */
export const DAY_TOTALS_JOB = 'ledger-day-totals';

/** Whether a line of `l` counts, by its kind (what voids take away is given apart). */
const COUNTED_KIND = "l.kind IN ('charge', 'refund')";

export interface Promotion {
  /** From how many lines (as the statistics count them) a publisher gets day totals: `DAY_TOTALS_FROM_LINES`. */
  minLines?: number;
  /** Publishers given day totals whatever their lines. */
  also?: readonly string[];
}

export interface DaySums {
  /** Batches whose lines are now in the day totals. */
  batches: number;
  /** Publishers that got day totals now. */
  publishers: number;
}

/**
 * Adds to the day totals every batch the tier engine folded since the last run, and what its voids took away
 * (moved from counted to excluded), then gives day totals to the publishers the statistics now count many lines for
 * (`sumBusyPublishers`, with `promote`). One run at a time (a transaction-scoped lock); run after each fold (the
 * `DAY_TOTALS_JOB`, or a file import at its end), and harmless when there is nothing to add. The tier engine's lock is not taken: the
 * batches and voids to add are those folded in the statement's snapshot, and a fold that commits meanwhile leaves
 * its own for the next run (its batches and voids are not marked yet).
 */
export async function sumDayTotals(tx: Tx, now: Date, promote: Promotion = {}): Promise<DaySums> {
  await lockDayTotals(tx);
  // Hashed: the batches' lines found by batch, joined to the ~100 publishers with day totals. Planned freely,
  // PostgreSQL looked each such publisher's lines up through its index instead (2.2 s for a fold of 100,000 lines,
  // against 74 ms; a materialized list of the batches' lines took 150 ms).
  const { rows } = await hashedWhen(tx, true, () =>
    tx.query<{ batches: number }>(
      `WITH summed AS MATERIALIZED (SELECT publisher_id FROM ledger_day_publishers),
     b AS (
       UPDATE ledger_batches SET summed_at = $1 WHERE summed_at IS NULL AND folded_at IS NOT NULL RETURNING id
     ), t AS (
       UPDATE ledger_voids SET summed = true WHERE NOT summed RETURNING publisher_id, billed_on, usd_cents
     ), x AS (
       SELECT l.publisher_id, l.billed_on, CASE WHEN ${COUNTED_KIND} THEN l.usd_cents ELSE 0 END AS counted,
              0::bigint AS excluded, (${COUNTED_KIND})::int AS counted_lines, (NOT ${COUNTED_KIND})::int AS excluded_lines
       FROM ledger_lines l JOIN summed s ON s.publisher_id = l.publisher_id
       WHERE l.batch_id = ANY (ARRAY(SELECT id FROM b)) AND EXISTS (SELECT 1 FROM summed)
       UNION ALL
       SELECT t.publisher_id, t.billed_on, -t.usd_cents, t.usd_cents, -1, 1
       FROM t JOIN summed s ON s.publisher_id = t.publisher_id
       WHERE t.usd_cents IS NOT NULL
     ), added AS (
       INSERT INTO ledger_day_totals AS d
         (publisher_id, billed_on, counted_usd_cents, excluded_usd_cents, counted_lines, excluded_lines)
       SELECT publisher_id, billed_on, sum(counted), sum(excluded), sum(counted_lines), sum(excluded_lines)
       FROM x GROUP BY 1, 2
       ON CONFLICT (publisher_id, billed_on) DO UPDATE
         SET counted_usd_cents = d.counted_usd_cents + excluded.counted_usd_cents,
             excluded_usd_cents = d.excluded_usd_cents + excluded.excluded_usd_cents,
             counted_lines = d.counted_lines + excluded.counted_lines,
             excluded_lines = d.excluded_lines + excluded.excluded_lines
     )
     SELECT count(*)::int AS batches FROM b`,
      [now],
    ),
  );
  return { batches: rows[0]!.batches, publishers: await sumBusyPublishers(tx, now, promote) };
}

/**
 * Builds the day totals again, from the lines and voids the tier engine has folded (`tiers recompute`): for every
 * publisher that had them and every one the statistics now count many lines for. What a change made to lines or
 * voids outside the service would have left wrong is then right again. Answers as `sumDayTotals` does.
 */
export async function rebuildDayTotals(tx: Tx, now: Date): Promise<DaySums> {
  await lockDayTotals(tx);
  await tx.query('DELETE FROM ledger_day_totals');
  const { rows } = await tx.query<{ publisher_id: string }>(
    'DELETE FROM ledger_day_publishers RETURNING publisher_id',
  );
  // With no publisher summed, the job marks every folded batch and void added and adds nothing; the publishers are
  // then built from their lines.
  return sumDayTotals(tx, now, { also: rows.map((r) => r.publisher_id) });
}

/** One run of the day totals' job at a time (for the rest of the caller's transaction). */
async function lockDayTotals(tx: Tx): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('marketplace-rewards:day-totals'))");
}

/**
 * Gives day totals to the publishers the ledger's statistics count at least `minLines` lines for (its most common
 * publishers, with their share of the lines), and to `also`: built from the lines and voids marked summed (run
 * under `sumDayTotals`'s lock, after it has added what was folded).
 * Answers how many publishers got them.
 */
async function sumBusyPublishers(
  db: Db,
  now: Date,
  { minLines = DAY_TOTALS_FROM_LINES, also = [] }: Promotion,
): Promise<number> {
  const { rows } = await db.query<{ publisher_id: string }>(
    `WITH busy AS (
       SELECT m.publisher_id FROM pg_stats s
         CROSS JOIN LATERAL unnest(s.most_common_vals::text::uuid[], s.most_common_freqs) AS m (publisher_id, share)
       WHERE s.schemaname = 'public' AND s.tablename = 'ledger_lines' AND s.attname = 'publisher_id'
         AND m.share * (SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'ledger_lines'::regclass) >= $1
       UNION SELECT unnest($2::uuid[])
     )
     INSERT INTO ledger_day_publishers (publisher_id, summed_at)
     SELECT b.publisher_id, $3 FROM busy b WHERE EXISTS (SELECT 1 FROM publishers p WHERE p.id = b.publisher_id)
     ON CONFLICT DO NOTHING
     RETURNING publisher_id`,
    [minLines, also, now],
  );
  if (rows.length === 0) return 0;
  await db.query(
    `INSERT INTO ledger_day_totals
       (publisher_id, billed_on, counted_usd_cents, excluded_usd_cents, counted_lines, excluded_lines)
     SELECT l.publisher_id, l.billed_on,
            coalesce(sum(l.usd_cents) FILTER (WHERE ${COUNTED_KIND} AND v.line_id IS NULL), 0),
            coalesce(sum(l.usd_cents) FILTER (WHERE v.line_id IS NOT NULL), 0),
            count(*) FILTER (WHERE ${COUNTED_KIND} AND v.line_id IS NULL),
            count(*) FILTER (WHERE NOT ${COUNTED_KIND} OR v.line_id IS NOT NULL)
     FROM ledger_lines l
       LEFT JOIN ledger_voids v ON v.source = l.source AND v.line_id = l.line_id AND v.publisher_id = l.publisher_id
         AND v.usd_cents IS NOT NULL AND v.summed
     WHERE l.publisher_id = ANY ($1)
       AND l.batch_id <> ALL (ARRAY(SELECT id FROM ledger_batches WHERE summed_at IS NULL))
     GROUP BY 1, 2`,
    [rows.map((r) => r.publisher_id)],
  );
  return rows.length;
}
