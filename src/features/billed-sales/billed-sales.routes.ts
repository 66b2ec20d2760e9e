import { auditedChange } from '../../platform/http/audit.ts';
import type { App } from '../../platform/http/app.ts';
import { problems, PublisherParams } from '../../platform/http/schemas.ts';
import { RecordSaleBody, SaleView, SalesView } from './billed-sales.schema.ts';
import { recordSale, trailingSales } from './billed-sales.service.ts';

export async function billedSalesRoutes(app: App): Promise<void> {
  const { pool, clock, programs } = app.deps;

  app.get(
    '/publishers/:publisherId/billed-sales',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'Billed sales over the trailing twelve months (L2)',
        tags: ['billed-sales'],
        params: PublisherParams,
        response: { 200: SalesView, ...problems(401, 404) },
      },
    },
    async (request) => {
      const now = clock.now();
      return trailingSales(pool, programs.at(now), request.params.publisherId, now);
    },
  );

  app.post(
    '/publishers/:publisherId/billed-sales',
    {
      config: { permission: 'billed-sales:write' },
      schema: {
        summary: 'Record billed sales in USD (the marketplace feed)',
        tags: ['billed-sales'],
        params: PublisherParams,
        body: RecordSaleBody,
        response: { 201: SaleView, ...problems(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const now = clock.now();
      const sale = await auditedChange(pool, request, clock.now(), (tx) =>
        recordSale(tx, programs.at(now), request.params.publisherId, request.body, now),
      );
      return reply.code(201).send(sale);
    },
  );
}
