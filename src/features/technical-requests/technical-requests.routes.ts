import { auditedChange } from '../../platform/http/audit.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { ItemsOf, problems, PublisherParams } from '../../platform/http/schemas.ts';
import { CreateTechnicalRequestBody, TechnicalRequestView } from './technical-requests.schema.ts';
import { listTechnicalRequests, submitTechnicalRequest } from './technical-requests.service.ts';

export async function technicalRequestsRoutes(app: App): Promise<void> {
  const { pool } = app.deps;

  app.post(
    '/publishers/:publisherId/technical-requests',
    {
      config: { permission: 'publisher:request' },
      schema: {
        summary: 'Submit a technical assistance request (S9)',
        tags: ['technical-requests'],
        params: PublisherParams,
        body: CreateTechnicalRequestBody,
        response: { 201: TechnicalRequestView, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { publisherId } = request.params;
      const { now } = request;
      const created = await auditedChange(pool, request, async (tx) => {
        return submitTechnicalRequest(tx, request.program, publisherId, request.body, principal.userId, now);
      });
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/publishers/:publisherId/technical-requests',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'Technical assistance requests and their status',
        tags: ['technical-requests'],
        params: PublisherParams,
        response: { 200: ItemsOf(TechnicalRequestView), ...problems(401, 404) },
      },
    },
    async (request) => {
      const { now } = request;
      return { items: await listTechnicalRequests(pool, request.program, request.params.publisherId, now) };
    },
  );
}
