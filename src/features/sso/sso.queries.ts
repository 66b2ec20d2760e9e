// The round trips of single sign-on (state, nonce and PKCE verifier, keyed by the hash of the login cookie) and
// the links between a directory's identities and accounts.
import { hashSecret } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/pool.ts';
import { change, sql, type Row } from '../../platform/db/tables.ts';
import { SIGNED_IN_COLUMNS, type SignedInUser } from '../sessions/sessions.service.ts';

/** What a round trip keeps for the callback: the state, the nonce and the PKCE verifier. */
export type OidcLogin = Pick<Row<'oidc_logins'>, 'state' | 'nonce' | 'code_verifier'>;

export async function recordLogin(
  db: Db,
  login: { loginId: string; state: string; nonce: string; verifier: string },
  now: Date,
): Promise<void> {
  await change(
    db,
    sql.insertInto('oidc_logins').values({
      id_hash: hashSecret(login.loginId),
      state: login.state,
      nonce: login.nonce,
      code_verifier: login.verifier,
      created_at: now,
    }),
  );
}

/** Marks the round trip used and returns it; undefined when it is unknown, older than `minutes` or used already. */
export async function spendLogin(
  db: Db,
  loginId: string,
  now: Date,
  minutes: number,
): Promise<OidcLogin | undefined> {
  const { rows } = await db.query<OidcLogin>(
    `UPDATE oidc_logins SET used_at = $2 WHERE id_hash = $1 AND used_at IS NULL AND created_at > $2::timestamptz - make_interval(mins => $3)
     RETURNING state, nonce, code_verifier`,
    [hashSecret(loginId), now, minutes],
  );
  return rows[0];
}

/** The account linked to this identity, with whether it is active. */
export async function findLinkedUser(
  db: Db,
  issuer: string,
  subject: string,
): Promise<(SignedInUser & Pick<Row<'users'>, 'active'>) | undefined> {
  const { rows } = await db.query<SignedInUser & Pick<Row<'users'>, 'active'>>(
    `SELECT ${SIGNED_IN_COLUMNS}, u.active FROM users u WHERE u.oidc_issuer = $1 AND u.oidc_subject = $2`,
    [issuer, subject],
  );
  return rows[0];
}

/** Links the identity to the active publisher account with this email that has no identity yet, if there is one. */
export async function linkByEmail(
  db: Db,
  identity: { issuer: string; subject: string; email: string },
): Promise<SignedInUser | undefined> {
  const { rows } = await db.query<SignedInUser>(
    // One account: the one with a password if there is one; else the one pending invitation to the address, when
    // only one publisher invited it (two would make the choice the provider's, not the person's).
    `UPDATE users u SET oidc_issuer = $1, oidc_subject = $2
     WHERE u.id = (SELECT c.id FROM users c
                   WHERE lower(c.email) = lower($3) AND c.active AND c.oidc_subject IS NULL AND c.publisher_id IS NOT NULL
                     AND (c.password_hash IS NOT NULL OR (SELECT count(*) FROM users o
                                                          WHERE lower(o.email) = lower($3)) = 1)
                   ORDER BY c.password_hash IS NULL LIMIT 1)
     RETURNING ${SIGNED_IN_COLUMNS}`,
    [identity.issuer, identity.subject, identity.email],
  );
  return rows[0];
}
