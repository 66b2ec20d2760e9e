// Reading the ledger for one company or publisher. A publisher's lines are found through the ledger's index by
// publisher and day (migration 034); a line is voided by a cancellation or fraud reversal of the same publisher (L6), as the tier engine
// recorded it or, for a reversal (or a line whose void is waiting for it) that a file import has written and not
// folded yet, as the lines stand.
import { statement, type Db } from '../../platform/db/pool.ts';
import type { Row } from '../../platform/db/tables.ts';
import { notFound } from '../../platform/problems.ts';
import { companyDays, COUNTS, summed, UNFOLDED, voidedJoin } from '../../usecases/ledger.sql.ts';
import type { LedgerLinesView, LedgerSummary, LineDispute, LinesQuery } from './billed-sales.schema.ts';

/** The company's days in (least($2, $4), $3]: the months' and the pace's (`companyDays`). */
const DAYS = companyDays('least($2::date, $4::date)', '$3');

/** The company's months in ($2, $3]: counted and excluded, in USD cents and in lines. */
const MONTHS = `SELECT to_char(d.billed_on, 'YYYY-MM') AS month,
         coalesce(sum(d.counted), 0)::bigint AS "countedUsdCents",
         coalesce(sum(d.excluded), 0)::bigint AS "excludedUsdCents",
         sum(d.counted_lines)::int AS "countedLines",
         sum(d.excluded_lines)::int AS "excludedLines"
  FROM days d WHERE d.billed_on > $2
  GROUP BY 1`;

const DISPUTE_COLUMNS = `id, subject, line_source, line_id, status, outcome, decision_note, correction_line_id,
  correction_usd_cents, created_at, decided_at`;

