// Reading the ledger for one company or publisher. While every batch is folded, the figures are sums of the
// billing days the tier engine keeps (`ledger_days`) and a page of lines is read from the batches its days name;
// else from the lines, found through the BRIN index on the publisher id. A line is voided by a cancellation or
// fraud reversal of the same publisher (L6), as the tier engine recorded it or, for a reversal (or a line whose void
// is waiting for it) that a file import has written and not folded yet, as the lines stand.
import { statement, type Db } from '../../platform/db/pool.ts';
import type { Row } from '../../platform/db/tables.ts';
import { notFound } from '../../platform/problems.ts';
import { COUNTS, daysKept, VOIDED, voidedJoin } from '../../usecases/ledger.sql.ts';
import type { LedgerLinesView, LedgerSummary, LineDispute, LinesQuery } from './billed-sales.schema.ts';

/** The profiles of $1's company, as a uuid[] (constant SQL: the id travels as a parameter). */
const PROFILES =
  'ARRAY(SELECT id FROM publishers WHERE company_id = (SELECT company_id FROM publishers WHERE id = $1))';

/** Counted sales of the profiles billed in ($2, $3], from the kept days when they are current, else the lines. */
const COUNTED = `CASE WHEN ${daysKept('$2')}
  THEN (SELECT coalesce(sum(d.counted_usd_cents), 0)::bigint FROM ledger_days d
        WHERE d.publisher_id = ANY (${PROFILES}) AND d.day > $2 AND d.day <= $3)
  ELSE (SELECT coalesce(sum(l.usd_cents), 0)::bigint FROM ledger_lines l ${voidedJoin(PROFILES)}
        WHERE l.publisher_id = ANY (${PROFILES}) AND l.billed_on > $2 AND l.billed_on <= $3 AND ${COUNTS}) END`;

/**
 * The company's months in ($2, $3]: from the billing days the tier engine keeps when they are current (a few
 * hundred rows whatever the number of lines), else from the lines themselves. One of the two is read.
 */
const MONTHS = `SELECT to_char(d.day, 'YYYY-MM') AS month, sum(d.counted_usd_cents)::bigint AS "countedUsdCents",
         sum(d.excluded_usd_cents)::bigint AS "excludedUsdCents", sum(d.counted_lines)::int AS "countedLines",
         sum(d.excluded_lines)::int AS "excludedLines"
  FROM ledger_days d
  WHERE ${daysKept('$2')} AND d.publisher_id = ANY (${PROFILES}) AND d.day > $2 AND d.day <= $3
  GROUP BY 1
  UNION ALL
  SELECT to_char(l.billed_on, 'YYYY-MM') AS month,
         coalesce(sum(l.usd_cents) FILTER (WHERE ${COUNTS}), 0)::bigint AS "countedUsdCents",
         coalesce(sum(l.usd_cents) FILTER (WHERE ${VOIDED}), 0)::bigint AS "excludedUsdCents",
         count(*) FILTER (WHERE ${COUNTS})::int AS "countedLines",
         count(*) FILTER (WHERE NOT ${COUNTS})::int AS "excludedLines"
  FROM ledger_lines l ${voidedJoin(PROFILES)}
  WHERE NOT ${daysKept('$2')} AND l.publisher_id = ANY (${PROFILES}) AND l.billed_on > $2 AND l.billed_on <= $3
  GROUP BY 1`;

const DISPUTE_COLUMNS = `id, subject, line_source, line_id, status, outcome, decision_note, correction_line_id,
  correction_usd_cents, created_at, decided_at`;

const summary = statement(
  'publisher-ledger-summary',
  `SELECT
     (SELECT json_build_object('id', c.id, 'name', c.name, 'publishers',
               json_agg(json_build_object('id', p.id, 'mpnId', p.mpn_id, 'companyName', p.company_name)
                        ORDER BY p.mpn_id))
      FROM publishers me JOIN companies c ON c.id = me.company_id JOIN publishers p ON p.company_id = c.id
      WHERE me.id = $1 GROUP BY c.id) AS company,
     (SELECT coalesce(json_agg(m ORDER BY m.month), '[]') FROM (${MONTHS}) m) AS months,
     (SELECT ${COUNTED.replaceAll('$2', '$4')}) AS pace,
     (SELECT coalesce(json_agg(json_build_object('at', h.changed_at, 'asOf', to_char(h.as_of, 'YYYY-MM-DD'),
               'from', h.from_tier, 'to', h.to_tier, 'ttmUsdCents', h.ttm_usd_cents,
               'programVersion', h.program_version, 'cause', h.cause) ORDER BY h.id DESC), '[]')
      FROM (SELECT * FROM tier_changes
            WHERE company_id = (SELECT company_id FROM publishers WHERE id = $1) ORDER BY id DESC LIMIT 100) h)
       AS history,
     (SELECT coalesce(json_agg(d ORDER BY d.created_at DESC, d.id), '[]')
      FROM (SELECT ${DISPUTE_COLUMNS} FROM disputes WHERE publisher_id = $1 ORDER BY created_at DESC, id LIMIT 20) d)
       AS disputes`,
);

