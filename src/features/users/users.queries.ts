import type { PersonRole, Role } from '../../platform/auth/access.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { first, run, sql, type Row } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/problems.ts';
import type { UserView } from './users.schema.ts';

/** A person's row; the role is one a person signs in with (the table's CHECK). */
export type UserRow = Omit<Row<'users'>, 'role'> & { role: PersonRole };

/** Every column of `users`, as a UserRow. */
const users = () => sql.selectFrom('users').selectAll().$narrowType<{ role: PersonRole }>();

/** A user as the API shows them; `pending`, the latest invitation of a person who has not accepted yet. */
export function toUserView(row: UserRow, pending: UserView['pendingInvitation'] = null): UserView {
  const status = !row.active
    ? 'deactivated'
    : row.password_hash === null && row.oidc_subject === null
      ? 'pending'
      : 'active';
  return {
    id: row.id,
    publisherId: row.publisher_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    active: row.active,
    status,
    pendingInvitation: status === 'pending' ? pending : null,
    createdAt: row.created_at.toISOString(),
    deactivatedAt: row.deactivated_at?.toISOString() ?? null,
  };
}

/**
 * Inserts a user. An email that is a user of the same publisher already (or, with `takenAnywhere`, default for a
 * staff member, of anyone: for program admins, who see every user anyway) is answered as `email-taken`, pointing at
 * `pointer`, the request field it came from.
 * An address with an account at another publisher is added like a new one, pending: a publisher admin must not
 * learn from the answer whether an address has an account (accepting the invitation then refuses it, to whoever
 * holds the link; the address's owner is told instead of invited: `createInvitation`).
 */
export async function insertUser(
  db: Db,
  u: { publisherId: string | null; email: string; displayName: string; role: Role; now: Date },
  pointer = '/body/email',
  takenAnywhere = u.publisherId === null,
): Promise<UserRow> {
  const email = u.email.trim();
  const taken = () =>
    new AppError('email-taken', `A user with the email ${email} exists already.`, {
      errors: [{ pointer, code: 'taken', detail: 'is in use by another user' }],
    });
  if (
    takenAnywhere &&
    (await first(
      db,
      users().where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase())),
    ))
  )
    throw taken();
  try {
    const row = await first(
      db,
      sql
        .insertInto('users')
        .values({
          publisher_id: u.publisherId,
          email,
          display_name: u.displayName,
          role: u.role,
          created_at: u.now,
        })
        .returningAll()
        .$narrowType<{ role: PersonRole }>(),
    );
    return row!;
  } catch (error) {
    if (!isUniqueViolation(error, 'users_publisher_email')) throw error;
    throw taken();
  }
}

export async function listUserRows(db: Db, publisherId: string): Promise<UserRow[]> {
  return run(
    db,
    users()
      .where('publisher_id', '=', publisherId)
      .orderBy('active', 'desc')
      .orderBy('display_name')
      .orderBy('id'),
  );
}

/** A user of this publisher, or undefined (another publisher's user is not found here). */
export async function findPublisherUser(
  db: Db,
  publisherId: string,
  userId: string,
): Promise<UserRow | undefined> {
  return first(db, users().where('id', '=', userId).where('publisher_id', '=', publisherId));
}

/** A user of this publisher or, for `null`, a staff member (rewards team, program admin); or undefined. */
export async function findMember(
  db: Db,
  publisherId: string | null,
  userId: string,
): Promise<UserRow | undefined> {
  return first(
    db,
    users().where('id', '=', userId).where('publisher_id', 'is not distinct from', publisherId),
  );
}

/** The staff: rewards team members and program admins, the active first. */
export async function listStaffRows(db: Db): Promise<UserRow[]> {
  return run(
    db,
    users().where('publisher_id', 'is', null).orderBy('active', 'desc').orderBy('display_name').orderBy('id'),
  );
}

/**
 * The ids of the active people a deactivation must not leave without one of: the publisher's owners or, for
 * `null`, the program admins; a pending person (who has not accepted their invitation, and may never) does not
 * count. Locked until the transaction ends, so two deactivations at once see each other.
 */
export async function lockActiveInCharge(db: Tx, publisherId: string | null): Promise<string[]> {
  const active = sql
    .selectFrom('users')
    .select('id')
    .where('active', '=', true)
    .where((eb) => eb.or([eb('password_hash', 'is not', null), eb('oidc_subject', 'is not', null)]))
    .forNoKeyUpdate();
  const rows = await run(
    db,
    publisherId === null
      ? active.where('role', '=', 'program-admin')
      : active.where('publisher_id', '=', publisherId).where('role', '=', 'publisher-owner'),
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
  return first(
    db,
    sql
      .updateTable('users')
      .set((eb) => ({ active: false, deactivated_at: eb.fn.coalesce('deactivated_at', eb.val(now)) }))
      .where('id', '=', userId)
      .where('publisher_id', 'is not distinct from', publisherId)
      .returningAll()
      .$narrowType<{ role: PersonRole }>(),
  );
}
