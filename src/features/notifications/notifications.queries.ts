import type { Db, Tx } from '../../platform/db/pool.ts';
import type { JsonObject } from '../../platform/db/schema.ts';
import { first, run, sql, type Row } from '../../platform/db/tables.ts';
import type { MessageKind } from '../../usecases/messages.ts';

/** What the code knows of two columns beyond the table: the kind is one of ours, the payload an object. */
export type MessageColumns = { kind: MessageKind; payload: JsonObject };
export type NotificationRow = Omit<Row<'notifications'>, keyof MessageColumns> & MessageColumns;

/** Every column of the outbox, as a NotificationRow. */
const notifications = () => sql.selectFrom('notifications').selectAll().$narrowType<MessageColumns>();

export async function listNotificationRows(db: Db, publisherId: string): Promise<NotificationRow[]> {
  return run(
    db,
    notifications()
      .where('publisher_id', '=', publisherId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(200),
  );
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
  let query = notifications().orderBy('created_at', 'desc').orderBy('id').limit(f.limit);
  const { status, kind, publisherId, recipient } = f;
  if (status !== null) query = query.where('status', '=', (eb) => eb.fn.any(eb.val(status)));
  if (kind !== null) query = query.where('kind', '=', kind);
  if (publisherId !== null) query = query.where('publisher_id', '=', publisherId);
  if (recipient !== null)
    query = query.where((eb) =>
      eb(eb.fn<string>('lower', ['recipient_email']), '=', eb.fn<string>('lower', [eb.val(recipient)])),
    );
  return run(db, query);
}

export async function findNotificationRow(db: Db, id: string): Promise<NotificationRow | undefined> {
  return first(db, notifications().where('id', '=', id));
}

/** `findNotificationRow`, the row locked until the transaction ends. */
export async function lockNotificationRow(tx: Tx, id: string): Promise<NotificationRow | undefined> {
  return first(tx, notifications().where('id', '=', id).forUpdate());
}

/** Messages by status: the whole outbox, or one publisher's. */
export async function outboxCounts(
  db: Db,
  publisherId: string | null = null,
): Promise<Record<string, number>> {
  const { rows } = await db.query<Pick<Row<'notifications'>, 'status'> & { n: number }>(
    `SELECT status, count(*)::int AS n FROM notifications WHERE $1::uuid IS NULL OR publisher_id = $1 GROUP BY status`,
    [publisherId],
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
