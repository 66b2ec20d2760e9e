import type { Db } from '../../platform/db/pool.ts';
import type { Row } from '../../platform/db/tables.ts';
import type { AuditEntry, AuditQuery } from './audit.schema.ts';

/** The entries that match `query`, newest first, at most `limit`. */
export async function findAuditEntries(db: Db, query: AuditQuery, limit: number): Promise<AuditEntry[]> {
  // The entry as the API shows it, but for `at`, read as the driver gives it.
  const { rows } = await db.query<Omit<AuditEntry, 'at'> & { at: Row<'audit_log'>['at'] }>(
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
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}
