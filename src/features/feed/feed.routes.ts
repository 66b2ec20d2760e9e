// The feed's history (rewards team, program admins): API batches and file imports with their counts and rejected
// lines; never a publisher's.
import type { App } from '../../platform/http/app.ts';
import { problems } from '../../platform/http/schemas.ts';
import {
  DeliveriesPage,
  DeliveriesQuery,
  DeliveryDetail,
  DeliveryParams,
  RejectsQuery,
} from './feed.schema.ts';
import { CSV_REJECTS_MAX, deliveryDetail, listDeliveries, rejectsCsv } from './feed.service.ts';

export async function feedRoutes(app: App): Promise<void> {
  const { pool } = app.deps;

  app.get(
    '/feed/deliveries',
    {
      config: { permission: 'feed:read' },
      schema: {
        summary: "The feed's billed-sales batches and file imports, newest first, with their counts",
        description:
          'A batch is a POST /billed-sales/batches; a file is an import run with the CLI (billed sales, offers ' +
          'or currency rates). Filter by kind, status and time received; page with `cursor` (the `next` given).',
        tags: ['billed-sales'],
        querystring: DeliveriesQuery,
        response: { 200: DeliveriesPage, ...problems(401, 403, 422) },
      },
    },
    async (request) => listDeliveries(pool, request.query),
  );

  app.get(
    '/feed/deliveries/:deliveryId',
    {
      config: { permission: 'feed:read' },
      schema: {
        summary: 'One batch or file import with its rejected lines (line number, reason), paged',
        tags: ['billed-sales'],
        params: DeliveryParams,
        querystring: RejectsQuery,
        response: { 200: DeliveryDetail, ...problems(401, 403, 404, 422) },
      },
    },
    async (request) => deliveryDetail(pool, request.params.deliveryId, request.query),
  );

  app.get(
    '/feed/deliveries/:deliveryId/rejects.csv',
    {
      config: { permission: 'feed:read' },
      schema: {
        summary: `The rejected lines of a batch or file import as CSV (at most ${CSV_REJECTS_MAX.toLocaleString('en')})`,
        tags: ['billed-sales'],
        params: DeliveryParams,
        response: { 200: { type: 'string', description: 'text/csv' }, ...problems(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const csv = await rejectsCsv(pool, request.params.deliveryId);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${request.params.deliveryId}-rejects.csv"`)
        .send(csv);
    },
  );
}
