// SQL fragments over the ledger that the billed-sales pages and eligibility's trailing total share: which lines a
// cancellation or fraud reversal voids, and which lines count toward a tier.

/**
 * Joins each line of `l` to what voids it, if anything: a void the tier engine folded in (`v`: one that took the
 * line away, or one still waiting for it because the line's batch is not folded yet), or else a reversal of the
 * line by its own publisher in a batch not folded yet (`u`, the first received: lowest batch id, then line; a file import folds at its
 * end). `profiles` is constant SQL for the uuid[] of the profiles read (their ids travel as query parameters): only
 * their unfolded reversals are looked at, and there are none at all once every batch is folded.
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
    WHERE r.batch_id = ANY (ARRAY(SELECT id FROM ledger_batches WHERE folded_at IS NULL))
      AND r.kind IN ('cancellation', 'fraud-reversal') AND r.publisher_id = ANY (${profiles})
    ORDER BY r.publisher_id, r.source, r.reverses, r.batch_id, r.arrival, r.line_id
  ) u ON v.line_id IS NULL AND l.kind IN ('charge', 'refund') AND u.publisher_id = l.publisher_id
    AND u.source = l.source AND u.reverses = l.line_id`;
/** Whether a line of `l` joined by `voidedJoin` is voided. */
export const VOIDED = '(v.line_id IS NOT NULL OR u.line_id IS NOT NULL)';
/** Whether a line of `l` joined by `voidedJoin` counts toward a tier. */
export const COUNTS = `(l.kind IN ('charge', 'refund') AND NOT ${VOIDED})`;

/** The profiles of the company of the publisher $1, as a uuid[] (constant SQL: the id travels as a parameter). */
export const COMPANY_PROFILES =
  'ARRAY(SELECT id FROM publishers WHERE company_id = (SELECT company_id FROM publishers WHERE id = $1))';

/**
 * The counted sales (USD cents) of the company of the publisher $1 billed in (`from`, `to`] (SQL for two date
 * parameters), as the lines stand: charges and refunds less what reversals void (L2, L6), each profile's lines found
 * through the ledger's index by publisher.
 */
export const companyCountedSales = (from: string, to: string) =>
  `SELECT coalesce(sum(l.usd_cents), 0)::bigint FROM ledger_lines l ${voidedJoin(COMPANY_PROFILES, { hashed: true })}
  WHERE l.publisher_id = ANY (${COMPANY_PROFILES}) AND l.billed_on > ${from} AND l.billed_on <= ${to} AND ${COUNTS}`;
