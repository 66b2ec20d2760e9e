import type { App } from '../../platform/http/app.ts';
import { auditedChange } from '../../platform/http/audit.ts';
import { ItemsOf, problems } from '../../platform/http/schemas.ts';
import { RateBody, RateParams, RateView } from './currency-rates.schema.ts';
import { listRates, putRate } from './currency-rates.service.ts';

export async function currencyRatesRoutes(app: App): Promise<void> {
  const { pool } = app.deps;

  app.get(
    '/currency-rates',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'Currency rates by billing month: lines in other currencies are converted to USD with them',
        tags: ['billed-sales'],
        response: { 200: ItemsOf(RateView), ...problems(401) },
      },
    },
    async () => ({ items: await listRates(pool) }),
  );

  app.put(
    '/currency-rates/:currency/:month',
    {
      config: { permission: 'billed-sales:write' },
      schema: {
        summary: "Set a currency's rate for a billing month (once: lines are converted with it)",
        tags: ['billed-sales'],
        params: RateParams,
        body: RateBody,
        response: { 200: RateView, 201: RateView, ...problems(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const { now } = request;
      const { rate, created } = await auditedChange(pool, request, (tx) =>
        putRate(tx, { ...request.params, usdPerUnit: request.body.usdPerUnit }, now),
      );
      return reply.code(created ? 201 : 200).send(rate);
    },
  );
}
