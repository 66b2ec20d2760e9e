// Account settings (S7.1): the publisher's users, from whom marketing contacts and offer owners are chosen.
import { rerouteFromUser } from '../../usecases/reroute.ts';
import type { Db } from '../../platform/db/pool.ts';
import { AppError, notFound } from '../../platform/problems.ts';
import { endSessionsOf } from '../../platform/auth/sessions.ts';
import { assertMayManageRole, type Principal } from '../../platform/auth/access.ts';
import { createInvitation, type Invitation } from '../invitations/invitations.service.ts';
import { assertPublisherExists } from '../../usecases/publishers.ts';
import {
  deactivateUserRow,
  findPublisherUser,
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

/** Deactivates a user; deactivating twice is harmless. Their responsibilities stay recorded. */
export async function deactivateUser(
  tx: Db,
  publisherId: string,
  userId: string,
  actor: Principal,
  now: Date,
): Promise<UserView> {
  const target = await findPublisherUser(tx, publisherId, userId);
  if (!target) throw notFound('user');
  assertMayManageRole(actor, target.role);
  const { rows: owners } = await tx.query<{ id: string }>(
    `SELECT id FROM users WHERE publisher_id = $1 AND role = 'publisher-owner' AND active FOR NO KEY UPDATE`,
    [publisherId],
  );
  if (owners.length === 1 && owners[0]!.id === userId) {
    throw new AppError(
      'user-inactive',
      'This is the last active owner of the publisher; make someone else owner first.',
    );
  }
  const row = await deactivateUserRow(tx, publisherId, userId, now);
  if (!row) throw notFound('user');
  // Deactivation ends the user's sessions at once.
  await endSessionsOf(tx, userId, now);
  // Their offers and the messages still waiting for them go to the publisher's owners or admins.
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
