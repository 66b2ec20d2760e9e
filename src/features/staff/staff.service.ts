// The rewards team and program admins: whom work can be assigned to, and their deactivation.
import type { Principal } from '../../platform/auth/access.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { listStaffRows, toUserView } from '../users/users.queries.ts';
import type { UserView } from '../users/users.schema.ts';
import { deactivateUser } from '../users/users.service.ts';

export async function listStaff(db: Db): Promise<UserView[]> {
  return (await listStaffRows(db)).map(toUserView);
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
