import type { PersonRole, Role } from '../../platform/auth/access.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { AppError } from '../../platform/problems.ts';
import type { UserView } from './users.schema.ts';

export interface UserRow {
  id: string;
  publisher_id: string | null;
  email: string;
  display_name: string;
  role: PersonRole;
  active: boolean;
  created_at: Date;
  deactivated_at: Date | null;
}

export function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    publisherId: row.publisher_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    active: row.active,
    createdAt: row.created_at.toISOString(),
    deactivatedAt: row.deactivated_at?.toISOString() ?? null,
  };
}

/**
 * Inserts a user. An email in use by any user (emails sign people in, so they are unique everywhere) is
 * answered as `email-taken`, pointing at `pointer`, the request field it came from.
 */
export async function insertUser(
  db: Db,
  u: { publisherId: string | null; email: string; displayName: string; role: Role; now: Date },
  pointer = '/body/email',
): Promise<UserRow> {
  try {
    const { rows } = await db.query<UserRow>(
      `INSERT INTO users (publisher_id, email, display_name, role, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
      [u.publisherId, u.email.trim(), u.displayName, u.role, u.now],
    );
    return rows[0]!;
  } catch (error) {
    if (!isUniqueViolation(error, 'users_email_key')) throw error;
    throw new AppError('email-taken', `A user with the email ${u.email} exists already.`, {
      errors: [{ pointer, code: 'taken', detail: 'is in use by another user' }],
    });
  }
}

export async function listUserRows(db: Db, publisherId: string): Promise<UserRow[]> {
  const { rows } = await db.query<UserRow>(
    'SELECT * FROM users WHERE publisher_id = $1 ORDER BY active DESC, display_name, id',
    [publisherId],
  );
  return rows;
}

/** A user of this publisher, or undefined (another publisher's user is not found here). */
export async function findPublisherUser(
  db: Db,
  publisherId: string,
  userId: string,
): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>('SELECT * FROM users WHERE id = $1 AND publisher_id = $2', [
    userId,
    publisherId,
  ]);
  return rows[0];
}

/** A user of this publisher or, for `null`, a staff member (rewards team, program admin); or undefined. */
export async function findMember(
  db: Db,
  publisherId: string | null,
  userId: string,
): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(
    'SELECT * FROM users WHERE id = $1 AND publisher_id IS NOT DISTINCT FROM $2',
    [userId, publisherId],
  );
  return rows[0];
}

/** The staff: rewards team members and program admins, the active first. */
export async function listStaffRows(db: Db): Promise<UserRow[]> {
  const { rows } = await db.query<UserRow>(
    'SELECT * FROM users WHERE publisher_id IS NULL ORDER BY active DESC, display_name, id',
  );
  return rows;
}

/**
 * The ids of the active people a deactivation must not leave without one of: the publisher's owners or, for
 * `null`, the program admins. Locked until the transaction ends, so two deactivations at once see each other.
 */
export async function lockActiveInCharge(db: Tx, publisherId: string | null): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    publisherId === null
      ? "SELECT id FROM users WHERE role = 'program-admin' AND active FOR NO KEY UPDATE"
      : "SELECT id FROM users WHERE publisher_id = $1 AND role = 'publisher-owner' AND active FOR NO KEY UPDATE",
    publisherId === null ? [] : [publisherId],
  );
  return rows.map((r) => r.id);
}

/** Deactivates a user of this publisher or, for `null`, a staff member; deactivating twice keeps the first time. */
export async function deactivateUserRow(
  db: Db,
  publisherId: string | null,
  userId: string,
  now: Date,
): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(
    `UPDATE users SET active = false, deactivated_at = coalesce(deactivated_at, $3)
     WHERE id = $1 AND publisher_id IS NOT DISTINCT FROM $2 RETURNING *`,
    [userId, publisherId, now],
  );
  return rows[0];
}
