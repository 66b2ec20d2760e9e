import type { Db } from '../../platform/db/pool.ts';
import { first, type Row, run, sql } from '../../platform/db/tables.ts';

/** What is shown of a token: never its hash, nor who created it. */
const COLUMNS = ['id', 'name', 'scopes', 'created_at', 'last_used_at', 'revoked_at', 'expires_at'] as const;

export type TokenRow = Pick<Row<'api_tokens'>, (typeof COLUMNS)[number]>;

export async function insertToken(
  db: Db,
  t: { tokenHash: string; name: string; scopes: string[]; createdBy: string; now: Date; expiresAt: Date },
): Promise<TokenRow> {
  const row = await first(
    db,
    sql
      .insertInto('api_tokens')
      .values({
        token_hash: t.tokenHash,
        name: t.name,
        scopes: t.scopes,
        created_by: t.createdBy,
        created_at: t.now,
        expires_at: t.expiresAt,
      })
      .returning(COLUMNS),
  );
  return row!;
}

export async function listTokenRows(db: Db): Promise<TokenRow[]> {
  return run(db, sql.selectFrom('api_tokens').select(COLUMNS).orderBy('created_at', 'desc').orderBy('id'));
}

/** Revokes a token (once: a second revocation keeps the first time); undefined when there is no such token. */
export async function revokeTokenRow(db: Db, tokenId: string, now: Date): Promise<TokenRow | undefined> {
  return first(
    db,
    sql
      .updateTable('api_tokens')
      .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(now)) }))
      .where('id', '=', tokenId)
      .returning(COLUMNS),
  );
}
