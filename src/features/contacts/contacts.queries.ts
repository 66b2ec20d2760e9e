import type { Db } from '../../platform/db/pool.ts';
import type { ContactView } from './contacts.schema.ts';

interface ContactRow {
  id: string;
  publisher_id: string;
  user_id: string;
  display_name: string;
  user_email: string;
  user_active: boolean;
  email: string;
  phone_e164: string;
  language: string;
  created_at: Date;
  updated_at: Date;
}

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
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO marketing_contacts (publisher_id, user_id, email, phone_e164, language, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
    [publisherId, c.userId, c.email, c.phoneE164, c.language, now],
  );
  return rows[0]!.id;
}

export async function updateContact(
  db: Db,
  publisherId: string,
  contactId: string,
  c: ContactValues,
  now: Date,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE marketing_contacts SET user_id = $3, email = $4, phone_e164 = $5, language = $6, updated_at = $7
     WHERE publisher_id = $1 AND id = $2`,
    [publisherId, contactId, c.userId, c.email, c.phoneE164, c.language, now],
  );
  return rowCount === 1;
}

export async function deleteContact(db: Db, publisherId: string, contactId: string): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM marketing_contacts WHERE publisher_id = $1 AND id = $2', [
    publisherId,
    contactId,
  ]);
  return rowCount === 1;
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
