// Reading the ledger for one company or publisher. A publisher's lines are found through the BRIN index on the
// publisher id; a line is voided by a cancellation or fraud reversal of the same publisher (L6), as the tier engine
// recorded it or, for a reversal (or a line whose void is waiting for it) that a file import has written and not
// folded yet, as the lines stand.
import type { Db } from '../../platform/db/pool.ts';
import type { Row } from '../../platform/db/tables.ts';
import { notFound } from '../../platform/problems.ts';
import { COUNTS, DAYS_KEPT, VOIDED, voidedJoin } from '../../usecases/ledger.sql.ts';
import type { LedgerLinesView, LedgerSummary, LineDispute, LinesQuery } from './billed-sales.schema.ts';

export async function companyOf(db: Db, publisherId: string): Promise<LedgerSummary['company']> {
  const { rows } = await db.query<LedgerSummary['company']>(
    `SELECT c.id, c.name,
            json_agg(json_build_object('id', p.id, 'mpnId', p.mpn_id, 'companyName', p.company_name) ORDER BY p.mpn_id)
              AS publishers
     FROM publishers me JOIN companies c ON c.id = me.company_id JOIN publishers p ON p.company_id = c.id
     WHERE me.id = $1 GROUP BY c.id`,
    [publisherId],
  );
  if (!rows[0]) throw notFound('publisher');
  return rows[0];
}

/**
 * The company's months in (from, to]: from the billing days the tier engine keeps when they are current (a few
 * hundred rows whatever the number of lines), else from the lines themselves.
 */
export async function monthlyTotals(
  db: Db,
  publisherIds: readonly string[],
  from: string,
  to: string,
): Promise<LedgerSummary['months']> {
  const { rows } = await db.query<LedgerSummary['months'][number]>(
    `SELECT to_char(d.day, 'YYYY-MM') AS month, sum(d.counted_usd_cents)::bigint AS "countedUsdCents",
            sum(d.excluded_usd_cents)::bigint AS "excludedUsdCents", sum(d.counted_lines)::int AS "countedLines",
            sum(d.excluded_lines)::int AS "excludedLines"
     FROM ledger_days d
     WHERE ${DAYS_KEPT} AND d.publisher_id = ANY($1::uuid[]) AND d.day > $2 AND d.day <= $3
     GROUP BY 1
     UNION ALL
     SELECT to_char(l.billed_on, 'YYYY-MM') AS month,
            coalesce(sum(l.usd_cents) FILTER (WHERE ${COUNTS}), 0)::bigint AS "countedUsdCents",
            coalesce(sum(l.usd_cents) FILTER (WHERE ${VOIDED}), 0)::bigint AS "excludedUsdCents",
            count(*) FILTER (WHERE ${COUNTS})::int AS "countedLines",
            count(*) FILTER (WHERE NOT ${COUNTS})::int AS "excludedLines"
     FROM ledger_lines l ${voidedJoin('$1::uuid[]')}
     WHERE NOT ${DAYS_KEPT} AND l.publisher_id = ANY($1::uuid[]) AND l.billed_on > $2 AND l.billed_on <= $3
     GROUP BY 1 ORDER BY 1`,
    [publisherIds, from, to],
  );
  return rows;
}

/** Counted sales billed in (from, to], from the kept days when they are current (as `monthlyTotals`). */
export async function paceTotal(
  db: Db,
  publisherIds: readonly string[],
  from: string,
  to: string,
): Promise<number> {
  const { rows } = await db.query<{ total: number }>(
    `SELECT CASE WHEN ${DAYS_KEPT}
       THEN (SELECT coalesce(sum(d.counted_usd_cents), 0)::bigint FROM ledger_days d
             WHERE d.publisher_id = ANY($1::uuid[]) AND d.day > $2 AND d.day <= $3)
       ELSE (SELECT coalesce(sum(l.usd_cents), 0)::bigint FROM ledger_lines l ${voidedJoin('$1::uuid[]')}
             WHERE l.publisher_id = ANY($1::uuid[]) AND l.billed_on > $2 AND l.billed_on <= $3 AND ${COUNTS}) END
       AS total`,
    [publisherIds, from, to],
  );
  return rows[0]?.total ?? 0;
}

export async function tierHistory(db: Db, companyId: string): Promise<LedgerSummary['history']> {
  const { rows } = await db.query<
    LedgerSummary['history'][number] & { at: Row<'tier_changes'>['changed_at'] }
  >(
    `SELECT changed_at AS at, to_char(as_of, 'YYYY-MM-DD') AS "asOf", from_tier AS from, to_tier AS to,
            ttm_usd_cents AS "ttmUsdCents", program_version AS "programVersion", cause
     FROM tier_changes WHERE company_id = $1 ORDER BY id DESC LIMIT 100`,
    [companyId],
  );
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}

type LineRow = Pick<
  Row<'ledger_lines'>,
  | 'source'
  | 'line_id'
  | 'offer_id'
  | 'customer_id'
  | 'customer_country'
  | 'amount_minor'
  | 'currency'
  | 'usd_cents'
  | 'reverses'
