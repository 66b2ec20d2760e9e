// Sessions kept in PostgreSQL: any process can resolve, end or time them out. The cookie carries the secret;
// the table holds its hash, the CSRF token, and the idle and absolute deadlines.
import { randomBytes } from 'node:crypto';
import { statement, type Db } from '../db/pool.ts';
import type { Role } from './access.ts';
import { hashSecret, newSecret } from './secrets.ts';

export const SESSION_COOKIE = '__Host-session';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Starts a session with a new id: a session is never reused across sign-ins (no fixation). */
export async function startSession(
  db: Db,
  userId: string,
  policy: SessionPolicy,
  now: Date,
  meta: { ip: string; userAgent: string | undefined },
): Promise<NewSession> {
  const token = newSecret('ses');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + policy.absoluteHours * 3_600_000);
  await db.query(
    `INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at, ip, user_agent)
     VALUES ($1, $2, $3, $4, $4, $5, $6, $7)`,
    [hashSecret(token), userId, csrfToken, now, expiresAt, meta.ip, meta.userAgent?.slice(0, 300) ?? null],
  );
  return { token, csrfToken, expiresAt };
}

export interface ActiveSession {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  publisherId: string | null;
  csrfToken: string;
  expiresAt: Date;
  /** The session's id (the account page names sessions by it; the cookie's hash is never shown). */
  sessionId: string;
  /** Whether the person has a second factor, and whether their publisher requires one of its users. */
  mfaEnabled: boolean;
  publisherRequiresMfa: boolean;
  /**
   * Whether the publisher the request's path names exists, read in the same round trip (null: none named, or the
   * user's own).
   */
  namedPublisherExists: boolean | null;
}

/** The idle clock is refreshed at most this often: a read then costs no write (the idle limit stays exact to a minute). */
const TOUCH_SECONDS = 60;

/** Every request signed in with a cookie sends it: a named statement. */
const liveSession = statement(
  'live-session',
  `SELECT u.id AS "userId", u.email, u.display_name AS "displayName", u.role, u.publisher_id AS "publisherId",
          s.csrf_token AS "csrfToken", s.expires_at AS "expiresAt", s.last_seen_at AS "lastSeenAt",
          s.id AS "sessionId",
          EXISTS (SELECT 1 FROM user_mfa m WHERE m.user_id = u.id AND m.enabled_at IS NOT NULL) AS "mfaEnabled",
          COALESCE((SELECT p.require_mfa FROM publishers p WHERE p.id = u.publisher_id), false)
            AS "publisherRequiresMfa",
          CASE WHEN $4::uuid IS NOT NULL AND $4::uuid IS DISTINCT FROM u.publisher_id THEN EXISTS (SELECT 1 FROM publishers p WHERE p.id = $4::uuid) END
            AS "namedPublisherExists"
   FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = $1 AND u.active AND s.ended_at IS NULL
     AND s.expires_at > $2 AND s.last_seen_at > $2::timestamptz - make_interval(mins => $3)`,
);

/**
 * The live session for a cookie value, refreshing its idle deadline; null when unknown, ended, idle too long,
 * past its absolute end, or its user is deactivated. `namedPublisher`: the publisher id the request's path names
 * (a UUID), looked up in the same statement (`namedPublisherExists`) unless it is the user's own publisher.
 */
export async function resolveSession(
  db: Db,
  token: string,
  policy: SessionPolicy,
  now: Date,
  namedPublisher: string | null = null,
): Promise<ActiveSession | null> {
  const { rows } = await db.query<ActiveSession & { lastSeenAt: Date }>(
    liveSession([hashSecret(token), now, policy.idleMinutes, namedPublisher]),
  );
  const found = rows[0];
  if (!found) return null;
  if (now.getTime() - found.lastSeenAt.getTime() > TOUCH_SECONDS * 1000) {
    await db.query('UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1 AND last_seen_at < $2', [
      hashSecret(token),
      now,
    ]);
  }
  const { lastSeenAt: _seen, ...session } = found;
  return session;
}

export async function endSession(db: Db, token: string, now: Date): Promise<void> {
  await db.query('UPDATE sessions SET ended_at = $2 WHERE token_hash = $1 AND ended_at IS NULL', [
    hashSecret(token),
    now,
  ]);
}

/**
 * Ends every session of a user at once (deactivation), or every one but `except` (a password change, "end all
 * others" on the account page); answers how many ended.
 */
export async function endSessionsOf(db: Db, userId: string, now: Date, except?: string): Promise<number> {
  const { rowCount } = await db.query(
    'UPDATE sessions SET ended_at = $2 WHERE user_id = $1 AND ended_at IS NULL AND id IS DISTINCT FROM $3',
    [userId, now, except ?? null],
  );
  return rowCount ?? 0;
}
