import type { Db } from '../../platform/db/pool.ts';
import type { PublisherRow } from '../../usecases/publishers.ts';
import type { PublisherView } from './publishers.schema.ts';

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
