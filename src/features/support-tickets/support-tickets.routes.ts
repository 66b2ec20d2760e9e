import { auditedChange } from '../../platform/http/audit.ts';
import { principalOf, type App } from '../../platform/http/app.ts';
import { ItemsOf, problems, PublisherParams } from '../../platform/http/schemas.ts';
import { CreateTicketBody, TicketView } from './support-tickets.schema.ts';
import { listTickets, openTicket } from './support-tickets.service.ts';

export async function supportTicketsRoutes(app: App): Promise<void> {
  const { pool } = app.deps;

  app.post(
    '/publishers/:publisherId/support-tickets',
    {
      config: { permission: 'publisher:request' },
      schema: {
        summary: 'Open a support ticket (S11)',
        tags: ['support-tickets'],
        params: PublisherParams,
        body: CreateTicketBody,
        response: { 201: TicketView, ...problems(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { publisherId } = request.params;
      const { now } = request;
      const ticket = await auditedChange(pool, request, async (tx) => {
        return openTicket(tx, request.program, publisherId, request.body, principal.userId, now);
      });
      return reply.code(201).send(ticket);
    },
  );

  app.get(
    '/publishers/:publisherId/support-tickets',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'Support tickets',
        tags: ['support-tickets'],
        params: PublisherParams,
        response: { 200: ItemsOf(TicketView), ...problems(401, 404) },
      },
    },
    async (request) => {
      const { now } = request;
      return { items: await listTickets(pool, request.program, request.params.publisherId, now) };
    },
  );
}
