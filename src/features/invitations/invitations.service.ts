// Invitations: an admin adds a person by email; the invitation is mailed in the language the admin chose, and the
// person sets their password through its one-time link. A resend replaces the link; a revocation ends it.
import { hash } from '@node-rs/argon2';
import { passwordProblem } from '../../domain/passwords.ts';
import { addDays } from '../../domain/time.ts';
import { hashSecret, newSecret } from '../../platform/auth/secrets.ts';
import {
  endSessionsOf,
  startSession,
  type NewSession,
  type SessionPolicy,
} from '../../platform/auth/sessions.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { change, sql } from '../../platform/db/tables.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError, invalid } from '../../platform/problems.ts';
import { messageLanguage } from '../../usecases/messages.ts';
import { enqueueNotification, userLanguage } from '../../usecases/outbox.ts';
import { SIGNED_IN_COLUMNS, toSignedInUser, type SignedInUser } from '../sessions/sessions.service.ts';
import {
  findInvitation,
  invitationState,
  latestInvitations,
  type InvitationState,
} from './invitations.queries.ts';
import type { InvitationDetails, InvitationLookup } from './invitations.schema.ts';

export const INVITATION_DAYS = 7;

export interface Invitation {
  token: string;
  url: string;
  expiresAt: string;
}

/** Who invites, where the link points, and how the invitation is told. */
export interface InviteOptions {
  /** The inviting user; null from the command line. */
  by: string | null;
  publicUrl: string;
  /** The language of the mail and of the page the link opens; default the inviter's, else English. */
  language?: string;
  /** Whether the invitation is mailed; default true (the demo's seeded people are not). */
  mail?: boolean;
}

/** A new one-time link for the user, mailed to them; earlier unused links of the user stop working (replaced). */
export async function createInvitation(
  tx: Db,
  userId: string,
  invite: InviteOptions,
  now: Date,
): Promise<Invitation> {
  await change(
    tx,
    sql
      .updateTable('invitations')
      .set({ replaced_at: now })
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('replaced_at', 'is', null),
  );
  const language = messageLanguage(invite.language ?? (invite.by ? await userLanguage(tx, invite.by) : 'en'));
  const token = newSecret('inv');
  const tokenHash = hashSecret(token);
  const expiresAt = addDays(now, INVITATION_DAYS);
  await change(
    tx,
    sql.insertInto('invitations').values({
      token_hash: tokenHash,
      user_id: userId,
      invited_by: invite.by,
      created_at: now,
      expires_at: expiresAt,
      language,
    }),
  );
  // The token rides in the fragment: browsers send it neither to the server's logs nor in a Referer.
  const url = `${invite.publicUrl}/accept-invitation#token=${token}`;
  if (invite.mail !== false) {
    const details = await findInvitation(tx, tokenHash);
    // An address with an account elsewhere cannot take this one: its owner is told that someone tried to add it,
    // with no link (accepting would be refused), while the inviter is answered as for any address.
    const existing = await hasAccountElsewhere(tx, userId);
    await enqueueNotification(tx, {
      // Not the publisher's message: its outbox is read by all its users, and the link signs in as the invitee.
      publisherId: null,
      // Yet about the publisher, for the rewards team's outbox filter.
      about: details!.publisherId,
      // One message per link: a resend is a new link, so a new message.
      eventKey: `invitation:${tokenHash.slice(0, 32)}`,
      kind: existing ? 'invitation-existing-account' : 'invitation',
      recipientEmail: details!.email,
      language,
      payload: existing
        ? { inviterName: details!.invitedByName, publisherName: details!.publisherName, role: details!.role }
        : {
            inviterName: details!.invitedByName,
            publisherName: details!.publisherName,
            role: details!.role,
            url,
            expiresAt: expiresAt.toISOString(),
          },
      now,
    });
  }
  return { token, url, expiresAt: expiresAt.toISOString() };
}

