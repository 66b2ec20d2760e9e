// The audit trail: one append-only row for every change, every sign-in success and failure, and every denied
// request; who (user or token), what (method and route), which object, when (UTC) and from where.
// Never a password, a token or a session id: only route parameters and what a handler names explicitly.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { inRetriedTransaction, statement, type Db, type Pool, type Tx } from '../db/pool.ts';
import { isUuid } from './schemas.ts';

export interface AuditNote {
  /** A name for the action when the route alone does not say it (for example `sign-in`). */
  action?: string;
  /** Who, when no principal is known yet (the email a sign-in was attempted for). */
  actorLabel?: string;
  /** The object the action was about, when it is not in the path (a created row's id). */
  objectId?: string;
  objectType?: string;
  publisherId?: string;
  detail?: string;
  /** Marks a 404 that is a tenant denial, not a missing object. */
  denied?: boolean;
  /** Set once the entry is in the trail (written inside the change's transaction, which committed). */
  written?: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    audit: AuditNote;
  }
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True for the requests the trail keeps: changes and attempts at them, and every denial. */
export function isAudited(request: FastifyRequest, reply: FastifyReply): boolean {
  if (!request.url.startsWith('/api/')) return false;
  // A refusal of nobody in particular says nothing of anyone, and would let anyone grow the trail: the request
  // log has it. What the routes record themselves (a failed sign-in, an invitation) stays.
  if (reply.statusCode === 401 && !request.principal && !request.audit.action) return false;
  return (
    !READS.has(request.method) ||
    reply.statusCode === 401 ||
    reply.statusCode === 403 ||
    request.audit.denied === true
  );
}

/** Writes the entry of a request answered without one yet (denials, failures, sign-ins), from its answer. */
export async function writeAudit(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.audit.written) return;
  const status = reply.statusCode;
  const outcome =
    status < 400
      ? 'success'
      : status === 401 || status === 403 || request.audit.denied
        ? 'denied'
        : 'failure';
  await insertEntry(db, request, status, outcome);
}

/**
 * Runs a change in one transaction together with its audit entry, written just before COMMIT: a change never
 * stands without its entry, and an entry never records a change that rolled back. A transaction PostgreSQL ends as
 * a deadlock's victim (or for a serialization failure) is run again whole, logged (`inRetriedTransaction`): `work`
 * writes only in `tx`. The entry is dated `request.now`, the time `work` is given.
 */
export async function auditedChange<T>(
  pool: Pool,
  request: FastifyRequest,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const result = await inRetriedTransaction(
    pool,
    async (tx) => {
      const result = await work(tx);
      const made = result as { id?: unknown } | undefined;
      const createdId =
        typeof made?.id === 'string' || typeof made?.id === 'number' ? String(made.id) : undefined;
      if (!request.audit.objectId && request.method === 'POST' && createdId)
        request.audit.objectId = createdId;
      await insertEntry(tx, request, declaredSuccess(request), 'success');
      return result;
    },
    (retry) => request.log.warn(retry, `transaction ended by a ${retry.reason}: running it again`),
  );
  // Once committed: a transaction that failed, at its COMMIT too, leaves the entry to the onSend hook.
  request.audit.written = true;
  return result;
}

/** The success status a route declares, when it declares exactly one. */
function declaredSuccess(request: FastifyRequest): number | null {
  const response = (request.routeOptions.schema?.response ?? {}) as Record<string, unknown>;
  const codes = Object.keys(response)
    .map(Number)
    .filter((c) => c >= 200 && c < 300);
  return codes.length === 1 ? codes[0]! : null;
}

/** Every change and every refusal writes one: a named statement. */
const auditEntry = statement(
  'audit-entry',
  `INSERT INTO audit_log (at, actor_type, actor_id, actor_label, actor_role, action, outcome, status, object_type,
     object_id, publisher_id, ip, user_agent, request_id, detail)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
);

async function insertEntry(
  db: Db,
  request: FastifyRequest,
  status: number | null,
  outcome: string,
): Promise<void> {
  const params = (request.params ?? {}) as Record<string, string>;
  const pathIds = Object.entries(params).filter(([name]) => name !== 'publisherId');
  const lastId = pathIds.at(-1);
  const principal = request.principal;
  await db.query(
    auditEntry([
      request.now,
      principal ? principal.kind : 'anonymous',
      principal ? (principal.tokenId ?? principal.userId) : null,
      principal
        ? principal.kind === 'token'
          ? principal.displayName
          : principal.email
        : (request.audit.actorLabel ?? null),
      principal?.role ?? null,
      request.audit.action ?? `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
      outcome,
      status,
      request.audit.objectType ??
        (lastId ? lastId[0].replace(/Id$/, '') : params.publisherId ? 'publisher' : null),
      request.audit.objectId ?? lastId?.[1] ?? params.publisherId ?? null,
      isUuid(params.publisherId)
        ? params.publisherId
        : (request.audit.publisherId ?? principal?.publisherId ?? null),
      request.ip,
      request.headers['user-agent']?.slice(0, 300) ?? null,
      request.id,
      request.audit.detail ?? null,
    ]),
  );
}
