import type { Db, Tx } from '../../platform/db/pool.ts';
import type { MessageKind } from '../../usecases/messages.ts';

export interface NotificationRow {
  id: string;
  publisher_id: string | null;
  dedupe_key: string;
  kind: MessageKind;
  recipient_email: string;
  language: string;
  payload: Record<string, unknown>;
  status: string;
  status_note: string | null;
  subject: string | null;
  body_text: string | null;
  body_html: string | null;
  attempts: number;
  next_attempt_at: Date;
  last_attempt_at: Date | null;
  last_error: string | null;
  sending_by: string | null;
  created_at: Date;
  sent_at: Date | null;
  failed_at: Date | null;
}

export async function listNotificationRows(db: Db, publisherId: string): Promise<NotificationRow[]> {
  const { rows } = await db.query<NotificationRow>(
    `SELECT * FROM notifications WHERE publisher_id = $1 ORDER BY created_at DESC, id LIMIT 200`,
    [publisherId],
  );
  return rows;
}

export interface OutboxFilter {
  status: string[] | null;
  kind: string | null;
  publisherId: string | null;
  recipient: string | null;
  limit: number;
}

/** The whole outbox for staff, newest first. */
export async function searchNotificationRows(db: Db, f: OutboxFilter): Promise<NotificationRow[]> {
  const { rows } = await db.query<NotificationRow>(
    `SELECT * FROM notifications
     WHERE ($1::text[] IS NULL OR status = ANY($1)) AND ($2::text IS NULL OR kind = $2)
       AND ($3::uuid IS NULL OR publisher_id = $3) AND ($4::text IS NULL OR lower(recipient_email) = lower($4))
     ORDER BY created_at DESC, id LIMIT $5`,
    [f.status, f.kind, f.publisherId, f.recipient, f.limit],
  );
  return rows;
}

export async function findNotificationRow(db: Db, id: string): Promise<NotificationRow | undefined> {
  const { rows } = await db.query<NotificationRow>('SELECT * FROM notifications WHERE id = $1', [id]);
  return rows[0];
}

/** `findNotificationRow`, the row locked until the transaction ends. */
export async function lockNotificationRow(tx: Tx, id: string): Promise<NotificationRow | undefined> {
  const { rows } = await tx.query<NotificationRow>('SELECT * FROM notifications WHERE id = $1 FOR UPDATE', [
    id,
  ]);
  return rows[0];
}

/** Messages by status: the whole outbox, or one publisher's. */
export async function outboxCounts(
  db: Db,
  publisherId: string | null = null,
): Promise<Record<string, number>> {
  const { rows } = await db.query<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM notifications WHERE $1::uuid IS NULL OR publisher_id = $1 GROUP BY status`,
    [publisherId],
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
