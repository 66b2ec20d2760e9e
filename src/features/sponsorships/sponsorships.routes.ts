import { auditedChange } from '../../platform/http/audit.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { ItemsOf, problems, PublisherParams } from '../../platform/http/schemas.ts';
import { GrantParams, GrantView, MarkSpentBody, SpendBody } from './sponsorships.schema.ts';
import { listGrants, markSpent, recordSpend } from './sponsorships.service.ts';

export async function sponsorshipRoutes(app: App): Promise<void> {
  const { pool } = app.deps;

  app.get(
    '/publishers/:publisherId/sponsorships',
    {
      config: { permission: 'read' },
      schema: {
        summary:
          "The publisher's sponsorship grants (S10, L9): amount, state, what is left, the spend recorded",
        tags: ['sponsorships'],
        params: PublisherParams,
        response: { 200: ItemsOf(GrantView), ...problems(401, 404) },
      },
    },
    async (request) => ({
      items: await listGrants(pool, request.program, request.params.publisherId, request.now),
    }),
  );

  app.post(
    '/publishers/:publisherId/sponsorships/:grantId/spend',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary: 'Record spend against a grant; the grant is spent when the spend reaches its amount',
        tags: ['sponsorships'],
        params: GrantParams,
        body: SpendBody,
        response: { 201: GrantView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { now } = request;
      const by = principalOf(request).userId;
      const grant = await auditedChange(pool, request, (tx) =>
        recordSpend(
          tx,
          request.program,
          request.params.publisherId,
          request.params.grantId,
          request.body,
          by,
          now,
        ),
      );
      return reply.code(201).send(grant);
    },
  );

  app.post(
    '/publishers/:publisherId/sponsorships/:grantId/mark-spent',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary: 'Mark a grant spent: the rest will not be spent, and the next sponsorship may be issued',
        tags: ['sponsorships'],
        params: GrantParams,
        body: MarkSpentBody,
        response: { 200: GrantView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { now } = request;
      return auditedChange(pool, request, (tx) =>
        markSpent(tx, request.program, request.params.publisherId, request.params.grantId, request.body, now),
      );
    },
  );
}
