// API tokens for the marketplace feed: created by program admins with scopes, shown once, listed with their
// last use, revoked at once.
import { auditedChange } from '../../platform/http/audit.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { ItemsOf, problems } from '../../platform/http/schemas.ts';
import { CreatedToken, CreateTokenBody, TokenParams, TokenView } from './api-tokens.schema.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.service.ts';

export async function apiTokensRoutes(app: App): Promise<void> {
  const { pool } = app.deps;

  app.post(
    '/api-tokens',
    {
      config: { permission: 'program:admin', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        summary: 'Create an API token with scopes; the token is shown once',
        tags: ['api-tokens'],
        body: CreateTokenBody,
        response: { 201: CreatedToken, ...problems(401, 403, 422, 429) },
      },
    },
    async (request, reply) => {
      const { now } = request;
      const created = await auditedChange(pool, request, (tx) =>
        createApiToken(tx, request.body, principalOf(request).userId, now),
      );
      request.audit.objectId = created.id;
      request.audit.objectType = 'api-token';
      return reply.code(201).send(created);
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
    async () => ({ items: await listApiTokens(pool) }),
  );

  app.post(
    '/api-tokens/:tokenId/revoke',
    {
      config: { permission: 'program:admin', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        summary: 'Revoke an API token at once',
        tags: ['api-tokens'],
        params: TokenParams,
        response: { 200: TokenView, ...problems(401, 403, 404, 429) },
      },
    },
    async (request) => {
      const { now } = request;
      return auditedChange(pool, request, (tx) => revokeApiToken(tx, request.params.tokenId, now));
    },
  );
}
