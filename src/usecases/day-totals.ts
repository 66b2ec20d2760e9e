// Day totals of the publishers with many lines (migration 035): what the pages of billed sales read instead of
// summing every line of such a publisher. A publisher's totals are of its folded lines, with the voids the tier
// engine folded: the tier engine writes them in its own transactions, under its lock (features/tiers), adding each
// fold's lines and voids, and gives totals to a publisher once the statistics count it many lines.
import { hashedWhen, type Db } from '../platform/db/pool.ts';

/** A publisher the ledger's statistics count at least this many lines for gets day totals. */
export const DAY_TOTALS_FROM_LINES = 5_000;

/** A line a void folded now took away: its publisher, USD cents and day (YYYY-MM-DD). */
export interface TakenLine {
  publisher_id: string;
  usd_cents: number;
  billed_on: string;
}

/** Whether a line of `l` counts, by its kind (what voids take away is given apart). */
const COUNTED_KIND = "l.kind IN ('charge', 'refund')";

/**
 * Adds the folded batches' lines of the publishers with day totals to them, and moves what the fold's voids took
 * away (`taken`) from counted to excluded. Nothing is read when no publisher has day totals.
 */
export async function addToDayTotals(
  db: Db,
  batchIds: readonly number[],
  taken: readonly TakenLine[],
): Promise<void> {
  // Hashed: the batches' lines found by batch, joined to the ~100 publishers with day totals. Planned freely,
  // PostgreSQL looked each such publisher's lines up through its index instead (2.2 s for a fold of 100,000 lines,
  // against 74 ms; a materialized list of the batches' lines took 150 ms).
  await hashedWhen(db, true, () =>
    db.query(
      `WITH summed AS MATERIALIZED (SELECT publisher_id FROM ledger_day_publishers),
     x AS (
       SELECT l.publisher_id, l.billed_on, CASE WHEN ${COUNTED_KIND} THEN l.usd_cents ELSE 0 END AS counted,
              0::bigint AS excluded, (${COUNTED_KIND})::int AS counted_lines, (NOT ${COUNTED_KIND})::int AS excluded_lines
       FROM ledger_lines l JOIN summed s ON s.publisher_id = l.publisher_id
       WHERE l.batch_id = ANY ($1) AND EXISTS (SELECT 1 FROM summed)
       UNION ALL
       SELECT t.publisher_id, t.billed_on, -t.usd_cents, t.usd_cents, -1, 1
       FROM unnest($2::uuid[], $3::date[], $4::bigint[]) AS t (publisher_id, billed_on, usd_cents)
       JOIN summed s ON s.publisher_id = t.publisher_id
     )
     INSERT INTO ledger_day_totals AS d
       (publisher_id, billed_on, counted_usd_cents, excluded_usd_cents, counted_lines, excluded_lines)
     SELECT publisher_id, billed_on, sum(counted), sum(excluded), sum(counted_lines), sum(excluded_lines)
     FROM x GROUP BY 1, 2
     ON CONFLICT (publisher_id, billed_on) DO UPDATE
       SET counted_usd_cents = d.counted_usd_cents + excluded.counted_usd_cents,
           excluded_usd_cents = d.excluded_usd_cents + excluded.excluded_usd_cents,
           counted_lines = d.counted_lines + excluded.counted_lines,
           excluded_lines = d.excluded_lines + excluded.excluded_lines`,
      [
        batchIds,
        taken.map((t) => t.publisher_id),
        taken.map((t) => t.billed_on),
        taken.map((t) => t.usd_cents),
      ],
    ),
  );
}

/**
 * Gives day totals to the publishers the ledger's statistics count at least `minLines` lines for (its most common
 * publishers, with their share of the lines), and to `also`: built from their folded lines and the folded voids.
 * Answers how many publishers got them.
 */
export async function sumBusyPublishers(
  db: Db,
  now: Date,
  { minLines = DAY_TOTALS_FROM_LINES, also = [] as readonly string[] } = {},
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
         AND v.usd_cents IS NOT NULL
     WHERE l.publisher_id = ANY ($1)
       AND l.batch_id <> ALL (ARRAY(SELECT id FROM ledger_batches WHERE folded_at IS NULL))
     GROUP BY 1, 2`,
    [rows.map((r) => r.publisher_id)],
  );
  return rows.length;
}
