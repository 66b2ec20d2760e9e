// A publisher as other use cases need it: its row, looked up or locked, and the 404 when it is unknown.
import type { Db, Tx } from '../platform/db/pool.ts';
import { first, sql, type Row } from '../platform/db/tables.ts';
import { AppError, notFound } from '../platform/problems.ts';

export type PublisherRow = Row<'publishers'>;

export async function findPublisher(db: Db, id: string): Promise<PublisherRow | undefined> {
  return first(db, sql.selectFrom('publishers').selectAll().where('id', '=', id));
}

/**
 * Locks the publisher's row until the transaction ends, so that changes to one publisher (sales, offers,
 * contacts, activations) run one after the other. FOR NO KEY UPDATE does not conflict with the key-share
 * locks that foreign keys take, so inserts referencing the publisher cannot deadlock with it.
 */
export async function lockPublisher(db: Tx, id: string): Promise<PublisherRow | undefined> {
  return first(db, sql.selectFrom('publishers').selectAll().where('id', '=', id).forNoKeyUpdate());
}

/** 404 `publisher` unless the publisher exists. */
export async function assertPublisherExists(db: Db, publisherId: string): Promise<void> {
  if (!(await findPublisher(db, publisherId))) throw notFound('publisher');
}

/** How many support tickets, and how many technical requests, a publisher may have open at once. */
export const MAX_OPEN_PER_PUBLISHER = 25;

/**
 * Refuses a 26th open support ticket or technical request (409 too-many-open): a publisher, or a stolen session,
 * cannot flood the rewards team's queue. Locks the publisher's row first, so two at once count one after the other.
 */
export async function assertRoomToOpen(
  tx: Tx,
  publisherId: string,
  what: 'support_tickets' | 'technical_requests' | 'disputes',
): Promise<void> {
  await lockPublisher(tx, publisherId);
  const open = await first(
    tx,
    sql
      .selectFrom(what)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('publisher_id', '=', publisherId)
      .where('status', '<>', 'closed'),
  );
  if (Number(open?.n ?? 0) >= MAX_OPEN_PER_PUBLISHER) {
    const things = what.replace('_', ' ');
    throw new AppError(
      'too-many-open',
      `This publisher has ${MAX_OPEN_PER_PUBLISHER} ${things} open, the most at once; one can be opened when the rewards team closes another.`,
    );
  }
}
