import type { Db } from '../../platform/db/pool.ts';
import { change, first, type Row, sql } from '../../platform/db/tables.ts';
import type { ContactView } from './contacts.schema.ts';

type ContactRow = Row<'marketing_contacts'> &
  Pick<Row<'users'>, 'display_name'> & {
    user_email: Row<'users'>['email'];
    user_active: Row<'users'>['active'];
  };

const CONTACT_SELECT = `
  SELECT c.*, u.display_name, u.email AS user_email, u.active AS user_active
  FROM marketing_contacts c JOIN users u ON u.id = c.user_id`;

function toView(r: ContactRow): ContactView {
  return {
    id: r.id,
    publisherId: r.publisher_id,
    user: { id: r.user_id, displayName: r.display_name, email: r.user_email, active: r.user_active },
    email: r.email,
    phone: r.phone_e164,
    language: r.language,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function listContacts(db: Db, publisherId: string): Promise<ContactView[]> {
  const { rows } = await db.query<ContactRow>(
    `${CONTACT_SELECT} WHERE c.publisher_id = $1 ORDER BY c.created_at, c.id`,
    [publisherId],
  );
  return rows.map(toView);
}

export async function findContact(
  db: Db,
  publisherId: string,
  contactId: string,
): Promise<ContactView | undefined> {
  const { rows } = await db.query<ContactRow>(`${CONTACT_SELECT} WHERE c.publisher_id = $1 AND c.id = $2`, [
    publisherId,
    contactId,
  ]);
  return rows[0] && toView(rows[0]);
}

export interface ContactValues {
  userId: string;
  email: string;
  phoneE164: string;
  language: string;
}

export async function insertContact(
  db: Db,
  publisherId: string,
  c: ContactValues,
  now: Date,
): Promise<string> {
  const inserted = await first(
    db,
    sql
      .insertInto('marketing_contacts')
      .values({
        publisher_id: publisherId,
        user_id: c.userId,
        email: c.email,
        phone_e164: c.phoneE164,
        language: c.language,
        created_at: now,
        updated_at: now,
      })
      .returning('id'),
  );
  return inserted!.id;
}

export async function updateContact(
  db: Db,
  publisherId: string,
  contactId: string,
  c: ContactValues,
  now: Date,
): Promise<boolean> {
  const updated = await change(
    db,
    sql
      .updateTable('marketing_contacts')
      .set({
        user_id: c.userId,
        email: c.email,
        phone_e164: c.phoneE164,
        language: c.language,
        updated_at: now,
      })
      .where('publisher_id', '=', publisherId)
      .where('id', '=', contactId),
  );
  return updated === 1;
}

export async function deleteContact(db: Db, publisherId: string, contactId: string): Promise<boolean> {
  const deleted = await change(
    db,
    sql.deleteFrom('marketing_contacts').where('publisher_id', '=', publisherId).where('id', '=', contactId),
  );
  return deleted === 1;
}

/** Activations of the last twelve months not cancelled: rewards whose news still goes to the contact (S6). */
export async function countActivations(db: Db, publisherId: string, now: Date): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM activations
     WHERE publisher_id = $1 AND status <> 'cancelled' AND created_at > $2::timestamptz - interval '12 months'`,
    [publisherId, now],
  );
  return rows[0]?.n ?? 0;
}