> & {
  /** `billed_on::text`: the day as written, YYYY-MM-DD. */
  billed_on: string;
  kind: LedgerLinesView['items'][number]['kind'];
  /** The reversal that voids the line and its kind, as recorded or as the lines stand (LEFT JOINs). */
  voided_by: Row<'ledger_voids'>['voided_by'] | null;
  voided_kind: Row<'ledger_voids'>['kind'] | null;
  /** count(*) OVER (): the lines matching, all pages. */
  total: number;
};

type Status = NonNullable<LinesQuery['status']>;

/** Where a page lies among the kept days: the days it spans, and how many of the newest day's lines come before it. */
interface DaysOfPage {
  total: number;
  /** Null: the page is past the last line. */
  span: { from: string; to: string; skip: number } | null;
}

/**
 * The lines matching a status by kept day, newest first, and from them the number of lines and the days a page
 * spans; null while the days are not current (`DAYS_KEPT`). The page's lines are then read from those days only.
 */
async function daysOfPage(
  db: Db,
  publisherId: string,
  from: string,
  to: string,
  month: string | null,
  status: Status,
  offset: number,
  limit: number,
): Promise<DaysOfPage | null> {
  const { rows } = await db.query<{ kept: boolean; days: [string, number][] }>(
    `SELECT ${DAYS_KEPT} AS kept,
            (SELECT coalesce(json_agg(json_build_array(d.day, d.n) ORDER BY d.day DESC), '[]')
             FROM (SELECT day::text AS day,
                          CASE $5 WHEN 'counted' THEN counted_lines WHEN 'excluded' THEN excluded_lines
                            ELSE counted_lines + excluded_lines END AS n
                   FROM ledger_days
                   WHERE publisher_id = $1 AND day > $2 AND day <= $3
                     AND ($4::text IS NULL OR to_char(day, 'YYYY-MM') = $4)) d
             WHERE d.n > 0) AS days`,
    [publisherId, from, to, month, status],
  );
  const { kept, days } = rows[0]!;
  if (!kept) return null;
  const total = days.reduce((sum, [, n]) => sum + n, 0);
  const last = Math.min(offset + limit, total) - 1;
  if (offset > last) return { total, span: null };
  let seen = 0;
  let newest: { day: string; skip: number } | undefined;
  for (const [day, n] of days) {
    if (!newest && seen + n > offset) newest = { day, skip: offset - seen };
    if (newest && seen + n > last) return { total, span: { from: day, to: newest.day, skip: newest.skip } };
    seen += n;
  }
  throw new Error('the kept days hold fewer lines than they count');
}

/**
 * One publisher profile's lines in (from, to], newest first, with why each excluded line does not count. While the
 * kept days are current, the page is read from the days it spans (the lines are in billing order, so those are a
 * few of the table's pages) and the excluded lines are found by their own indexes; else every line is read.
 */
