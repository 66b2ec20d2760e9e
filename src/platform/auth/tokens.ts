// API tokens for machines (the marketplace feed): scoped, stored hashed, last use recorded, expiring.
import type { Db } from '../db/pool.ts';
import { hashSecret } from './secrets.ts';

export const TOKEN_PREFIX = 'mrt';

export interface ActiveToken {
  id: string;
  name: string;
  scopes: string[];
  /** The program admin who made the token, on whose behalf it acts. */
  creatorId: string;
  creatorEmail: string;
}

export async function resolveToken(db: Db, token: string, now: Date): Promise<ActiveToken | null> {
  const { rows } = await db.query<ActiveToken>(
    // A token acts for the admin who made it: it stops when they are deactivated.
    `UPDATE api_tokens t SET last_used_at = $2 FROM users u
     WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2 AND u.id = t.created_by AND u.active
     RETURNING t.id, t.name, t.scopes, u.id AS "creatorId", u.email AS "creatorEmail"`,
    [hashSecret(token), now],
  );
  return rows[0] ?? null;
}

/** Revokes every token `userId` made (a deactivated person's tokens stop at once); revoked ones keep their time. */
export async function revokeTokensOf(db: Db, userId: string, now: Date): Promise<void> {
  await db.query('UPDATE api_tokens SET revoked_at = $2 WHERE created_by = $1 AND revoked_at IS NULL', [
    userId,
    now,
  ]);
}
