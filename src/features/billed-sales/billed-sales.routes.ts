import Type from 'typebox';
import type { App } from '../../platform/http/app.ts';
import { auditedChange } from '../../platform/http/audit.ts';
import { idempotencyKey, idempotentChange } from '../../platform/http/idempotency.ts';
import { problems, PublisherParams } from '../../platform/http/schemas.ts';
import {
  BatchBody,
  BatchOutcomeView,
  LedgerLinesView,
  LedgerSummary,
  LinesQuery,
  RecordSaleBody,
  SaleView,
} from './billed-sales.schema.ts';
import { ingestBatch, ledgerSummary, listLedgerLines, recordSale } from './billed-sales.service.ts';

const IdempotencyHeader = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      description: 'A unique key per batch (IETF httpapi Idempotency-Key draft); a retry reuses it.',
    }),
  ),
});

export async function billedSalesRoutes(app: App): Promise<void> {
  const { pool } = app.deps;

  app.post(
    '/billed-sales/batches',
    {
      config: { permission: 'billed-sales:write' },
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        summary: 'Send a batch of billed-sales lines (JSON or NDJSON) with an Idempotency-Key',
        description:
          'Each line is checked on its own: valid lines are written once by (source, lineId), a line sent before ' +
          'with the same content is a duplicate, and every rejected line comes back with its number and reason. ' +
          'The same Idempotency-Key with the same body answers the first answer again; with another body 422; ' +
          'while the first request runs 409.',
        tags: ['billed-sales'],
        headers: IdempotencyHeader,
        body: BatchBody,
        response: { 200: BatchOutcomeView, ...problems(400, 401, 403, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const { now } = request;
      const principal = request.principal!;
      const answer = await idempotentChange(pool, request, 200, (tx) =>
        ingestBatch(
          tx,
          request.program,
          request.body.lines,
          {
            userId: principal.userId,
            tokenId: principal.tokenId,
            idempotencyKey: idempotencyKey(request),
          },
          now,
        ),
      );
      if (answer.replayed) void reply.header('idempotent-replayed', 'true');
      return answer.body;
    },
  );

  app.get(
    '/publishers/:publisherId/billed-sales',
    {
      config: { permission: 'read' },
      schema: {
        summary: "The company's billed sales explained: by month, tier, forecast and tier history (L2)",
        tags: ['billed-sales'],
        params: PublisherParams,
        response: { 200: LedgerSummary, ...problems(401, 404) },
      },
    },
    async (request) => {
      const { now } = request;
      return ledgerSummary(pool, request.program, request.params.publisherId, now);
    },
  );

  app.get(
    '/publishers/:publisherId/billed-sales/lines',
    {
      config: { permission: 'read' },
      schema: {
        summary: 'The lines of the trailing window: those that count and those excluded, with why (L6)',
        tags: ['billed-sales'],
        params: PublisherParams,
        querystring: LinesQuery,
        response: { 200: LedgerLinesView, ...problems(401, 404, 422) },
      },
    },
    async (request) => {
      const { now } = request;
      return listLedgerLines(pool, request.program, request.params.publisherId, request.query, now);
    },
  );

  app.post(
    '/publishers/:publisherId/billed-sales',
    {
      config: { permission: 'billed-sales:write' },
      schema: {
        summary: 'Record one manual line in USD (a correction); negative for a refund',
        description:
          'With an Idempotency-Key, a retry answers the first answer again instead of adding a line.',
        tags: ['billed-sales'],
        params: PublisherParams,
        headers: IdempotencyHeader,
        body: RecordSaleBody,
        response: { 201: SaleView, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { now } = request;
      const record = async (tx: Parameters<typeof recordSale>[0]) => {
        const sale = await recordSale(tx, request.program, request.params.publisherId, request.body, now);
        request.audit.objectType = 'billed-sales-line';
        request.audit.objectId = sale.lineId;
        return sale;
      };
      if (request.headers['idempotency-key'] === undefined) {
        return reply.code(201).send(await auditedChange(pool, request, record));
      }
      const answer = await idempotentChange(pool, request, 201, record);
      if (answer.replayed) void reply.header('idempotent-replayed', 'true');
      return reply.code(201).send(answer.body);
    },
  );
}
