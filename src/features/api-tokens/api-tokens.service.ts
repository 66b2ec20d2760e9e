// API tokens for the marketplace feed: created by program admins with scopes, shown once (only the hash is kept),
// listed with their last use, revoked at once.
import { hashSecret, newSecret } from '../../platform/auth/secrets.ts';
import { TOKEN_PREFIX } from '../../platform/auth/tokens.ts';
import type { Db } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/problems.ts';
import { insertToken, listTokenRows, revokeTokenRow, type TokenRow } from './api-tokens.queries.ts';
import type { CreatedToken, CreateTokenBody, TokenView } from './api-tokens.schema.ts';

function toTokenView(r: TokenRow): TokenView {
  return {
    id: r.id,
    name: r.name,
    scopes: r.scopes,
    createdAt: r.created_at.toISOString(),
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
    revokedAt: r.revoked_at?.toISOString() ?? null,
    expiresAt: r.expires_at.toISOString(),
  };
}

/** A new token acting for `createdBy`; the answer is the one place the token itself appears. */
export async function createApiToken(
  tx: Db,
  body: CreateTokenBody,
  createdBy: string,
  now: Date,
): Promise<CreatedToken> {
  const token = newSecret(TOKEN_PREFIX);
  const { name, scopes, expiresInDays = 90 } = body;
  const expiresAt = new Date(now.getTime() + expiresInDays * 86_400_000);
  const row = await insertToken(tx, {
    tokenHash: hashSecret(token),
    name,
    scopes,
    createdBy,
    now,
    expiresAt,
  });
  return { ...toTokenView(row), token };
}

export async function listApiTokens(db: Db): Promise<TokenView[]> {
  return (await listTokenRows(db)).map(toTokenView);
}

/** Revokes a token at once; 404 for an unknown id (thrown inside the transaction, which then rolls back). */
export async function revokeApiToken(tx: Db, tokenId: string, now: Date): Promise<TokenView> {
  const row = await revokeTokenRow(tx, tokenId, now);
  if (!row) throw notFound('API token');
  return toTokenView(row);
}
