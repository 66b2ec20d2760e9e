// The audit trail for program admins: filter it, page it, export it as CSV (safe to open in a spreadsheet).
import Type, { type Static } from 'typebox';
import type { App } from '../../platform/http/app.ts';
import { ItemsOf, Nullable, problems, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import { csvCell } from '../../platform/csv.ts';

const AuditQuery = Type.Object(
  {
    actor: Type.Optional(
      Type.String({ maxLength: 254, description: 'Email, token name or id of who acted.' }),
    ),
    publisherId: Type.Optional(Uuid),
    outcome: Type.Optional(Type.Enum(['success', 'denied', 'failure'])),
    action: Type.Optional(
      Type.String({ maxLength: 200, description: 'Substring of the action, such as sign-in.' }),
    ),
    from: Type.Optional(Timestamp),
    to: Type.Optional(Timestamp),
    before: Type.Optional(Type.Integer({ minimum: 1, description: 'Page: entries older than this id.' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
  },
  { additionalProperties: false },
);
type AuditQuery = Static<typeof AuditQuery>;

const AuditEntry = Type.Object(
  {
    id: Type.Integer(),
    at: Timestamp,
    actorType: Type.String(),
    actorId: Nullable(Uuid),
    actorLabel: Nullable(Type.String()),
    actorRole: Nullable(Type.String()),
    action: Type.String(),
    outcome: Type.String(),
    status: Nullable(Type.Integer()),
    objectType: Nullable(Type.String()),
    objectId: Nullable(Type.String()),
    publisherId: Nullable(Uuid),
    ip: Nullable(Type.String()),
    userAgent: Nullable(Type.String()),
    requestId: Nullable(Type.String()),
    detail: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
type AuditEntry = Static<typeof AuditEntry>;

const COLUMNS = Object.keys(AuditEntry.properties) as (keyof AuditEntry)[];

export async function auditRoutes(app: App): Promise<void> {
  const { pool } = app.deps;

  async function find(query: AuditQuery, limit: number): Promise<AuditEntry[]> {
    const { rows } = await pool.query<AuditEntry & { at: Date }>(
      `SELECT id::int, at, actor_type AS "actorType", actor_id AS "actorId", actor_label AS "actorLabel",
              actor_role AS "actorRole", action, outcome, status, object_type AS "objectType", object_id AS "objectId",
              publisher_id AS "publisherId", ip, user_agent AS "userAgent", request_id AS "requestId", detail
       FROM audit_log
       WHERE ($1::text IS NULL OR lower(actor_label) = lower($1) OR actor_id::text = $1)
         AND ($2::uuid IS NULL OR publisher_id = $2) AND ($3::text IS NULL OR outcome = $3)
         AND ($4::text IS NULL OR action ILIKE '%' || $4 || '%')
         AND ($5::timestamptz IS NULL OR at >= $5) AND ($6::timestamptz IS NULL OR at < $6)
         AND ($7::bigint IS NULL OR id < $7)
       ORDER BY id DESC LIMIT $8`,
      [
        query.actor ?? null,
        query.publisherId ?? null,
        query.outcome ?? null,
        query.action ?? null,
        query.from ?? null,
        query.to ?? null,
        query.before ?? null,
        limit,
      ],
    );
    return rows.map((r) => ({ ...r, at: (r.at as unknown as Date).toISOString() }));
  }

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
    async (request) => ({ items: await find(request.query, request.query.limit ?? 100) }),
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
      const rows = await find(request.query, 100_000);
      const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvCell(r[c])).join(','))];
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="audit.csv"')
        .send(`${lines.join('\r\n')}\r\n`);
    },
  );
}
