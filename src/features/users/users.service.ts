// Account settings (S7.1): the publisher's users, from whom marketing contacts and offer owners are chosen.
import { rerouteFromUser } from '../../usecases/reroute.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { AppError, notFound } from '../../platform/problems.ts';
import { endSessionsOf } from '../../platform/auth/sessions.ts';
import { revokeTokensOf } from '../../platform/auth/tokens.ts';
import { assertMayManageRole, type Principal } from '../../platform/auth/access.ts';
import { createInvitation, type Invitation } from '../invitations/invitations.service.ts';
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

/** Adds a user and makes the one-time link with which they set their password (returned once). */
export async function addUser(
  tx: Db,
  publisherId: string,
  body: AddUserBody,
  invite: { by: string | null; publicUrl: string },
  now: Date,
): Promise<UserView & { invitation: Invitation }> {
  await assertPublisherExists(tx, publisherId);
  const user = await insertUser(tx, { publisherId, ...body, now });
  return {
    ...toUserView(user),
    invitation: await createInvitation(tx, user.id, invite.by, invite.publicUrl, now),
  };
}

export async function listUsers(db: Db, publisherId: string): Promise<UserView[]> {
  return (await listUserRows(db, publisherId)).map(toUserView);
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
