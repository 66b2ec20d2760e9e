// A dispute's facts: what it contests (a billed-sales line, or the tier figure) and how it was decided.
import type { Db } from '../../platform/db/pool.ts';
import type { DisputeFacts } from './conversations.schema.ts';

interface FactsRow {
  id: string;
  subject: 'line' | 'tier';
  line_source: string | null;
  line_id: string | null;
  outcome: 'upheld' | 'rejected' | null;
  decision_note: string | null;
  correction_line_id: string | null;
  correction_usd_cents: string | null;
  decided_at: Date | null;
  decided_by_name: string | null;
  billed_on: string | null;
  kind: string | null;
  amount_minor: number | null;
  currency: string | null;
  usd_cents: number | null;
}

export async function disputeFacts(db: Db, publisherId: string, id: string): Promise<DisputeFacts | null> {
  return (await disputeFactsOf(db, publisherId, [id])).get(id) ?? null;
}

/** The facts of several of a publisher's disputes in one query (a list of conversations), by dispute id. */
export async function disputeFactsOf(
  db: Db,
  publisherId: string,
  ids: readonly string[],
): Promise<Map<string, DisputeFacts>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<FactsRow>(
    `SELECT d.id, d.subject, d.line_source, d.line_id, d.outcome, d.decision_note, d.correction_line_id,
            d.correction_usd_cents, d.decided_at, u.display_name AS decided_by_name,
            l.billed_on::text, l.kind, l.amount_minor, l.currency, l.usd_cents
     FROM disputes d
     LEFT JOIN users u ON u.id = d.decided_by
     LEFT JOIN ledger_lines l ON l.source = d.line_source AND l.line_id = d.line_id AND l.publisher_id = d.publisher_id
     WHERE d.publisher_id = $1 AND d.id = ANY($2::uuid[])`,
    [publisherId, ids],
  );
  return new Map(rows.map((r) => [r.id, toFacts(r)]));
}

function toFacts(r: FactsRow): DisputeFacts {
  return {
    subject: r.subject,
    line:
      r.line_source && r.line_id && r.billed_on
        ? {
            source: r.line_source,
            lineId: r.line_id,
            billedOn: r.billed_on,
            kind: r.kind as NonNullable<DisputeFacts['line']>['kind'],
            amountMinor: r.amount_minor!,
            currency: r.currency!,
            usdCents: r.usd_cents,
          }
        : null,
    outcome: r.outcome,
    decisionNote: r.decision_note,
    correctionLineId: r.correction_line_id,
    correctionUsdCents: r.correction_usd_cents === null ? null : Number(r.correction_usd_cents),
    decidedAt: r.decided_at?.toISOString() ?? null,
    decidedByName: r.decided_by_name,
  };
}

/** The line a dispute names, if the publisher has it. */
export async function findLine(
  db: Db,
  publisherId: string,
  source: string,
  lineId: string,
): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM ledger_lines WHERE source = $1 AND line_id = $2 AND publisher_id = $3`,
    [source, lineId, publisherId],
  );
  return rows.length > 0;
}

/** Whether an undecided dispute already names this line (or, without one, the tier figure). */
export async function openDisputeOn(
  db: Db,
  publisherId: string,
  line: { source: string; lineId: string } | null,
): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM disputes WHERE publisher_id = $1 AND status <> 'closed'
       AND line_source IS NOT DISTINCT FROM $2 AND line_id IS NOT DISTINCT FROM $3`,
    [publisherId, line?.source ?? null, line?.lineId ?? null],
  );
  return rows.length > 0;
}
