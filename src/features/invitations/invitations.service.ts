// Invitations: an admin adds a person by email; the person sets a password through a one-time link.
import { hash } from '@node-rs/argon2';
import { passwordProblems } from '../../domain/passwords.ts';
import { addDays } from '../../domain/time.ts';
import { hashSecret, newSecret } from '../../platform/auth/secrets.ts';
import {
  endSessionsOf,
  startSession,
  type NewSession,
  type SessionPolicy,
} from '../../platform/auth/sessions.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { change, sql, type Row } from '../../platform/db/tables.ts';
import { AppError, invalid } from '../../platform/problems.ts';
import { SIGNED_IN_COLUMNS, toSignedInUser, type SignedInUser } from '../sessions/sessions.service.ts';

export const INVITATION_DAYS = 7;

export interface Invitation {
  token: string;
  url: string;
  expiresAt: string;
}

/** A new one-time link for the user; earlier unused links of the user stop working. */
export async function createInvitation(
  tx: Db,
  userId: string,
  invitedBy: string | null,
  publicUrl: string,
  now: Date,
): Promise<Invitation> {
  await change(
    tx,
    sql
      .updateTable('invitations')
      .set({ used_at: now })
      .where('user_id', '=', userId)
      .where('used_at', 'is', null),
  );
  const token = newSecret('inv');
  const expiresAt = addDays(now, INVITATION_DAYS);
  await change(
    tx,
    sql.insertInto('invitations').values({
      token_hash: hashSecret(token),
      user_id: userId,
      invited_by: invitedBy,
      created_at: now,
      expires_at: expiresAt,
    }),
  );
  // The token rides in the fragment: browsers send it neither to the server's logs nor in a Referer.
  return { token, url: `${publicUrl}/accept-invitation#token=${token}`, expiresAt: expiresAt.toISOString() };
}

/** Sets the password of an invited user and signs them in; the link is then spent. */
export async function acceptInvitation(
  tx: Tx,
  token: string,
  password: string,
  policy: SessionPolicy,
  now: Date,
  meta: { ip: string; userAgent: string | undefined },
): Promise<{ user: SignedInUser; session: NewSession }> {
  const { rows } = await tx.query<
    SignedInUser & Pick<Row<'users'>, 'active'> & Pick<Row<'invitations'>, 'expires_at' | 'used_at'>
  >(
    `SELECT ${SIGNED_IN_COLUMNS}, u.active, i.expires_at, i.used_at
     FROM invitations i JOIN users u ON u.id = i.user_id WHERE i.token_hash = $1 FOR UPDATE OF i`,
    [hashSecret(token)],
  );
  const found = rows[0];
  if (!found || found.used_at || found.expires_at <= now || !found.active) {
    throw new AppError(
      'invitation-invalid',
      'This invitation link was used already, has expired, or is unknown; ask an admin for a new one.',
    );
  }
  const problems = passwordProblems(password, { email: found.email, displayName: found.displayName });
  if (problems.length > 0) {
    throw invalid(problems.map((detail) => ({ pointer: '/body/password', code: 'weak-password', detail })));
  }
  const passwordHash = await hash(password);
  await change(tx, sql.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', found.id));
  await change(
    tx,
    sql.updateTable('invitations').set({ used_at: now }).where('token_hash', '=', hashSecret(token)),
  );
  await endSessionsOf(tx, found.id, now);
  return { user: toSignedInUser(found), session: await startSession(tx, found.id, policy, now, meta) };
}

/**
 * Invites a rewards team member or program admin (the first admin of a new installation comes this way, from
 * the command line). An existing staff user gets a fresh link instead.
 */
export async function inviteStaff(
  tx: Db,
  person: { email: string; displayName: string; role: 'rewards-team' | 'program-admin' },
  publicUrl: string,
  now: Date,
): Promise<Invitation> {
  const { rows } = await tx.query<Pick<Row<'users'>, 'id' | 'publisher_id'>>(
    `INSERT INTO users (publisher_id, email, display_name, role, created_at) VALUES (NULL, $1, $2, $3, $4)
     ON CONFLICT (lower(email)) DO UPDATE SET active = users.active RETURNING id, publisher_id`,
    [person.email.trim(), person.displayName, person.role, now],
  );
  const user = rows[0]!;
  if (user.publisher_id) throw new Error(`${person.email} is a publisher's user, not staff.`);
  return createInvitation(tx, user.id, null, publicUrl, now);
}
