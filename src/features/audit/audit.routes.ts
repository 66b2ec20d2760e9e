// The audit trail for program admins: filter it, page it, export it as CSV (safe to open in a spreadsheet).
import type { App } from '../../platform/http/app.ts';
import { ItemsOf, problems } from '../../platform/http/schemas.ts';
import { AuditEntry, AuditQuery } from './audit.schema.ts';
import { exportAuditCsv, listAudit } from './audit.service.ts';

export async function auditRoutes(app: App): Promise<void> {
  const { pool } = app.deps;

  app.get(
    '/audit',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary: 'The audit trail, newest first',
        tags: ['audit'],
        querystring: AuditQuery,
        response: { 200: ItemsOf(AuditEntry), ...problems(401, 403, 422) },
      },
    },
    async (request) => ({ items: await listAudit(pool, request.query) }),
  );

  app.get(
    '/audit/export',
    {
      config: { permission: 'program:admin' },
      schema: {
        summary: 'The audit trail as CSV (same filters; at most 100,000 rows)',
        tags: ['audit'],
        querystring: AuditQuery,
        response: { 200: { type: 'string', description: 'text/csv' }, ...problems(401, 403, 422) },
      },
    },
    async (request, reply) => {
      const csv = await exportAuditCsv(pool, request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="audit.csv"')
        .send(csv);
    },
  );
}
