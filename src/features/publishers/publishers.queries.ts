import type { Db } from '../../platform/db/pool.ts';
import { run, sql } from '../../platform/db/tables.ts';
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
  const all = sql.selectFrom('publishers').selectAll().orderBy('company_name').orderBy('id');
  return run(db, onlyId === null ? all : all.where('id', '=', onlyId));
}

export async function insertPublisher(
  db: Db,
  p: { mpnId: string; companyName: string; accountEmail: string; now: Date },
): Promise<PublisherRow> {
  const { rows } = await db.query<PublisherRow>(
    // A trigger gives the profile a company of its own (migration 004); profiles are rolled up later (L2). SQL, not
    // the builder: the generated schema reads company_id as a column every insert must give.
    `INSERT INTO publishers (mpn_id, company_name, account_email, created_at) VALUES ($1, $2, $3, $4) RETURNING *`,
    [p.mpnId, p.companyName, p.accountEmail.trim(), p.now],
  );
  return rows[0]!;
}
