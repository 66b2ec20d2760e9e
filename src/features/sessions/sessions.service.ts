// Signing in with a password, with a growing wait after repeated failures for an address (known or not).
import { hashSync, verify } from '@node-rs/argon2';
import type { Tx } from '../../platform/db/pool.ts';
import { change, first, sql, type Row } from '../../platform/db/tables.ts';
import { startSession, type NewSession, type SessionPolicy } from '../../platform/auth/sessions.ts';
import type { Role } from '../../platform/auth/access.ts';

/** Failures allowed before sign-in for an address starts to wait; then 1, 2, 4 ... minutes, at most an hour. */
export const FREE_FAILURES = 5;
const MAX_WAIT_MINUTES = 60;

// Verifying against this keeps a wrong email as slow as a wrong password (no account enumeration by timing).
const DUMMY_HASH = hashSync('no account has this password');

/** A person as signed in: the columns of their `users` row that SIGNED_IN_COLUMNS reads, under their API names. */
export type SignedInUser = Pick<Row<'users'>, 'id' | 'email'> & {
  displayName: Row<'users'>['display_name'];
  role: Role;
  publisherId: Row<'users'>['publisher_id'];
};

/** The columns of `users` (aliased `u`) that make a SignedInUser. */
export const SIGNED_IN_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.role, u.publisher_id AS "publisherId"`;

/** Only the signed-in user's fields, whatever else the row carried (a hash, an expiry). */
export function toSignedInUser(row: SignedInUser): SignedInUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    publisherId: row.publisherId,
  };
}

export type SignInOutcome =
  | { ok: true; user: SignedInUser; session: NewSession }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'backoff'; retryAfterSeconds: number };

export async function signInWithPassword(
  tx: Tx,
  email: string,
  password: string,
  policy: SessionPolicy,
  now: Date,
  meta: { ip: string; userAgent: string | undefined },
): Promise<SignInOutcome> {
  const key = email.trim().toLowerCase();
  // The row exists before it is locked, so parallel first attempts queue on it instead of all passing.
  await change(
    tx,
    sql
      .insertInto('signin_failures')
      .values({ email_key: key, failures: 0, last_at: now })
      .onConflict((oc) => oc.doNothing()),
  );
  const failures = await first(
    tx,
    sql
      .selectFrom('signin_failures')
      .select(['failures', 'locked_until'])
      .where('email_key', '=', key)
      .forUpdate(),
  );
  const lockedUntil = failures?.locked_until;
  if (lockedUntil && lockedUntil > now) {
    return {
      ok: false,
      reason: 'backoff',
      retryAfterSeconds: Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000),
    };
  }
  const { rows } = await tx.query<SignedInUser & { passwordHash: Row<'users'>['password_hash'] }>(
    `SELECT ${SIGNED_IN_COLUMNS}, u.password_hash AS "passwordHash"
     FROM users u WHERE lower(u.email) = $1 AND u.active`,
    [key],
  );
  const user = rows[0];
  const matches = await verify(user?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
  if (!user?.passwordHash || !matches) {
    const count = (failures?.failures ?? 0) + 1;
    const wait = count > FREE_FAILURES ? Math.min(2 ** (count - FREE_FAILURES - 1), MAX_WAIT_MINUTES) : 0;
    const failure = {
      failures: count,
      last_at: now,
      locked_until: wait ? new Date(now.getTime() + wait * 60_000) : null,
    };
    await change(
      tx,
      sql
        .insertInto('signin_failures')
        .values({ email_key: key, ...failure })
        .onConflict((oc) => oc.column('email_key').doUpdateSet(failure)),
    );
    return { ok: false, reason: 'invalid' };
  }
  await change(tx, sql.deleteFrom('signin_failures').where('email_key', '=', key));
  return {
    ok: true,
    user: toSignedInUser(user),
    session: await startSession(tx, user.id, policy, now, meta),
  };
}
