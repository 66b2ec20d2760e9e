import { auditedChange } from '../../platform/http/audit.ts';
// API tokens for the marketplace feed: created by program admins with scopes, shown once, listed with their
// last use, revoked at once.
import Type from 'typebox';
import { hashSecret, newSecret } from '../../platform/auth/secrets.ts';
import { TOKEN_PREFIX } from '../../platform/auth/tokens.ts';
import { TOKEN_SCOPES } from '../../platform/auth/access.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { notFound } from '../../platform/problems.ts';
import { ItemsOf, Nullable, problems, Timestamp, Uuid } from '../../platform/http/schemas.ts';

const Scope = Type.Enum(Object.keys(TOKEN_SCOPES) as (keyof typeof TOKEN_SCOPES)[]);
const TokenView = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    scopes: Type.Array(Type.String()),
    createdAt: Timestamp,
    lastUsedAt: Nullable(Timestamp),
    revokedAt: Nullable(Timestamp),
  },
  { additionalProperties: false },
);
const CreatedToken = Type.Object(
  { ...TokenView.properties, token: Type.String({ description: 'Shown once; only its hash is kept.' }) },
  { additionalProperties: false },
);

interface TokenRow {
  id: string;
  name: string;
  scopes: string[];
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}
const view = (r: TokenRow) => ({
  id: r.id,
  name: r.name,
  scopes: r.scopes,
  createdAt: r.created_at.toISOString(),
  lastUsedAt: r.last_used_at?.toISOString() ?? null,
  revokedAt: r.revoked_at?.toISOString() ?? null,
});

export async function apiTokensRoutes(app: App): Promise<void> {
  const { pool, clock } = app.deps;

  app.post(
    '/api-tokens',
    {
      config: { permission: 'program:admin', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        summary: 'Create an API token with scopes; the token is shown once',
        tags: ['api-tokens'],
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 100 }),
            scopes: Type.Array(Scope, { minItems: 1, uniqueItems: true }),
          },
          { additionalProperties: false },
        ),
        response: { 201: CreatedToken, ...problems(401, 403, 422, 429) },
      },
    },
    async (request, reply) => {
      const token = newSecret(TOKEN_PREFIX);
      const { rows } = await auditedChange(pool, request, clock.now(), (tx) =>
        tx.query<TokenRow>(
          `INSERT INTO api_tokens (token_hash, name, scopes, created_by, created_at) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, name, scopes, created_at, last_used_at, revoked_at`,
          [
            hashSecret(token),
            request.body.name,
            request.body.scopes,
            principalOf(request).userId,
            clock.now(),
          ],
        ),
      );
      request.audit.objectId = rows[0]!.id;
      request.audit.objectType = 'api-token';
      return reply.code(201).send({ ...view(rows[0]!), token });
    },
  );

  app.get(
    '/api-tokens',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary: 'API tokens with their last use',
        tags: ['api-tokens'],
        response: { 200: ItemsOf(TokenView), ...problems(401, 403) },
      },
    },
    async () => {
      const { rows } = await pool.query<TokenRow>(
        'SELECT id, name, scopes, created_at, last_used_at, revoked_at FROM api_tokens ORDER BY created_at DESC, id',
      );
      return { items: rows.map(view) };
    },
  );

  app.post(
    '/api-tokens/:tokenId/revoke',
    {
      config: { permission: 'program:admin', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        summary: 'Revoke an API token at once',
        tags: ['api-tokens'],
        params: Type.Object({ tokenId: Uuid }, { additionalProperties: false }),
        response: { 200: TokenView, ...problems(401, 403, 404, 429) },
      },
    },
    async (request) => {
      const { rows } = await auditedChange(pool, request, clock.now(), (tx) =>
        tx
          .query<TokenRow>(
            `UPDATE api_tokens SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1
         RETURNING id, name, scopes, created_at, last_used_at, revoked_at`,
            [request.params.tokenId, clock.now()],
          )
          .then((answer) => {
            // Inside the transaction, so an unknown id rolls back and is recorded as a failure.
            if (!answer.rows[0]) throw notFound('API token');
            return answer;
          }),
      );
      return view(rows[0]!);
    },
  );
}