/** Whether another account that can sign in (a password or single sign-on) has this user's address. */
async function hasAccountElsewhere(db: Db, userId: string): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM users u JOIN users o ON lower(o.email) = lower(u.email) AND o.id <> u.id
     WHERE u.id = $1 AND (o.password_hash IS NOT NULL OR o.oidc_subject IS NOT NULL)`,
    [userId],
  );
  return rows.length > 0;
}

/** Ends the user's open links (a revocation): opening one then says the invitation was withdrawn. */
export async function revokeInvitations(tx: Db, userId: string, now: Date): Promise<void> {
  await change(
    tx,
    sql
      .updateTable('invitations')
      .set({ revoked_at: now })
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('replaced_at', 'is', null),
  );
}

/** The latest invitation of each pending user, with its state at `now`. */
export async function pendingInvitations(
  db: Db,
  userIds: string[],
  now: Date,
): Promise<Map<string, { expiresAt: string; state: InvitationState; language: string }>> {
  const rows = await latestInvitations(db, userIds);
  return new Map(
    rows.map((r) => [
      r.user_id,
      { expiresAt: r.expires_at.toISOString(), state: invitationState(r, now), language: r.language },
    ]),
  );
}

/** What the page an invitation link opens shows: whose invitation, to what, and whether it still works. */
export async function lookupInvitation(db: Db, token: string, now: Date): Promise<InvitationLookup> {
  const found = await findInvitation(db, hashSecret(token));
  if (!found) return { state: 'unknown', invitation: null };
  return { state: invitationState(found, now), invitation: toDetails(found) };
}

function toDetails(found: NonNullable<Awaited<ReturnType<typeof findInvitation>>>): InvitationDetails {
  return {
    email: found.email,
    displayName: found.displayName,
    role: found.role as InvitationDetails['role'],
    publisherName: found.publisherName,
    invitedByName: found.invitedByName,
    language: found.language,
    expiresAt: found.expires_at.toISOString(),
  };
}

/** What a person holding a link that no longer works is told, and what to do. */
const NOT_OPEN: Record<Exclude<InvitationState, 'open'>, string> = {
  accepted: 'This invitation was accepted already: sign in with your email address and password.',
  expired: 'This invitation link has expired; ask the person who invited you to send it again.',
  revoked: 'This invitation was withdrawn; ask the person who invited you if you should still join.',
  replaced: 'A newer invitation was sent to you: use the link in the latest email.',
  unknown: 'This invitation link is not valid; check that you copied all of it, or ask for a new one.',
};

/** Sets the password (and, if given, the name) of an invited user and signs them in; the link is then spent. */
export async function acceptInvitation(
  tx: Tx,
  body: { token: string; password: string; displayName?: string | undefined },
  policy: SessionPolicy,
  now: Date,
  meta: { ip: string; userAgent: string | undefined },
): Promise<{ user: SignedInUser; session: NewSession }> {
  const tokenHash = hashSecret(body.token);
  const found = await findInvitation(tx, tokenHash, { lock: true });
  const state: InvitationState = found ? invitationState(found, now) : 'unknown';
  if (!found || state !== 'open') {
    throw new AppError('invitation-invalid', NOT_OPEN[state as Exclude<InvitationState, 'open'>], {
      extensions: { state },
    });
  }
  const displayName = body.displayName?.trim() || found.displayName;
  const weak = passwordProblem(body.password, { email: found.email, displayName });
  if (weak) throw invalid([{ pointer: '/body/password', ...weak }]);
  const passwordHash = await hash(body.password);
  await change(
    tx,
    sql
      .updateTable('users')
      .set({ password_hash: passwordHash, display_name: displayName })
      .where('id', '=', found.userId),
  ).catch((error: unknown) => {
    // The address has an account at another publisher (or the staff): told to whoever holds the link only.
    if (!isUniqueViolation(error, 'users_email_key')) throw error;
    throw new AppError(
      'email-taken',
      'This address has an account already: sign in with it. An address signs in to one account only; to join, ask for an invitation to another address.',
    );
  });
  await change(tx, sql.updateTable('invitations').set({ used_at: now }).where('token_hash', '=', tokenHash));
  await endSessionsOf(tx, found.userId, now);
  const { rows } = await tx.query<SignedInUser>(`SELECT ${SIGNED_IN_COLUMNS} FROM users u WHERE u.id = $1`, [
    found.userId,
  ]);
  return { user: toSignedInUser(rows[0]!), session: await startSession(tx, found.userId, policy, now, meta) };
}

/**
 * Invites a rewards team member or program admin from the command line (the first admin of a new installation
 * comes this way). An existing staff user gets a fresh link instead (a password reset).
 */
export async function inviteStaff(
  tx: Db,
  person: { email: string; displayName: string; role: 'rewards-team' | 'program-admin'; language?: string },
  publicUrl: string,
  now: Date,
): Promise<Invitation> {
  const { rows } = await tx.query<{ id: string; publisher_id: string | null }>(
    `WITH found AS (SELECT id, publisher_id FROM users WHERE lower(email) = lower($1)
                    ORDER BY publisher_id IS NOT NULL, password_hash IS NULL, created_at LIMIT 1),
          made AS (INSERT INTO users (publisher_id, email, display_name, role, created_at)
                   SELECT NULL, $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM found) RETURNING id, publisher_id)
     SELECT * FROM found UNION ALL SELECT * FROM made`,
    [person.email.trim(), person.displayName, person.role, now],
  );
  const user = rows[0]!;
  if (user.publisher_id) throw new Error(`${person.email} is a publisher's user, not staff.`);
  const options: InviteOptions = { by: null, publicUrl };
  if (person.language) options.language = person.language;
  return createInvitation(tx, user.id, options, now);
}
