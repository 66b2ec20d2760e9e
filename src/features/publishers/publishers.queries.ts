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

export interface PublisherSearch {
  /** Only this publisher (a publisher's user); null: every one (staff). */
  onlyId: string | null;
  /** A part of the name, MPN ID or an address, as typed; null: no search. */
  q: string | null;
  limit: number;
  offset: number;
}

/** `part` for LIKE: its own `%`, `_` and `\` taken as they are. */
const escapeLike = (part: string) => part.replace(/[\\%_]/g, '\\$&');
/** `%part%` for LIKE. */
const containing = (part: string) => `%${escapeLike(part)}%`;

/** Shorter than this, a search holds no trigram: it matches the start of the name or MPN ID instead. */
export const TRIGRAM = 3;

/**
 * A page of publishers by name (then id, so pages neither repeat nor skip one), one more than `limit` to tell
 * whether a page follows. Three characters or more are looked for anywhere in the name, MPN ID and addresses, a
 * union of id look-ups each answered by a pg_trgm index (migration 023); one or two at the start of the name or
 * MPN ID (text_pattern_ops indexes). Measured on 100,000 publishers: see ARCHITECTURE.md (Finding things).
 */
export async function searchPublisherRows(db: Db, s: PublisherSearch): Promise<PublisherRow[]> {
  let query = sql
    .selectFrom('publishers as p')
    .selectAll('p')
    .orderBy('p.company_name')
    .orderBy('p.id')
    .limit(s.limit + 1)
    .offset(s.offset);
  if (s.onlyId !== null) query = query.where('p.id', '=', s.onlyId);
  const part = s.q?.trim() ?? '';
  if (part.length >= TRIGRAM) {
    const like = containing(part);
    query = query.where('p.id', 'in', (eb) =>
      eb
        .selectFrom('publishers')
        .select('id')
        .where((w) =>
          w.or([
            w('company_name', 'ilike', like),
            w('mpn_id', 'like', like),
            w('account_email', 'ilike', like),
          ]),
        )
        .union(
          eb
            .selectFrom('users')
            .select((u) => u.ref('publisher_id').$notNull().as('id'))
            .where('publisher_id', 'is not', null)
            .where('email', 'ilike', like),
        )
        .union(
          eb.selectFrom('marketing_contacts').select('publisher_id as id').where('email', 'ilike', like),
        ),
    );
  } else if (part !== '') {
    const start = `${escapeLike(part.toLowerCase())}%`;
    query = query.where((w) =>
      w.or([w(w.fn<string>('lower', ['p.company_name']), 'like', start), w('p.mpn_id', 'like', start)]),
    );
  }
  return run(db, query);
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