// The two page statements are named (`statement`): on the full-size benchmark ledger PostgreSQL settles on their
// generic plan after five runs, for the biggest publishers and for small ones alike (pg_prepared_statements), so a
// view plans nothing and costs its session and one statement. (Forcing the generic plan took a transaction, two round
// trips more.)
const summary = statement(
  'publisher-ledger-summary',
  `WITH days AS (${DAYS})
   SELECT
     (SELECT json_build_object('id', c.id, 'name', c.name, 'publishers',
               json_agg(json_build_object('id', p.id, 'mpnId', p.mpn_id, 'companyName', p.company_name)
                        ORDER BY p.mpn_id))
      FROM publishers me JOIN companies c ON c.id = me.company_id JOIN publishers p ON p.company_id = c.id
      WHERE me.id = $1 GROUP BY c.id) AS company,
     (SELECT coalesce(json_agg(m ORDER BY m.month), '[]') FROM (${MONTHS}) m) AS months,
     (SELECT coalesce(sum(d.counted), 0)::bigint FROM days d WHERE d.billed_on > $4) AS pace,
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
    disputes: DisputeRow[];
  }>(summary([publisherId, from, to, paceFrom]));
  const row = rows[0]!;
  if (!row.company) throw notFound('publisher');
  return {
    company: row.company,
    months: row.months,
    paceUsdCents: row.pace,
    history: row.history.map((h) => ({ ...h, at: new Date(h.at).toISOString() })),
    disputes: row.disputes.map((d) => toLineDispute(d, 'disputed')),
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
};

/** $4: the first day of the month a page is of, or null. */
const IN_MONTH = (day: string) =>
  `($4::date IS NULL OR (${day} >= $4::date AND ${day} < ($4::date + interval '1 month')::date))`;

/** What a line of `l` of the publisher $1 is shown with: what voids it, and what a reversal took away (L6). */
const LINE_JOINS = `${voidedJoin('ARRAY[$1::uuid]')}
     LEFT JOIN ledger_voids took ON l.kind IN ('cancellation', 'fraud-reversal') AND took.source = l.source
       AND took.line_id = l.reverses AND took.publisher_id = l.publisher_id AND took.voided_by = l.line_id`;

/** A publisher's lines ($1) in ($2, $3], of a month ($4) and a status ($5: all, counted or excluded). */
const LINES = `FROM ledger_lines l ${LINE_JOINS}
   WHERE l.publisher_id = $1 AND l.billed_on > $2 AND l.billed_on <= $3 AND ${IN_MONTH('l.billed_on')}
     AND ($5 = 'all' OR ($5 = 'counted') = ${COUNTS})`;

/**
 * Whether a page is of excluded lines with every batch folded: they are then the publisher's reversals and the lines
 * its voids took away, each read in order from an index of their own (migration 034), not found among its lines.
 */
const EXCLUDED_INDEXED = `($5 = 'excluded' AND NOT ${UNFOLDED})`;

/** The keys of $6 of the publisher's excluded lines from the $7th, newest first (`EXCLUDED_INDEXED`). */
const EXCLUDED_KEYS = `SELECT e.source, e.line_id FROM (
     (SELECT r.source, r.line_id, r.billed_on FROM ledger_lines r
      WHERE r.publisher_id = $1 AND r.kind IN ('cancellation', 'fraud-reversal')
        AND r.billed_on > $2 AND r.billed_on <= $3 AND ${IN_MONTH('r.billed_on')}
      ORDER BY r.billed_on DESC, r.line_id DESC LIMIT $6::int + $7::int)
     UNION ALL
     (SELECT t.source, t.line_id, t.billed_on FROM ledger_voids t
      WHERE t.publisher_id = $1 AND t.usd_cents IS NOT NULL
        AND t.billed_on > $2 AND t.billed_on <= $3 AND ${IN_MONTH('t.billed_on')}
      ORDER BY t.billed_on DESC, t.line_id DESC LIMIT $6::int + $7::int)
   ) e ORDER BY e.billed_on DESC, e.line_id DESC LIMIT $6 OFFSET $7`;

/**
 * How many of those lines there are: from the publisher's day totals when it has them (a publisher with many lines,
 * every batch in them: usecases/day-totals.ts), else counted one by one.
 */
const TOTAL = `SELECT coalesce(sum(t.n), 0)::int FROM (
    SELECT CASE $5 WHEN 'counted' THEN d.counted_lines WHEN 'excluded' THEN d.excluded_lines
                   ELSE d.counted_lines + d.excluded_lines END AS n
    FROM ledger_day_totals d
    WHERE d.publisher_id = $1 AND d.billed_on > $2 AND d.billed_on <= $3 AND ${IN_MONTH('d.billed_on')}
      AND ${summed('$1')}
    UNION ALL
    -- Gated above the count, so that a parallel plan for it does not even start its workers (10 ms).
    SELECT (SELECT count(*) ${LINES}) WHERE NOT ${summed('$1')}
  ) t`;

const PAGE_COLUMNS = `l.source, l.line_id, l.offer_id, l.customer_id, l.customer_country, l.amount_minor,
  l.currency, coalesce(-took.usd_cents, l.usd_cents) AS usd_cents, l.billed_on::text, l.kind, l.reverses,
  coalesce(v.voided_by, u.line_id) AS voided_by, coalesce(v.kind, u.kind) AS voided_kind`;

/**
 * The dispute written on a line of `p`: the latest dispute naming it, or else the dispute a correction line was
 * written for (a correction disputed in the instant it was written still shows its own dispute), as JSON with
 * `disputed` (which of the two it is).
 */
const DISPUTE_OF_LINE = `(SELECT row_to_json(d) FROM (
    SELECT ${DISPUTE_COLUMNS}, coalesce(x.line_source = p.source AND x.line_id = p.line_id, false) AS disputed
    FROM disputes x
    WHERE x.publisher_id = $1
      AND ((x.line_source = p.source AND x.line_id = p.line_id) OR (p.source = 'manual' AND x.correction_line_id = p.line_id))
    ORDER BY disputed DESC, x.created_at DESC, x.id DESC LIMIT 1) d)`;

/**
 * $6 of those lines from the $7th, newest first (read through the index by publisher), each with its dispute, and
 * how many there are: one statement.
 */
const PAGE = statement(
  'publisher-ledger-lines',
  `SELECT (${TOTAL}) AS total,
     (SELECT coalesce(json_agg(json_build_object('line', p, 'dispute', ${DISPUTE_OF_LINE})
                      ORDER BY p.billed_on DESC, p.line_id DESC), '[]') FROM (
     (SELECT ${PAGE_COLUMNS}
      FROM (${EXCLUDED_KEYS}) k JOIN ledger_lines l ON l.source = k.source AND l.line_id = k.line_id ${LINE_JOINS}
      WHERE ${EXCLUDED_INDEXED})
     UNION ALL
     (SELECT ${PAGE_COLUMNS} ${LINES} AND NOT ${EXCLUDED_INDEXED}
      ORDER BY l.billed_on DESC, l.line_id DESC LIMIT $6 OFFSET $7)) p) AS items`,
);

/** One publisher profile's lines in (from, to], newest first, with why each excluded line does not count. */
export async function ledgerLines(
  db: Db,
  publisherId: string,
  from: string,
  to: string,
  query: LinesQuery,
): Promise<{ total: number; items: LedgerLinesView['items'] }> {
  const values = [publisherId, from, to, query.month ? `${query.month}-01` : null, query.status ?? 'all'];
  const { rows } = await db.query<{ total: number; items: { line: LineRow; dispute: DisputeJson | null }[] }>(
    PAGE([...values, query.limit ?? 50, query.offset ?? 0]),
  );
  const { total, items } = rows[0]!;
  return {
    total,
    items: items.map(({ line: r, dispute }) => {
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
        dispute: dispute && toLineDispute(dispute, dispute.disputed ? 'disputed' : 'correction'),
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
  /** bigint, read as a number (platform/db/pool.ts). */
  correction_usd_cents: number | null;
  /** Instants as `row_to_json` writes them: both statements read disputes as JSON. */
  created_at: string;
  decided_at: string | null;
}

/** A line's dispute, and which of its disputes it is (`DISPUTE_OF_LINE`). */
type DisputeJson = DisputeRow & { disputed: boolean };

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
    correctionUsdCents: d.correction_usd_cents,
    openedAt: new Date(d.created_at).toISOString(),
    decidedAt: d.decided_at === null ? null : new Date(d.decided_at).toISOString(),
  };
}
