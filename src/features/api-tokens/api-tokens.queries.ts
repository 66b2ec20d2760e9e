import type { Db } from '../../platform/db/pool.ts';

export interface TokenRow {
  id: string;
  name: string;
  scopes: string[];
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const COLUMNS = 'id, name, scopes, created_at, last_used_at, revoked_at';

export async function insertToken(
  db: Db,
  t: { tokenHash: string; name: string; scopes: string[]; createdBy: string; now: Date },
): Promise<TokenRow> {
  const { rows } = await db.query<TokenRow>(
    `INSERT INTO api_tokens (token_hash, name, scopes, created_by, created_at) VALUES ($1, $2, $3, $4, $5)
     RETURNING ${COLUMNS}`,
    [t.tokenHash, t.name, t.scopes, t.createdBy, t.now],
  );
  return rows[0]!;
}

export async function listTokenRows(db: Db): Promise<TokenRow[]> {
  const { rows } = await db.query<TokenRow>(`SELECT ${COLUMNS} FROM api_tokens ORDER BY created_at DESC, id`);
  return rows;
}

/** Revokes a token (once: a second revocation keeps the first time); undefined when there is no such token. */
export async function revokeTokenRow(db: Db, tokenId: string, now: Date): Promise<TokenRow | undefined> {
  const { rows } = await db.query<TokenRow>(
    `UPDATE api_tokens SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1 RETURNING ${COLUMNS}`,
    [tokenId, now],
  );
  return rows[0];
}
