// The rewards team and program admins: whom work can be assigned to, their invitations and their deactivation.
import type { Principal } from '../../platform/auth/access.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { createInvitation, type Invitation, type InviteOptions } from '../invitations/invitations.service.ts';
import { insertUser, listStaffRows } from '../users/users.queries.ts';
import type { UserView } from '../users/users.schema.ts';
import { deactivateUser, withInvitations } from '../users/users.service.ts';
import type { InviteStaffBody } from './staff.schema.ts';

export async function listStaff(db: Db, now: Date): Promise<UserView[]> {
  return withInvitations(db, await listStaffRows(db), now);
}

/**
 * Invites a rewards team member or program admin: pending until they accept the invitation mailed to them (in
 * `body.language`, default the inviter's). An email in use by anyone is `email-taken`.
 */
export async function inviteStaffMember(
  tx: Db,
  body: InviteStaffBody,
  invite: InviteOptions,
  now: Date,
): Promise<UserView & { invitation: Invitation }> {
  const { language, ...person } = body;
  const user = await insertUser(tx, { publisherId: null, ...person, now });
  const invitation = await createInvitation(tx, user.id, language ? { ...invite, language } : invite, now);
  return { ...(await withInvitations(tx, [user], now))[0]!, invitation };
}

/** Deactivates a staff member as every user is deactivated (`deactivateUser`); the last program admin stays. */
export async function deactivateStaff(
  tx: Tx,
  userId: string,
  actor: Principal,
  now: Date,
): Promise<UserView> {
  return deactivateUser(tx, null, userId, actor, now);
}
