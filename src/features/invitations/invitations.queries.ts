// The invitations table: a link's state, and what its page shows (who invited whom, to which publisher).
import type { Db } from '../../platform/db/pool.ts';
import type { Row } from '../../platform/db/tables.ts';

/** Where a link stands: open (it works), or why not; `unknown` for a token no invitation has. */
export type InvitationState = 'open' | 'accepted' | 'expired' | 'revoked' | 'replaced' | 'unknown';

type Stamps = Pick<Row<'invitations'>, 'used_at' | 'revoked_at' | 'replaced_at' | 'expires_at'>;

/** A link's state at `now`; a deactivated person's open link counts as revoked. */
export function invitationState(row: Stamps & { active?: boolean }, now: Date): InvitationState {
  if (row.used_at) return 'accepted';
  if (row.revoked_at || row.active === false) return 'revoked';
  if (row.replaced_at) return 'replaced';
  return row.expires_at <= now ? 'expired' : 'open';
}

export type FoundInvitation = Stamps &
  Pick<Row<'invitations'>, 'language'> & {
    userId: string;
    email: string;
    displayName: string;
    role: string;
    active: boolean;
    publisherId: string | null;
    publisherName: string | null;
    invitedByName: string | null;
  };

/** An invitation by its token's hash, with its person, publisher and inviter; `lock` holds it until commit. */
export async function findInvitation(
  db: Db,
  tokenHash: string,
  options: { lock?: boolean } = {},
): Promise<FoundInvitation | undefined> {
  const { rows } = await db.query<FoundInvitation>(
    `SELECT i.used_at, i.revoked_at, i.replaced_at, i.expires_at, i.language,
            u.id AS "userId", u.email, u.display_name AS "displayName", u.role, u.active,
            u.publisher_id AS "publisherId", p.company_name AS "publisherName", b.display_name AS "invitedByName"
     FROM invitations i
     JOIN users u ON u.id = i.user_id
     LEFT JOIN publishers p ON p.id = u.publisher_id
     LEFT JOIN users b ON b.id = i.invited_by
     WHERE i.token_hash = $1${options.lock ? ' FOR UPDATE OF i' : ''}`,
    [tokenHash],
  );
  return rows[0];
}

type CurrentInvitation = Stamps & Pick<Row<'invitations'>, 'user_id' | 'language'> & { active: boolean };

/**
 * The current invitation of each of these users who has not signed in yet (no password, no single sign-on): the
 * one no resend replaced (a resend and its request share one time), open before withdrawn, then the newest.
 */
export async function latestInvitations(db: Db, userIds: string[]): Promise<CurrentInvitation[]> {
  if (userIds.length === 0) return [];
  const { rows } = await db.query<CurrentInvitation>(
    `SELECT DISTINCT ON (i.user_id) i.user_id, i.used_at, i.revoked_at, i.replaced_at, i.expires_at, i.language,
            u.active
     FROM invitations i JOIN users u ON u.id = i.user_id
     WHERE i.user_id = ANY($1::uuid[]) AND u.password_hash IS NULL AND u.oidc_subject IS NULL
     ORDER BY i.user_id, i.replaced_at IS NOT NULL, i.revoked_at IS NOT NULL, i.created_at DESC`,
    [userIds],
  );
  return rows;
}
