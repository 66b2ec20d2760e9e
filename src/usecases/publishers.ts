// A publisher as other use cases need it: its row, looked up or locked, and the 404 when it is unknown.
import type { Db, Tx } from '../platform/db/pool.ts';
import { first, sql, type Row } from '../platform/db/tables.ts';
import { notFound } from '../platform/problems.ts';

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
