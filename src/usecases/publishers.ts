// A publisher as other use cases need it: its row, looked up or locked, and the 404 when it is unknown.
import type { Db, Tx } from '../platform/db/pool.ts';
import { notFound } from '../platform/problems.ts';

export interface PublisherRow {
  id: string;
  mpn_id: string;
  company_name: string;
  account_email: string;
  company_id: string;
  created_at: Date;
}

export async function findPublisher(db: Db, id: string): Promise<PublisherRow | undefined> {
  const { rows } = await db.query<PublisherRow>('SELECT * FROM publishers WHERE id = $1', [id]);
  return rows[0];
}

/**
 * Locks the publisher's row until the transaction ends, so that changes to one publisher (sales, offers,
 * contacts, activations) run one after the other. FOR NO KEY UPDATE does not conflict with the key-share
 * locks that foreign keys take, so inserts referencing the publisher cannot deadlock with it.
 */
export async function lockPublisher(db: Tx, id: string): Promise<PublisherRow | undefined> {
  const { rows } = await db.query<PublisherRow>('SELECT * FROM publishers WHERE id = $1 FOR NO KEY UPDATE', [
    id,
  ]);
  return rows[0];
}

/** 404 `publisher` unless the publisher exists. */
export async function assertPublisherExists(db: Db, publisherId: string): Promise<void> {
  if (!(await findPublisher(db, publisherId))) throw notFound('publisher');
}
