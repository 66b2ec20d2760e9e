// The feed's history: each API batch of billed sales (feed_batches, written in the batch's transaction) and each
// file import (imports), newest first, with their rejected lines (feed_batch_rejects, import_rejects).
import type { Db } from '../../platform/db/pool.ts';
import type { Row } from '../../platform/db/tables.ts';

export interface BatchSender {
  /** The person, or for an API token the program admin who made it. */
  userId: string;
  tokenId: string | null;
  idempotencyKey: string;
}

export interface FeedBatchRecord extends BatchSender {
  ledgerBatchId: number | null;
  lines: number;
  accepted: number;
  duplicate: number;
  rejects: { line: number; lineId: string | null; code: string; field: string | null; detail: string }[];
}

/** Records an API batch and its rejected lines, in the batch's transaction; the USD is that of its written lines. */
export async function recordFeedBatch(db: Db, batch: FeedBatchRecord, now: Date): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO feed_batches (ledger_batch_id, received_at, user_id, token_id, idempotency_key, lines, accepted,
                               duplicate, rejected, accepted_usd_cents)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
             coalesce((SELECT sum(usd_cents) FROM ledger_lines WHERE batch_id = $1), 0))
     RETURNING id`,
    [
      batch.ledgerBatchId,
      now,
      batch.userId,
      batch.tokenId,
      batch.idempotencyKey,
      batch.lines,
      batch.accepted,
      batch.duplicate,
      batch.rejects.length,
    ],
  );
  const id = rows[0]!.id;
  if (batch.rejects.length > 0) {
    await db.query(
      `INSERT INTO feed_batch_rejects (batch_id, line_no, line_id, code, field, detail)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[]) ON CONFLICT DO NOTHING`,
      [
        id,
        batch.rejects.map((r) => r.line),
        batch.rejects.map((r) => r.lineId),
        batch.rejects.map((r) => r.code),
        batch.rejects.map((r) => r.field),
        batch.rejects.map((r) => r.detail),
      ],
    );
  }
  return id;
}

export type DeliveryKind = 'batch' | 'file';
export type DeliveryStatus = 'incomplete' | 'complete' | 'rejects';

export interface DeliveryRow {
  kind: DeliveryKind;
  id: number;
  content: string;
  fileName: string | null;
  /** Milliseconds: the page's key is compared at the precision a cursor carries. */
  at: Row<'imports'>['started_at'];
  finishedAt: Row<'imports'>['finished_at'];
  sentBy: string | null;
  tokenName: string | null;
  lines: number;
  accepted: number;
  duplicate: number;
  rejected: number;
  acceptedUsdCents: number | null;
  status: DeliveryStatus;
}

export interface DeliveryFilter {
  kind: DeliveryKind | null;
  status: DeliveryStatus | null;
  from: string | null;
  to: string | null;
  /** The last delivery of the previous page. */
  before: { at: Date; kind: DeliveryKind; id: number } | null;
  id: { kind: DeliveryKind; id: number } | null;
}

// Both kinds as one relation. A batch is written in one transaction, so it is complete once visible; an import
// is incomplete until its end is recorded (still running, or stopped and to be run again).
const DELIVERIES = `
  SELECT 'batch' AS kind, b.id::int AS id, 'billed-sales' AS content, NULL::text AS "fileName",
         date_trunc('milliseconds', b.received_at) AS at, b.received_at AS "finishedAt",
         u.email AS "sentBy", t.name AS "tokenName", b.lines, b.accepted, b.duplicate, b.rejected,
         b.accepted_usd_cents::bigint AS "acceptedUsdCents",
         CASE WHEN b.rejected > 0 THEN 'rejects' ELSE 'complete' END AS status
  FROM feed_batches b JOIN users u ON u.id = b.user_id LEFT JOIN api_tokens t ON t.id = b.token_id
  UNION ALL
  SELECT 'file', i.id::int, i.kind, i.file_name, date_trunc('milliseconds', i.started_at), i.finished_at,
         NULL, NULL, i.accepted + i.duplicate + i.rejected, i.accepted, i.duplicate, i.rejected, NULL,
         CASE WHEN i.finished_at IS NULL THEN 'incomplete' WHEN i.rejected > 0 THEN 'rejects' ELSE 'complete' END
  FROM imports i`;

/** The deliveries that match, newest first (a file after a batch of the same millisecond), at most `limit`. */
export async function findDeliveries(db: Db, filter: DeliveryFilter, limit: number): Promise<DeliveryRow[]> {
  const { rows } = await db.query<DeliveryRow>(
    `SELECT * FROM (${DELIVERIES}) d
     WHERE ($1::text IS NULL OR kind = $1) AND ($2::text IS NULL OR status = $2)
       AND ($3::timestamptz IS NULL OR at >= $3) AND ($4::timestamptz IS NULL OR at < $4)
       AND ($5::timestamptz IS NULL OR (at, kind, id) < ($5, $6::text, $7::int))
       AND ($8::text IS NULL OR (kind, id) = ($8, $9::int))
     ORDER BY at DESC, kind DESC, id DESC LIMIT $10`,
    [
      filter.kind,
      filter.status,
      filter.from,
      filter.to,
      filter.before?.at ?? null,
      filter.before?.kind ?? null,
      filter.before?.id ?? null,
      filter.id?.kind ?? null,
      filter.id?.id ?? null,
      limit,
    ],
  );
  return rows.map((r) => ({
    ...r,
    acceptedUsdCents: r.acceptedUsdCents === null ? null : Number(r.acceptedUsdCents),
  }));
}

export interface RejectRow {
  line: number;
  lineId: string | null;
  code: string;
  field: string | null;
  detail: string;
}

/** A delivery's rejected lines in line order, after the (line, code) given, at most `limit`. */
export async function findRejects(
  db: Db,
  delivery: { kind: DeliveryKind; id: number },
  after: { line: number; code: string } | null,
  limit: number,
): Promise<RejectRow[]> {
  const from =
    delivery.kind === 'batch'
      ? 'SELECT line_no, line_id, code, field, detail FROM feed_batch_rejects WHERE batch_id = $1'
      : 'SELECT line_no, NULL::text AS line_id, code, field, detail FROM import_rejects WHERE import_id = $1';
  const { rows } = await db.query<RejectRow>(
    `SELECT line_no AS line, line_id AS "lineId", code, field, detail FROM (${from}) r
     WHERE $2::int IS NULL OR (line_no, code) > ($2, $3::text)
     ORDER BY line_no, code LIMIT $4`,
    [delivery.id, after?.line ?? null, after?.code ?? null, limit],
  );
  return rows;
}
