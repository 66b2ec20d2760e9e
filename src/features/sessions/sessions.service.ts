// Signing in with a password, slowed down where guessing happens without letting a guesser lock anyone out
// (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"):
// - per client (an address and an account): 5 free failures, then 1, 2, 4 ... minutes, at most an hour;
// - per account across clients: 50 free failures, then the same waits, but only for clients the account has not
//   signed in from: a browser that signed in to it before carries a device cookie and is counted on its own.
// Counters older than a day start afresh; a success clears its client's (or device's) counter, not the account's.
import { hashSync, verify } from '@node-rs/argon2';
import type { Tx } from '../../platform/db/pool.ts';
import { change, first, sql, type Row } from '../../platform/db/tables.ts';
import { hashSecret, newSecret } from '../../platform/auth/secrets.ts';
import { startSession, type NewSession, type SessionPolicy } from '../../platform/auth/sessions.ts';
import type { Role } from '../../platform/auth/access.ts';

/** Failures a client (or a trusted device) may make before it waits; then 1, 2, 4 ... minutes, at most an hour. */
export const FREE_FAILURES = 5;
/** Failures an account may take from every client together before clients it does not know wait. */
export const ACCOUNT_FREE_FAILURES = 50;
const MAX_WAIT_MINUTES = 60;
const FORGET_AFTER_MS = 24 * 3_600_000;

/** The cookie of a browser a person signed in from (__Host-: Secure, Path=/, no Domain). */
export const DEVICE_COOKIE = '__Host-device';
/** How long a browser stays trusted without signing in again. */
export const DEVICE_DAYS = 180;

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
  /** `device`: a new device cookie's token for this browser, when it brought none valid for this account. */
  | { ok: true; user: SignedInUser; session: NewSession; device: string | undefined }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'backoff'; retryAfterSeconds: number };

export async function signInWithPassword(
  tx: Tx,
  email: string,
  password: string,
  policy: SessionPolicy,
  now: Date,
  meta: { ip: string; userAgent: string | undefined; device: string | undefined },
): Promise<SignInOutcome> {
  const key = email.trim().toLowerCase();
  const device = meta.device ? await trustedDevice(tx, key, meta.device, now) : undefined;
  const counters = device ? [`device ${device}`] : [`account ${key}`, `client ${key} ${meta.ip}`];
  const wait = await lockCounters(tx, counters, now);
  if (wait > 0) return { ok: false, reason: 'backoff', retryAfterSeconds: wait };

  const { rows } = await tx.query<SignedInUser & { passwordHash: Row<'users'>['password_hash'] }>(
    `SELECT ${SIGNED_IN_COLUMNS}, u.password_hash AS "passwordHash"
     FROM users u WHERE lower(u.email) = $1 AND u.active`,
    [key],
  );
  const user = rows[0];
  const matches = await verify(user?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
  if (!user?.passwordHash || !matches) {
    await countFailure(tx, counters, now);
    return { ok: false, reason: 'invalid' };
  }
  await change(tx, sql.deleteFrom('signin_failures').where('throttle_key', '=', counters.at(-1)!));
  let token: string | undefined;
  if (device) {
    await change(
      tx,
      sql.updateTable('trusted_devices').set({ last_used_at: now }).where('token_hash', '=', device),
    );
  } else {
    token = newSecret('dev');
    await change(
      tx,
      sql
        .insertInto('trusted_devices')
        .values({ token_hash: hashSecret(token), user_id: user.id, created_at: now, last_used_at: now }),
    );
  }
  return {
    ok: true,
    user: toSignedInUser(user),
    session: await startSession(tx, user.id, policy, now, meta),
    device: token,
  };
}

/** The hash of a device cookie's token, when it is a browser this account signed in from recently. */
async function trustedDevice(tx: Tx, key: string, token: string, now: Date): Promise<string | undefined> {
  const hash = hashSecret(token);
  const { rows } = await tx.query<{ token_hash: string }>(
    `SELECT d.token_hash FROM trusted_devices d JOIN users u ON u.id = d.user_id
     WHERE d.token_hash = $1 AND lower(u.email) = $2 AND d.last_used_at > $3`,
    [hash, key, new Date(now.getTime() - DEVICE_DAYS * 86_400_000)],
  );
  return rows[0]?.token_hash;
}

/**
 * Locks the counters' rows (created first, in one order, so parallel attempts queue on them instead of all
 * passing or deadlocking); answers the seconds to wait, 0 when none.
 */
async function lockCounters(tx: Tx, keys: string[], now: Date): Promise<number> {
  for (const key of [...keys].sort())
    await change(
      tx,
      sql
        .insertInto('signin_failures')
        .values({ throttle_key: key, failures: 0, last_at: now })
        .onConflict((oc) => oc.doNothing()),
    );
  const { rows } = await tx.query<Pick<Row<'signin_failures'>, 'locked_until'>>(
    `SELECT locked_until FROM signin_failures WHERE throttle_key = ANY($1) ORDER BY throttle_key FOR UPDATE`,
    [keys],
  );
  const until = Math.max(0, ...rows.map((r) => r.locked_until?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

async function countFailure(tx: Tx, keys: string[], now: Date): Promise<void> {
  for (const key of keys) {
    const free = key.startsWith('account ') ? ACCOUNT_FREE_FAILURES : FREE_FAILURES;
    const row = await first(
      tx,
      sql.selectFrom('signin_failures').select(['failures', 'last_at']).where('throttle_key', '=', key),
    );
    const recent = row && now.getTime() - row.last_at.getTime() < FORGET_AFTER_MS;
    const count = (recent ? row.failures : 0) + 1;
    const wait = count > free ? Math.min(2 ** (count - free - 1), MAX_WAIT_MINUTES) : 0;
    await change(
      tx,
      sql
        .updateTable('signin_failures')
        .set({
          failures: count,
          last_at: now,
          locked_until: wait ? new Date(now.getTime() + wait * 60_000) : null,
        })
        .where('throttle_key', '=', key),
    );
  }
}
