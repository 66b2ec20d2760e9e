import { auditedChange } from '../../platform/http/audit.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { ItemsOf, problems, PublisherParams } from '../../platform/http/schemas.ts';
import { EngagementView, OptOutBody, OptOutParams, OptOutView } from './engagement.schema.ts';
import { engagementOf, listOptOuts, recordOptOut, withdrawOptOut } from './engagement.service.ts';

export async function engagementRoutes(app: App): Promise<void> {
  const { pool } = app.deps;

  app.get(
    '/publishers/:publisherId/engagement',
    {
      config: { permission: 'tasks:work' },
      schema: {
        summary:
          "The rewards team's view of a publisher: every task, the contact history, opt-outs, the outbox",
        tags: ['engagement'],
        params: PublisherParams,
        response: { 200: EngagementView, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const { now } = request;
      return engagementOf(
        pool,
        request.program,
        request.params.publisherId,
        now,
        principalOf(request).userId,
      );
    },
  );

  app.get(
    '/publishers/:publisherId/opt-outs',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'The engagements the publisher opted out of (L8), current and withdrawn',
        tags: ['engagement'],
        params: PublisherParams,
        response: { 200: ItemsOf(OptOutView), ...problems(401, 404) },
      },
    },
    async (request) => ({ items: await listOptOuts(pool, request.params.publisherId) }),
  );

  app.post(
    '/publishers/:publisherId/opt-outs',
    {
      config: { permission: 'engagement:opt-out' },
      schema: {
        summary: 'Record that the publisher opts out of an engagement (L8): no more such messages or tasks',
        tags: ['engagement'],
        params: PublisherParams,
        body: OptOutBody,
        response: { 201: OptOutView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { now } = request;
      const by = principalOf(request).userId;
      const made = await auditedChange(pool, request, (tx) =>
        recordOptOut(tx, request.params.publisherId, request.body, by, now),
      );
      return reply.code(201).send(made);
    },
  );

  app.post(
    '/publishers/:publisherId/opt-outs/:optOutId/withdraw',
    {
      config: { permission: 'engagement:opt-out' },
      schema: {
        summary: 'Withdraw an opt-out: the engagement resumes for what happens from now on',
        tags: ['engagement'],
        params: OptOutParams,
        response: { 200: OptOutView, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const { now } = request;
      const by = principalOf(request).userId;
      return auditedChange(pool, request, (tx) =>
        withdrawOptOut(tx, request.params.publisherId, request.params.optOutId, by, now),
      );
    },
  );
}
