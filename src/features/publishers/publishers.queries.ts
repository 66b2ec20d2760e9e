import type { Db } from '../../platform/db/pool.ts';
import type { PublisherView } from './publishers.schema.ts';

export interface PublisherRow {
  id: string;
  mpn_id: string;
  company_name: string;
  account_email: string;
  company_id: string;
  created_at: Date;
}

export function toPublisherView(row: PublisherRow): PublisherView {
  return {
    id: row.id,
    mpnId: row.mpn_id,
    companyName: row.company_name,
    accountEmail: row.account_email,
    companyId: row.company_id,
    createdAt: row.created_at.toISOString(),
  };
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
export async function lockPublisher(db: Db, id: string): Promise<PublisherRow | undefined> {
  const { rows } = await db.query<PublisherRow>('SELECT * FROM publishers WHERE id = $1 FOR NO KEY UPDATE', [
    id,
  ]);
  return rows[0];
}

export async function listPublisherRows(db: Db, onlyId: string | null): Promise<PublisherRow[]> {
  const { rows } = await db.query<PublisherRow>(
    'SELECT * FROM publishers WHERE $1::uuid IS NULL OR id = $1 ORDER BY company_name, id',
    [onlyId],
  );
  return rows;
}

export async function insertPublisher(
  db: Db,
  p: { mpnId: string; companyName: string; accountEmail: string; now: Date },
): Promise<PublisherRow> {
  const { rows } = await db.query<PublisherRow>(
    // A trigger gives the profile a company of its own (migration 004); profiles are rolled up later (L2).
    `INSERT INTO publishers (mpn_id, company_name, account_email, created_at) VALUES ($1, $2, $3, $4) RETURNING *`,
    [p.mpnId, p.companyName, p.accountEmail.trim(), p.now],
  );
  return rows[0]!;
}
