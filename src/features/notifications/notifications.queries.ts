import type { Db, Tx } from '../../platform/db/pool.ts';
import type { JsonObject } from '../../platform/db/schema.ts';
import { first, run, sql, type Row } from '../../platform/db/tables.ts';
import { MESSAGE_KINDS, type MessageKind } from '../../usecases/messages.ts';

/** What the code knows of two columns beyond the table: the kind is one of ours, the payload an object. */
export type MessageColumns = { kind: MessageKind; payload: JsonObject };
export type NotificationRow = Omit<Row<'notifications'>, keyof MessageColumns> & MessageColumns;
/** A message as the console lists it: its row and the name of the publisher it is about. */
export type OutboxRow = NotificationRow & { about_company_name: string | null };

/** Every column of the outbox, as an OutboxRow. */
const notifications = () =>
  sql
    .selectFrom('notifications')
    .leftJoin('publishers as about', 'about.id', 'notifications.about_publisher_id')
    .selectAll('notifications')
    .select('about.company_name as about_company_name')
    .$narrowType<MessageColumns>();

export async function listNotificationRows(db: Db, publisherId: string): Promise<OutboxRow[]> {
  return run(
    db,
    notifications()
      .where('notifications.publisher_id', '=', publisherId)
      .orderBy('notifications.created_at', 'desc')
      .orderBy('notifications.id')
      .limit(200),
  );
}

export interface OutboxFilter {
  status: string[] | null;
  kind: string | null;
  /** Messages about this publisher (`about_publisher_id`), to its people or to staff. */
  publisherId: string | null;
  recipient: string | null;
  /** A part of the recipient's address or of the kind, as typed. */
  q: string | null;
  limit: number;
  offset: number;
}

/** `%part%` for LIKE, the part's own `%`, `_` and `\` taken as they are. */
const containing = (part: string) => `%${part.replace(/[\\%_]/g, '\\$&')}%`;

/** The outbox's rows that match `f`, unordered: the page and its count share it. */
function matching(f: OutboxFilter) {
  let query = notifications();
  const { status, kind, publisherId, recipient, q } = f;
  if (status !== null) query = query.where('notifications.status', '=', (eb) => eb.fn.any(eb.val(status)));
  if (kind !== null) query = query.where('notifications.kind', '=', kind);
  if (publisherId !== null) query = query.where('notifications.about_publisher_id', '=', publisherId);
  if (recipient !== null)
    query = query.where((eb) =>
      eb(eb.fn<string>('lower', ['recipient_email']), '=', eb.fn<string>('lower', [eb.val(recipient)])),
    );
  if (q !== null) {
    const part = q.trim().toLowerCase();
    const kinds = MESSAGE_KINDS.filter((k) => k.includes(part));
    query = query.where((eb) =>
      eb.or([
        eb('notifications.recipient_email', 'ilike', containing(part)),
        ...(kinds.length > 0 ? [eb('notifications.kind', '=', eb.fn.any(eb.val(kinds)))] : []),
      ]),
    );
  }
  return query;
}

/** A page of the outbox for staff, newest first. */
export async function searchNotificationRows(db: Db, f: OutboxFilter): Promise<OutboxRow[]> {
  return run(
    db,
    matching(f)
      .orderBy('notifications.created_at', 'desc')
      .orderBy('notifications.id')
      .limit(f.limit)
      .offset(f.offset),
  );
}

/** How many messages match `f`, over every page. */
export async function countNotificationRows(db: Db, f: OutboxFilter): Promise<number> {
  const row = await first(
    db,
    matching(f)
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n')),
  );
  return Number(row?.n ?? 0);
}

export async function findNotificationRow(db: Db, id: string): Promise<OutboxRow | undefined> {
  return first(db, notifications().where('notifications.id', '=', id));
}

/** `findNotificationRow`, the row locked until the transaction ends. */
export async function lockNotificationRow(tx: Tx, id: string): Promise<OutboxRow | undefined> {
  return first(tx, notifications().where('notifications.id', '=', id).forUpdate('notifications'));
}

/** Messages by status: the whole outbox, or those a publisher's people read (`about`: those about it). */
export async function outboxCounts(
  db: Db,
  publisherId: string | null = null,
  column: 'publisher_id' | 'about_publisher_id' = 'publisher_id',
): Promise<Record<string, number>> {
  const { rows } = await db.query<Pick<Row<'notifications'>, 'status'> & { n: number }>(
    `SELECT status, count(*)::int AS n FROM notifications WHERE $1::uuid IS NULL OR ${column} = $1 GROUP BY status`,
    [publisherId],
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
