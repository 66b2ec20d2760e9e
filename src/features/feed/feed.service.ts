// The feed's history for the rewards team and program admins: what each API batch and file import brought, and
// its rejected lines with their numbers and reasons, paged or as CSV.
import { csvText } from '../../platform/csv.ts';
import type { Db } from '../../platform/db/pool.ts';
import { invalid, notFound } from '../../platform/problems.ts';
import type {
  DeliveriesPage,
  DeliveriesQuery,
  DeliveryDetail,
  DeliveryView,
  RejectsQuery,
} from './feed.schema.ts';
import {
  findDeliveries,
  findRejects,
  type DeliveryKind,
  type DeliveryRow,
  type RejectRow,
} from './feed.queries.ts';

/** Rejected lines in one CSV download; the CLI's report (`<file>.rejects.csv`) has every one of a larger import. */
export const CSV_REJECTS_MAX = 100_000;

export async function listDeliveries(db: Db, query: DeliveriesQuery): Promise<DeliveriesPage> {
  if (query.from && query.to && Date.parse(query.from) >= Date.parse(query.to)) {
    throw invalid([{ pointer: '/querystring/to', code: 'before-from', detail: 'must be after from' }]);
  }
  const limit = query.limit ?? 50;
  const rows = await findDeliveries(
    db,
    {
      kind: query.kind ?? null,
      status: query.status ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      before: query.cursor === undefined ? null : deliveryCursor(query.cursor),
      id: null,
    },
    limit + 1,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(present),
    next: rows.length > limit && last ? `${last.at.toISOString()}~${last.kind}-${last.id}` : null,
  };
}

export async function deliveryDetail(db: Db, id: string, query: RejectsQuery): Promise<DeliveryDetail> {
  const after = query.cursor === undefined ? null : rejectCursor(query.cursor);
  const delivery = await findDelivery(db, id);
  const limit = query.limit ?? 100;
  const rows = await findRejects(db, delivery, after, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    delivery: present(delivery),
    rejects: { items: page, next: rows.length > limit && last ? `${last.line}~${last.code}` : null },
  };
}

/** The rejected lines as CSV (at most CSV_REJECTS_MAX), safe to open in a spreadsheet. */
export async function rejectsCsv(db: Db, id: string): Promise<string> {
  const delivery = await findDelivery(db, id);
  const rows: RejectRow[] = await findRejects(db, delivery, null, CSV_REJECTS_MAX);
  return csvText([
    ['line', 'line id', 'code', 'field', 'reason'],
    ...rows.map((r) => [r.line, r.lineId, r.code, r.field, r.detail]),
  ]);
}

async function findDelivery(db: Db, id: string): Promise<DeliveryRow> {
  const [kind, n] = id.split('-') as [DeliveryKind, string];
  const [row] = await findDeliveries(
    db,
    { kind: null, status: null, from: null, to: null, before: null, id: { kind, id: Number(n) } },
    1,
  );
  if (!row) throw notFound('batch or file import');
  return row;
}

function present(row: DeliveryRow): DeliveryView {
  return {
    id: `${row.kind}-${row.id}`,
    kind: row.kind,
    content: row.content as DeliveryView['content'],
    fileName: row.fileName,
    receivedAt: row.at.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    sentBy: row.sentBy,
    tokenName: row.tokenName,
    status: row.status,
    lines: row.lines,
    written: row.accepted,
    duplicate: row.duplicate,
    rejected: row.rejected,
    writtenUsdCents: row.acceptedUsdCents,
  };
}

const badCursor = () =>
  invalid([
    {
      pointer: '/querystring/cursor',
      code: 'malformed-cursor',
      detail: 'is not a cursor this list gave; pass its `next` as it came',
    },
  ]);

function deliveryCursor(cursor: string): { at: Date; kind: DeliveryKind; id: number } {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)~(batch|file)-([1-9]\d{0,14})$/.exec(cursor);
  const at = match ? new Date(match[1]!) : null;
  if (!match || !at || Number.isNaN(at.getTime())) throw badCursor();
  return { at, kind: match[2] as DeliveryKind, id: Number(match[3]) };
}

function rejectCursor(cursor: string): { line: number; code: string } {
  const match = /^([1-9]\d{0,9})~([a-z0-9-]{1,80})$/.exec(cursor);
  if (!match || Number(match[1]) > 2_147_483_647) throw badCursor();
  return { line: Number(match[1]), code: match[2]! };
}
