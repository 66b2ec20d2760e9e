// SQL fragments over the ledger that the billed-sales pages and eligibility's trailing total share: which lines a
// cancellation or fraud reversal voids, and which lines count toward a tier.

/** Whether some batch is not folded yet (a file import under way): day totals are then not read at all. */
export const UNFOLDED = 'EXISTS (SELECT 1 FROM ledger_batches WHERE folded_at IS NULL)';

/**
 * Joins each line of `l` to what voids it, if anything: a void the tier engine folded in (`v`: one that took the
 * line away, or one still waiting for it because the line's batch is not folded yet), or else a reversal of the
 * line by its own publisher in a batch not folded yet (`u`, the first received: lowest batch id, then line; a file import folds at its
 * end). `profiles` is constant SQL for the uuid[] of the profiles read (their ids travel as query parameters): only
 * their unfolded reversals are looked at, and none at all (not even their index) once every batch is folded: a plan
 * made for any publisher read a big one's every line through its index to find none (340 ms for 450,000).
 * `hashed`: a statement summing the profiles' lines, which PostgreSQL joins to the voids by a hash, reads the
 * profiles' voids only (their index) instead of every void in the ledger (25 ms of a small publisher's
 * explanation). Not for a page of lines: planned once for any publisher, the join would then find a line's void
 * among all its publisher's voids, for each of a big publisher's lines (over a minute for 450,000).
 */
export const voidedJoin = (profiles: string, { hashed = false } = {}) => `LEFT JOIN ledger_voids v
  ON v.source = l.source AND v.line_id = l.line_id AND v.publisher_id = l.publisher_id${
    hashed ? ` AND v.publisher_id = ANY (${profiles})` : ''
  }
    AND (v.usd_cents IS NOT NULL OR (v.pending AND l.kind IN ('charge', 'refund')))
  LEFT JOIN (
    SELECT DISTINCT ON (r.publisher_id, r.source, r.reverses) r.publisher_id, r.source, r.reverses, r.line_id, r.kind
    FROM ledger_lines r
    WHERE ${UNFOLDED} AND r.batch_id = ANY (ARRAY(SELECT id FROM ledger_batches WHERE folded_at IS NULL))
      AND r.kind IN ('cancellation', 'fraud-reversal') AND r.publisher_id = ANY (${profiles})
    ORDER BY r.publisher_id, r.source, r.reverses, r.batch_id, r.arrival, r.line_id
  ) u ON v.line_id IS NULL AND l.kind IN ('charge', 'refund') AND u.publisher_id = l.publisher_id
    AND u.source = l.source AND u.reverses = l.line_id`;
/** Whether a line of `l` joined by `voidedJoin` is voided. */
export const VOIDED = '(v.line_id IS NOT NULL OR u.line_id IS NOT NULL)';
/** Whether a line of `l` joined by `voidedJoin` counts toward a tier. */
export const COUNTS = `(l.kind IN ('charge', 'refund') AND NOT ${VOIDED})`;

/**
 * Whether some batch is not in the day totals yet: one not folded, or folded since the day totals' job last ran
 * (usecases/day-totals.ts). Until the job has run, day totals are not read at all.
 */
const UNSUMMED = 'EXISTS (SELECT 1 FROM ledger_batches WHERE summed_at IS NULL)';

/** Whether the publisher `id` (SQL) has day totals that say its lines as they stand: it has them, every batch in. */
export const summed = (id: string) =>
  `(EXISTS (SELECT 1 FROM ledger_day_publishers s WHERE s.publisher_id = ${id}) AND NOT ${UNSUMMED})`;

/**
 * The profiles of the company of the publisher $1, each with whether its day totals are read (`summed`), worked out
 * once for the statement: as two subqueries each, they were a third of a small publisher's explanation (0.1 ms of
 * 0.54 on the full-size benchmark ledger).
 */
const PROFILES = `company_profiles AS MATERIALIZED (
    SELECT p.id, ${summed('p.id')} AS summed FROM publishers p
    WHERE p.company_id = (SELECT company_id FROM publishers WHERE id = $1))`;
/** Those read from their day totals, as a uuid[]. */
const SUMMED_PROFILES = 'ARRAY(SELECT id FROM company_profiles WHERE summed)';
/** The others, read line by line (every profile while a batch is not in the day totals), as a uuid[]. */
const LINE_PROFILES = 'ARRAY(SELECT id FROM company_profiles WHERE NOT summed)';

/**
 * The days of the company of the publisher $1 billed in (`from`, `to`] (SQL for two date parameters), as rows of
 * (billed_on, counted, excluded: USD cents; counted_lines, excluded_lines), several rows a day: from the day totals
 * of its profiles with many lines (migration 035), and from the lines of the others, each profile's found through
 * the ledger's index by publisher. Either way the lines as they stand: charges and refunds count, less what
 * reversals void (L2, L6); voided lines and the reversals do not. While a batch is not in the day totals (not
 * folded, or folded since their job ran), every profile's lines are read, and the day totals are not read at all.
 */
export const companyDays = (from: string, to: string) => `WITH ${PROFILES}
  SELECT d.billed_on, d.counted_usd_cents AS counted,
    d.excluded_usd_cents AS excluded, d.counted_lines, d.excluded_lines
  FROM ledger_day_totals d
  WHERE d.publisher_id = ANY (${SUMMED_PROFILES}) AND d.billed_on > ${from} AND d.billed_on <= ${to}
  UNION ALL
  SELECT l.billed_on, CASE WHEN ${COUNTS} THEN l.usd_cents ELSE 0 END, CASE WHEN ${VOIDED} THEN l.usd_cents ELSE 0 END,
    (${COUNTS})::int, (NOT ${COUNTS})::int
  FROM ledger_lines l ${voidedJoin(LINE_PROFILES, { hashed: true })}
  WHERE l.publisher_id = ANY (${LINE_PROFILES}) AND l.billed_on > ${from} AND l.billed_on <= ${to}`;

/** The counted sales (USD cents) of the company of the publisher $1 billed in (`from`, `to`] (`companyDays`). */
export const companyCountedSales = (from: string, to: string) =>
  `SELECT coalesce(sum(x.counted), 0)::bigint FROM (${companyDays(from, to)}) x`;