export async function ledgerLines(
  db: Db,
  publisherId: string,
  from: string,
  to: string,
  query: LinesQuery,
): Promise<{ total: number; items: LedgerLinesView['items'] }> {
  const status = query.status ?? 'all';
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  const month = query.month ?? null;
  const days = await daysOfPage(db, publisherId, from, to, month, status, offset, limit);
  if (days && !days.span) return { total: days.total, items: [] };
  const span = days?.span;
  // With a span: its days only, the lines before the page on its newest day skipped; the excluded ones by key.
  const where = span
    ? status === 'excluded'
      ? `JOIN (SELECT r.source, r.line_id FROM ledger_lines r
               WHERE r.publisher_id = $1 AND r.kind IN ('cancellation', 'fraud-reversal')
                 AND r.billed_on >= $6::date AND r.billed_on <= $7::date
               UNION ALL
               SELECT x.source, x.line_id FROM ledger_voids x
               WHERE x.publisher_id = $1 AND x.usd_cents IS NOT NULL
                 AND x.billed_on >= $6::date AND x.billed_on <= $7::date) k
           ON k.source = l.source AND k.line_id = l.line_id
         WHERE l.billed_on >= $6::date AND l.billed_on <= $7::date`
      : 'WHERE l.billed_on >= $6::date AND l.billed_on <= $7::date'
    : 'WHERE $6::date IS NULL AND $7::date IS NULL';
  const lines = `FROM ledger_lines l ${voidedJoin('ARRAY[$1::uuid]')}
       -- A reversal's value is what it took away: the line it voided (L6).
       LEFT JOIN ledger_voids took ON l.kind IN ('cancellation', 'fraud-reversal') AND took.source = l.source
         AND took.line_id = l.reverses AND took.publisher_id = l.publisher_id AND took.voided_by = l.line_id
     ${where}
       AND l.publisher_id = $1 AND l.billed_on > $2 AND l.billed_on <= $3
       AND ($4::text IS NULL OR to_char(l.billed_on, 'YYYY-MM') = $4)
       AND ($5 = 'all' OR ($5 = 'counted') = ${COUNTS})`;
  const values = [publisherId, from, to, month, status, span?.from ?? null, span?.to ?? null];
  const { rows } = await db.query<LineRow>(
    `SELECT l.source, l.line_id, l.offer_id, l.customer_id, l.customer_country, l.amount_minor, l.currency,
            coalesce(-took.usd_cents, l.usd_cents) AS usd_cents, l.billed_on::text, l.kind, l.reverses,
            coalesce(v.voided_by, u.line_id) AS voided_by, coalesce(v.kind, u.kind) AS voided_kind,
            ${span ? '0' : 'count(*) OVER ()::int'} AS total
     ${lines}
     ORDER BY l.billed_on DESC, l.line_id DESC LIMIT $8 OFFSET $9`,
    [...values, limit, span ? span.skip : offset],
  );
  // Read from the lines, a page past the last one counts them on its own.
  const counted = async () =>
    (await db.query<{ total: number }>(`SELECT count(*)::int AS total ${lines}`, values)).rows[0]!.total;
  const total = days ? days.total : rows.length > 0 || offset === 0 ? (rows[0]?.total ?? 0) : await counted();
  return {
    total,
    items: rows.map((r) => {
      const reversal = r.kind === 'cancellation' || r.kind === 'fraud-reversal';
      const excluded = reversal
        ? {
            code: 'reversal' as const,
            reason: `A ${r.kind === 'fraud-reversal' ? 'fraud reversal' : 'cancellation'} of line ${r.reverses}: neither counts toward a tier (L6).`,
          }
        : r.voided_by
          ? {
              code: 'voided' as const,
              reason: `Voided by the ${r.voided_kind === 'fraud-reversal' ? 'fraud reversal' : 'cancellation'} ${r.voided_by}: a purchase ${r.voided_kind === 'fraud-reversal' ? 'reversed for fraud' : 'cancelled before use'} does not count (L6).`,
            }
          : null;
      return {
        source: r.source,
        lineId: r.line_id,
        offerId: r.offer_id,
        customerId: r.customer_id,
        customerCountry: r.customer_country,
        amountMinor: r.amount_minor,
        currency: r.currency,
        usdCents: r.usd_cents,
        billedOn: r.billed_on,
        kind: r.kind,
        reversesLineId: r.reverses,
        counts: excluded === null,
        dispute: null,
        excluded,
      };
    }),
  };
}

interface DisputeRow {
  id: string;
  subject: 'line' | 'tier';
  line_source: string | null;
  line_id: string | null;
  status: string;
  outcome: 'upheld' | 'rejected' | null;
  decision_note: string | null;
  correction_line_id: string | null;
  correction_usd_cents: string | null;
  created_at: Date;
  decided_at: Date | null;
}

function toLineDispute(d: DisputeRow, role: LineDispute['role']): LineDispute {
  return {
    id: d.id,
    role,
    subject: d.subject,
    lineId: d.line_id,
    open: d.outcome === null,
    outcome: d.outcome,
    decisionNote: d.decision_note,
    correctionLineId: d.correction_line_id,
    correctionUsdCents: d.correction_usd_cents === null ? null : Number(d.correction_usd_cents),
    openedAt: d.created_at.toISOString(),
    decidedAt: d.decided_at?.toISOString() ?? null,
  };
}

const DISPUTE_COLUMNS = `id, subject, line_source, line_id, status, outcome, decision_note, correction_line_id,
  correction_usd_cents, created_at, decided_at`;

/** The publisher's latest disputes (of lines and of the tier figure), newest first. */
export async function recentDisputes(db: Db, publisherId: string, limit = 20): Promise<LineDispute[]> {
  const { rows } = await db.query<DisputeRow>(
    `SELECT ${DISPUTE_COLUMNS} FROM disputes WHERE publisher_id = $1 ORDER BY created_at DESC, id LIMIT $2`,
    [publisherId, limit],
  );
  return rows.map((d) => toLineDispute(d, 'disputed'));
}

/**
 * The dispute written on each of a page's lines: the latest dispute naming it, or else the dispute a correction line
 * was written for (a correction disputed in the instant it was written still shows its own dispute). Keyed by
 * `source␟lineId`.
 */
export async function disputesOfLines(
  db: Db,
  publisherId: string,
  lines: readonly { source: string; lineId: string }[],
): Promise<Map<string, LineDispute>> {
  const found = new Map<string, LineDispute>();
  if (lines.length === 0) return found;
  const { rows } = await db.query<DisputeRow>(
    `SELECT ${DISPUTE_COLUMNS} FROM disputes
     WHERE publisher_id = $1 AND (line_id = ANY($2) OR correction_line_id = ANY($2))
     ORDER BY created_at, id`,
    [publisherId, lines.map((l) => l.lineId)],
  );
  for (const d of rows)
    if (d.correction_line_id !== null)
      found.set(`manual\u241f${d.correction_line_id}`, toLineDispute(d, 'correction'));
  for (const d of rows)
    if (d.line_source !== null && d.line_id !== null)
      found.set(`${d.line_source}\u241f${d.line_id}`, toLineDispute(d, 'disputed'));
  return found;
}
