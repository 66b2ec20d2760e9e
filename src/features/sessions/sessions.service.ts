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
import { messageLanguage } from '../../usecases/messages.ts';
import { enqueueNotification } from '../../usecases/outbox.ts';
import { publisherRequiresMfa } from '../account/account.queries.ts';
import { verifySecondFactor } from '../account/account.service.ts';

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
  | {
      ok: true;
      user: SignedInUser;
      session: NewSession;
      device: string | undefined;
      /** The person has no second factor yet must have one: only enrolment is open to them. */
      mfaEnrolmentRequired: boolean;
    }
  /** The password was right; the second factor is owed with this challenge before `expiresAt`. */
  | { ok: 'mfa'; challenge: string; expiresAt: Date }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'backoff'; retryAfterSeconds: number };

/** How long the second step of a sign-in may take. */
export const CHALLENGE_MINUTES = 5;

/** What a sign-in needs besides the person: the session policy, the TOTP key, whether to mail new browsers. */
export interface SignInSettings extends SessionPolicy {
  mfaKey: Buffer | null;
  requireStaffMfa: boolean;
  signInNotices: boolean;
  publicUrl: string;
}

type Meta = { ip: string; userAgent: string | undefined; device: string | undefined };

export async function signInWithPassword(
  tx: Tx,
  email: string,
  password: string,
  settings: SignInSettings,
  now: Date,
  meta: Meta,
): Promise<SignInOutcome> {
  const key = email.trim().toLowerCase();
  const device = meta.device ? await trustedDevice(tx, key, meta.device, now) : undefined;
  const counters = device ? [`device ${device}`] : [`account ${key}`, `client ${key} ${meta.ip}`];
  const wait = await lockCounters(tx, counters, now);
  if (wait > 0) return { ok: false, reason: 'backoff', retryAfterSeconds: wait };

  const { rows } = await tx.query<SignedInUser & { passwordHash: Row<'users'>['password_hash'] }>(
    `SELECT ${SIGNED_IN_COLUMNS}, u.password_hash AS "passwordHash"
     FROM users u WHERE lower(u.email) = $1 AND u.active
     -- The account that can sign in, not a pending invitation of another publisher to the same address.
     ORDER BY u.password_hash IS NULL LIMIT 1`,
    [key],
  );
  const user = rows[0];
  const matches = await verify(user?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
  if (!user?.passwordHash || !matches) {
    await countFailure(tx, counters, now);
    return { ok: false, reason: 'invalid' };
  }
  await change(tx, sql.deleteFrom('signin_failures').where('throttle_key', '=', counters.at(-1)!));
  if (await mfaEnabled(tx, user.id)) {
    const challenge = newSecret('mfa');
    const expiresAt = new Date(now.getTime() + CHALLENGE_MINUTES * 60_000);
    await change(
      tx,
      sql.insertInto('mfa_challenges').values({
        token_hash: hashSecret(challenge),
        user_id: user.id,
        created_at: now,
        expires_at: expiresAt,
      }),
    );
    return { ok: 'mfa', challenge, expiresAt };
  }
  const signed = toSignedInUser(user);
  const staff = signed.role === 'rewards-team' || signed.role === 'program-admin';
  const required =
    (staff && settings.requireStaffMfa) ||
    (signed.publisherId !== null && (await publisherRequiresMfa(tx, signed.publisherId)));
  return finishSignIn(tx, signed, device, settings, now, meta, required);
}

export type SecondStepOutcome =
  | Extract<SignInOutcome, { ok: true }>
  | { ok: false; reason: 'invalid' | 'expired' }
  | { ok: false; reason: 'backoff'; retryAfterSeconds: number };

/**
 * The second step: the challenge a right password gave, and a code from the person's app or a recovery code.
 * Failures are counted per account (only someone with the password gets here) with the password's waits.
 */
export async function signInWithCode(
  tx: Tx,
  challenge: string,
  code: string,
  settings: SignInSettings,
  now: Date,
  meta: Meta,
): Promise<SecondStepOutcome> {
  const hash = hashSecret(challenge);
  const found = await first(
    tx,
    sql
      .selectFrom('mfa_challenges')
      .select(['user_id', 'expires_at', 'used_at'])
      .where('token_hash', '=', hash)
      .forUpdate(),
  );
  if (!found || found.used_at || found.expires_at <= now) return { ok: false, reason: 'expired' };
  const counters = [`mfa ${found.user_id}`];
  const wait = await lockCounters(tx, counters, now);
  if (wait > 0) return { ok: false, reason: 'backoff', retryAfterSeconds: wait };
  if (!(await verifySecondFactor(tx, found.user_id, code, settings.mfaKey, now))) {
    await countFailure(tx, counters, now);
    return { ok: false, reason: 'invalid' };
  }
  await change(tx, sql.deleteFrom('signin_failures').where('throttle_key', '=', counters[0]!));
  await change(tx, sql.updateTable('mfa_challenges').set({ used_at: now }).where('token_hash', '=', hash));
  const { rows } = await tx.query<SignedInUser & { email: string }>(
    `SELECT ${SIGNED_IN_COLUMNS} FROM users u WHERE u.id = $1 AND u.active`,
    [found.user_id],
  );
  if (!rows[0]) return { ok: false, reason: 'expired' };
  const user = toSignedInUser(rows[0]);
  const device = meta.device
    ? await trustedDevice(tx, user.email.toLowerCase(), meta.device, now)
    : undefined;
  return finishSignIn(tx, user, device, settings, now, meta, false);
}

async function mfaEnabled(tx: Tx, userId: string): Promise<boolean> {
  const row = await first(tx, sql.selectFrom('user_mfa').select('enabled_at').where('user_id', '=', userId));
  return Boolean(row?.enabled_at);
}

/**
 * The session, and this browser trusted: a known device is touched; a new one gets a cookie's token, and the
 * person (when they signed in before) a notice mail, so a sign-in they did not make does not go unseen.
 */
async function finishSignIn(
  tx: Tx,
  user: SignedInUser,
  device: string | undefined,
  settings: SignInSettings,
  now: Date,
  meta: Meta,
  mfaEnrolmentRequired: boolean,
): Promise<Extract<SignInOutcome, { ok: true }>> {
  let token: string | undefined;
  if (device) {
    await change(
      tx,
      sql.updateTable('trusted_devices').set({ last_used_at: now }).where('token_hash', '=', device),
    );
  } else {
    token = newSecret('dev');
    const tokenHash = hashSecret(token);
    if (settings.signInNotices) await noticeNewDevice(tx, user, tokenHash, settings.publicUrl, now, meta);
    await change(
      tx,
      sql
        .insertInto('trusted_devices')
        .values({ token_hash: tokenHash, user_id: user.id, created_at: now, last_used_at: now }),
    );
  }
  const session = await startSession(tx, user.id, settings, now, meta);
  return { ok: true, user, session, device: token, mfaEnrolmentRequired };
}

/** Mails the person about a sign-in from a browser they had not used, unless this is their first sign-in. */
async function noticeNewDevice(
  tx: Tx,
  user: SignedInUser,
  deviceHash: string,
  publicUrl: string,
  now: Date,
  meta: Meta,
): Promise<void> {
  const before = await first(tx, sql.selectFrom('sessions').select('id').where('user_id', '=', user.id));
  if (!before) return;
  const row = await first(tx, sql.selectFrom('users').select('language').where('id', '=', user.id));
  await enqueueNotification(tx, {
    // The person's own mail: not for the publisher's outbox, which all its users read.
    publisherId: null,
    about: user.publisherId,
    eventKey: `new-sign-in:${deviceHash.slice(0, 32)}`,
    kind: 'new-sign-in',
    recipientEmail: user.email,
    language: messageLanguage(row?.language ?? 'en'),
    payload: {
      at: now.toISOString(),
      ip: meta.ip,
      browser: meta.userAgent?.slice(0, 200) ?? '',
      url: `${publicUrl}/account`,
    },
    now,
  });
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