/**
 * What the explanation of a company's figure reads, in one statement: the company and its profiles, its months in
 * (from, to], its counted sales in (paceFrom, to], its latest tier changes and the publisher's latest disputes.
 */
export async function summaryFacts(
  db: Db,
  publisherId: string,
  from: string,
  to: string,
  paceFrom: string,
): Promise<Pick<LedgerSummary, 'company' | 'months' | 'history' | 'disputes'> & { paceUsdCents: number }> {
  const { rows } = await db.query<{
    company: LedgerSummary['company'] | null;
    months: LedgerSummary['months'];
    pace: number;
    history: LedgerSummary['history'];
    disputes: (Omit<DisputeRow, 'created_at' | 'decided_at'> & {
      created_at: string;
      decided_at: string | null;
    })[];
  }>(summary([publisherId, from, to, paceFrom]));
  const row = rows[0]!;
  if (!row.company) throw notFound('publisher');
  return {
    company: row.company,
    months: row.months,
    paceUsdCents: row.pace,
    history: row.history.map((h) => ({ ...h, at: new Date(h.at).toISOString() })),
    disputes: row.disputes.map((d) =>
      toLineDispute(
        {
          ...d,
          correction_usd_cents: d.correction_usd_cents === null ? null : String(d.correction_usd_cents),
          created_at: new Date(d.created_at),
          decided_at: d.decided_at === null ? null : new Date(d.decided_at),
        },
        'disputed',
      ),
    ),
  };
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

/** $4: the first day of the month a page is of, or null. */
const IN_MONTH = (day: string) =>
  `($4::date IS NULL OR (${day} >= $4::date AND ${day} < ($4::date + interval '1 month')::date))`;

const linesKept = statement(
  'publisher-ledger-lines-kept',
  `SELECT ${daysKept('$2')} AS kept, EXISTS (SELECT 1 FROM disputes WHERE publisher_id = $1) AS disputed,
          (SELECT coalesce(json_agg(json_build_array(d.day, d.n, d.first_batch_id, d.last_batch_id)
                                    ORDER BY d.day DESC), '[]')
           FROM (SELECT day::text AS day, first_batch_id, last_batch_id,
                        CASE $5 WHEN 'counted' THEN counted_lines WHEN 'excluded' THEN excluded_lines
                          ELSE counted_lines + excluded_lines END AS n
                 FROM ledger_days
                 WHERE publisher_id = $1 AND day > $2 AND day <= $3 AND ${IN_MONTH('day')}) d
           WHERE d.n > 0) AS days`,
);

/** A kept day with lines of a page's status: the day, their number, the first and last batch of its lines. */
type KeptDay = [day: string, lines: number, firstBatch: number, lastBatch: number];

/**
 * The days a page of `limit` lines from the `offset`th spans, newest first, among the kept days (each with lines of
 * the page's status), and how many lines of the newest come before the page; null past the last line.
 */
function spanOf(days: readonly KeptDay[], offset: number, limit: number) {
  const total = days.reduce((sum, [, n]) => sum + n, 0);
  const last = Math.min(offset + limit, total) - 1;
  if (offset > last) return null;
  let seen = 0;
  let skip: number | undefined;
  const spanned: KeptDay[] = [];
  for (const day of days) {
    const n = day[1];
    if (skip === undefined && seen + n > offset) skip = offset - seen;
    if (skip !== undefined) spanned.push(day);
    if (skip !== undefined && seen + n > last) return { days: spanned, skip };
    seen += n;
  }
  throw new Error('the kept days hold fewer lines than they count');
}

/** The voids of `l`, once every batch is folded (`daysKept`): only the recorded ones that took a line away. */
const KEPT_VOIDS = `LEFT JOIN ledger_voids v ON v.source = l.source AND v.line_id = l.line_id
         AND v.publisher_id = l.publisher_id AND v.usd_cents IS NOT NULL`;
const KEPT_COUNTS = "(l.kind IN ('charge', 'refund') AND v.line_id IS NULL)";

/** The columns of a page's lines, and a reversal's value: what it took away, the line it voided (L6). */
const LINE_COLUMNS = (voided: {
  by: string;
  kind: string;
}) => `l.source, l.line_id, l.offer_id, l.customer_id,
  l.customer_country, l.amount_minor, l.currency, coalesce(-took.usd_cents, l.usd_cents) AS usd_cents,
  l.billed_on::text, l.kind, l.reverses, ${voided.by} AS voided_by, ${voided.kind} AS voided_kind`;
const TOOK = `LEFT JOIN ledger_voids took ON l.kind IN ('cancellation', 'fraud-reversal') AND took.source = l.source
         AND took.line_id = l.reverses AND took.publisher_id = l.publisher_id AND took.voided_by = l.line_id`;
const NEWEST_FIRST = 'ORDER BY l.billed_on DESC, l.line_id DESC';
const WINDOW = (alias: string) =>
  `${alias}.publisher_id = $1 AND ${alias}.billed_on > $2 AND ${alias}.billed_on <= $3 AND ${IN_MONTH(`${alias}.billed_on`)}`;

/**
 * A page of a publisher's lines ($1) in ($2, $3], of a month ($4) and a status ($5), $6 lines from the $7th,
 * newest first. Once every batch is folded: read in the order of the index on the publisher and the billing day,
 * the excluded lines found by the indexes of reversals and of voids (the newest $6 + $7 of each); else from every
 * line of the window, voided as the lines stand, with their number (all pages).
 */
const PAGE = {
  // $1 the publisher, $2 the status, $3 to $5 the days of the page (each with its first and last batch).
  kept: statement(
    'publisher-ledger-lines-page',
    `SELECT ${LINE_COLUMNS({ by: 'v.voided_by', kind: 'v.kind' })}
     FROM unnest($3::date[], $4::bigint[], $5::bigint[]) AS s (day, first_batch, last_batch)
       CROSS JOIN LATERAL (
         -- Day by day, from the day's batches (OFFSET 0: read as written, not joined to the days as a whole).
         SELECT * FROM ledger_lines d
         WHERE d.batch_id >= s.first_batch AND d.batch_id <= s.last_batch AND d.publisher_id = $1
           AND d.billed_on = s.day
         OFFSET 0) l
       ${KEPT_VOIDS} ${TOOK}
     WHERE $2 = 'all' OR ($2 = 'counted') = ${KEPT_COUNTS}
     ${NEWEST_FIRST} LIMIT $6 OFFSET $7`,
  ),
  excluded: statement(
    'publisher-ledger-lines-excluded',
    `SELECT ${LINE_COLUMNS({ by: 'v.voided_by', kind: 'v.kind' })}
     FROM ((SELECT r.source, r.line_id FROM ledger_lines r
            WHERE ${WINDOW('r')} AND r.kind IN ('cancellation', 'fraud-reversal')
            ORDER BY r.billed_on DESC, r.line_id DESC LIMIT $6::bigint + $7::bigint)
           UNION ALL
           (SELECT x.source, x.line_id FROM ledger_voids x
            WHERE ${WINDOW('x')} AND x.usd_cents IS NOT NULL
            ORDER BY x.billed_on DESC, x.line_id DESC LIMIT $6::bigint + $7::bigint)) k
       JOIN ledger_lines l ON l.source = k.source AND l.line_id = k.line_id AND l.publisher_id = $1
       ${KEPT_VOIDS} ${TOOK}
     WHERE $5 = 'excluded'
     ${NEWEST_FIRST} LIMIT $6 OFFSET $7`,
  ),
  lines: statement(
    'publisher-ledger-lines-read',
    `SELECT ${LINE_COLUMNS({ by: 'coalesce(v.voided_by, u.line_id)', kind: 'coalesce(v.kind, u.kind)' })},
            count(*) OVER ()::int AS total
     FROM ledger_lines l ${voidedJoin('ARRAY[$1::uuid]')} ${TOOK}
     WHERE ${WINDOW('l')} AND ($5 = 'all' OR ($5 = 'counted') = ${COUNTS})
     ${NEWEST_FIRST} LIMIT $6 OFFSET $7`,
  ),
};
const COUNT_LINES = statement(
  'publisher-ledger-lines-count',
  `SELECT count(*)::int AS total FROM ledger_lines l ${voidedJoin('ARRAY[$1::uuid]')}
   WHERE ${WINDOW('l')} AND ($5 = 'all' OR ($5 = 'counted') = ${COUNTS})`,
);

/**
 * One publisher profile's lines in (from, to], newest first, with why each excluded line does not count, and
 * whether the publisher has any dispute. Their number is the kept days' while every batch is folded.
 */
export async function ledgerLines(
  db: Db,
  publisherId: string,
  from: string,
  to: string,
  query: LinesQuery,
): Promise<{ total: number; disputed: boolean; items: LedgerLinesView['items'] }> {
  const status = query.status ?? 'all';
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  const values = [publisherId, from, to, query.month ? `${query.month}-01` : null, status];
  const kept = (await db.query<{ kept: boolean; disputed: boolean; days: KeptDay[] }>(linesKept(values)))
    .rows[0]!;
  let rows: LineRow[];
  let total: number;
  if (kept.kept) {
    total = kept.days.reduce((sum, [, n]) => sum + n, 0);
    const span = spanOf(kept.days, offset, limit);
    rows = !span
      ? []
      : status === 'excluded'
        ? (await db.query<LineRow>(PAGE.excluded([...values, limit, offset]))).rows
        : (
            await db.query<LineRow>(
              PAGE.kept([
                publisherId,
                status,
                span.days.map(([day]) => day),
                span.days.map(([, , first]) => first),
                span.days.map(([, , , last]) => last),
                limit,
                span.skip,
              ]),
            )
          ).rows;
  } else {
    rows = (await db.query<LineRow>(PAGE.lines([...values, limit, offset]))).rows;
    total =
      rows.length > 0 || offset === 0
        ? (rows[0]?.total ?? 0)
        : // Read from the lines, a page past the last one counts them on its own.
          (await db.query<{ total: number }>(COUNT_LINES(values))).rows[0]!.total;
  }
  const { disputed } = kept;
  return {
    total,
    disputed,
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
