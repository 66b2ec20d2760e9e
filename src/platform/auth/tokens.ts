// API tokens for machines (the marketplace feed): scoped, stored hashed, last use recorded.
import type { Db } from '../db/pool.ts';
import { hashSecret } from './secrets.ts';

export const TOKEN_PREFIX = 'mrt';

export interface ActiveToken {
  id: string;
  name: string;
  scopes: string[];
}

export async function resolveToken(db: Db, token: string, now: Date): Promise<ActiveToken | null> {
  const { rows } = await db.query<ActiveToken>(
    `UPDATE api_tokens SET last_used_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL
     RETURNING id, name, scopes`,
    [hashSecret(token), now],
  );
  return rows[0] ?? null;
}
