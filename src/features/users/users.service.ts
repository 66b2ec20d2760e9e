// Account settings (S7.1): the publisher's users, from whom marketing contacts and offer owners are chosen.
import { rerouteFromUser } from '../../usecases/reroute.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { AppError, notFound } from '../../platform/problems.ts';
import { endSessionsOf } from '../../platform/auth/sessions.ts';
import { revokeTokensOf } from '../../platform/auth/tokens.ts';
import { assertMayManageRole, type Principal } from '../../platform/auth/access.ts';
import {
  createInvitation,
  pendingInvitations,
  revokeInvitations,
  type Invitation,
  type InviteOptions,
} from '../invitations/invitations.service.ts';
import { assertPublisherExists } from '../../usecases/publishers.ts';
import {
  deactivateUserRow,
  findMember,
  findPublisherUser,
  lockActiveInCharge,
  insertUser,
  listUserRows,
  toUserView,
  type UserRow,
} from './users.queries.ts';
import type { AddUserBody, UserView } from './users.schema.ts';

/**
 * Adds a user, pending until they accept, and mails them the one-time link with which they set their password
 * (also returned, once), in `body.language` (default the inviter's).
 */
export async function addUser(
  tx: Db,
  publisherId: string,
  body: AddUserBody,
  invite: InviteOptions,
  now: Date,
): Promise<UserView & { invitation: Invitation }> {
  await assertPublisherExists(tx, publisherId);
  const { language, ...person } = body;
  const user = await insertUser(tx, { publisherId, ...person, now });
  const invitation = await createInvitation(tx, user.id, language ? { ...invite, language } : invite, now);
  return { ...(await withInvitations(tx, [user], now))[0]!, invitation };
}

export async function listUsers(db: Db, publisherId: string, now: Date): Promise<UserView[]> {
  return withInvitations(db, await listUserRows(db, publisherId), now);
}

/** The users as the API shows them, each pending one with the state of their latest invitation. */
export async function withInvitations(db: Db, rows: UserRow[], now: Date): Promise<UserView[]> {
  const pending = await pendingInvitations(
    db,
    rows.map((r) => r.id),
    now,
  );
  return rows.map((row) => {
    const invitation = pending.get(row.id);
    if (!invitation) return toUserView(row);
    const state =
      invitation.state === 'open' || invitation.state === 'expired' ? invitation.state : 'revoked';
    return toUserView(row, { ...invitation, state });
  });
}

/** A pending person of this publisher or, for `null`, a pending staff member, whom `actor` may manage. */
async function pendingMember(
  tx: Db,
  publisherId: string | null,
  userId: string,
  actor: Principal,
): Promise<UserRow> {
  const target = await findMember(tx, publisherId, userId);
  if (!target) throw notFound(publisherId === null ? 'staff member' : 'user');
  assertMayManageRole(actor, target.role);
  if (toUserView(target).status !== 'pending') {
    throw new AppError(
      'user-not-pending',
      target.active
        ? `${target.display_name} accepted their invitation already.`
        : `${target.display_name} is deactivated.`,
    );
  }
  return target;
}

/**
 * Sends a pending person a new invitation: a new link, mailed again (in `language`, default the last one's); the
 * earlier link stops working.
 */
export async function resendInvitation(
  tx: Db,
  publisherId: string | null,
  userId: string,
  actor: Principal,
  invite: InviteOptions,
  now: Date,
): Promise<UserView & { invitation: Invitation }> {
  const target = await pendingMember(tx, publisherId, userId, actor);
  const last = (await pendingInvitations(tx, [userId], now)).get(userId);
  const language = invite.language ?? last?.language;
  const invitation = await createInvitation(tx, userId, language ? { ...invite, language } : invite, now);
  return { ...(await withInvitations(tx, [target], now))[0]!, invitation };
}

/** Withdraws a pending person's invitation: its link stops working; they stay pending until sent a new one. */
export async function revokeInvitation(
  tx: Db,
  publisherId: string | null,
  userId: string,
  actor: Principal,
  now: Date,
): Promise<UserView> {
  const target = await pendingMember(tx, publisherId, userId, actor);
  await revokeInvitations(tx, userId, now);
  return (await withInvitations(tx, [target], now))[0]!;
}

/**
 * Deactivates a user of this publisher or, for `publisherId` null, a staff member (rewards team, program admin);
 * deactivating twice is harmless. Their sessions end and the API tokens they made are revoked at once; their
 * offers, tasks and waiting messages go to others (`rerouteFromUser`); their responsibilities stay recorded. The
 * last active owner of a publisher stays (`user-inactive`), and so does the last program admin
 * (`last-program-admin`).
 */
export async function deactivateUser(
  tx: Tx,
  publisherId: string | null,
  userId: string,
  actor: Principal,
  now: Date,
): Promise<UserView> {
  const what = publisherId === null ? 'staff member' : 'user';
  const target = await findMember(tx, publisherId, userId);
  if (!target) throw notFound(what);
  assertMayManageRole(actor, target.role);
  const inCharge = await lockActiveInCharge(tx, publisherId);
  if (inCharge.length === 1 && inCharge[0] === userId) {
    throw publisherId === null
      ? new AppError('last-program-admin', 'This is the last active program admin; invite another first.')
      : new AppError(
          'user-inactive',
          'This is the last active owner of the publisher; make someone else owner first.',
        );
  }
  const row = await deactivateUserRow(tx, publisherId, userId, now);
  if (!row) throw notFound(what);
  await endSessionsOf(tx, userId, now);
  await revokeTokensOf(tx, userId, now);
  // Their offers, tasks and the messages still waiting for them go to others (owners or admins, or the queue).
  await rerouteFromUser(tx, userId, now);
  await revokeInvitations(tx, userId, now);
  return toUserView(row);
}

/** An active user of this publisher, for a new responsibility (marketing contact, offer owner). */
export async function activeUser(
  db: Db,
  publisherId: string,
  userId: string,
  pointer: string,
): Promise<UserRow> {
  const user = await findPublisherUser(db, publisherId, userId);
  if (!user) {
    throw new AppError(
      'validation-failed',
      'Choose a user of this publisher; add new people in Account settings first (S7).',
      {
        errors: [{ pointer, code: 'unknown-user', detail: "is not one of this publisher's users" }],
      },
    );
  }
  if (!user.active) {
    throw new AppError('user-inactive', `${user.display_name} is deactivated.`, {
      errors: [{ pointer, code: 'user-inactive', detail: 'is deactivated' }],
    });
  }
  return user;
}
