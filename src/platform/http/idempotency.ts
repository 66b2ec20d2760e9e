// Idempotency-Key (IETF httpapi draft "The Idempotency-Key HTTP Header Field"): a client retrying a POST with the
// same key and body gets the first answer again; the same key with another body is 422; a retry while the first
// request is still running is 409. Keys are scoped to the caller (the API token, or the signed-in user).
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Pool, Tx } from '../db/pool.ts';
import { change, sql, type Row } from '../db/tables.ts';
import { auditedChange } from './audit.ts';
import { AppError } from '../problems.ts';

export interface IdempotentAnswer<T> {
  body: T;
  /** True when this is the stored answer of an earlier request with the same key. */
  replayed: boolean;
}

/** Reads the header: a Structured Field string (`"..."`) as the draft specifies, or the bare key. */
export function idempotencyKey(request: FastifyRequest): string {
  const header = request.headers['idempotency-key'];
  if (header === undefined) {
    throw new AppError(
      'idempotency-key-missing',
      'Send an Idempotency-Key header (a unique string per batch, such as a UUID) so that a retry is never counted twice.',
    );
  }
  const raw = Array.isArray(header) ? header.join(',') : header;
  const key = /^"(.*)"$/.exec(raw)?.[1] ?? raw;
  if (!/^[\x21-\x7e]{1,255}$/.test(key) || key.includes('"')) {
    throw new AppError('malformed-request', 'The Idempotency-Key must be 1 to 255 visible ASCII characters.');
  }
  return key;
}

/**
 * Runs `work` once per (caller, key): in one transaction with the stored answer and the audit entry, so that an
 * answer is stored exactly when the change committed. A transaction-scoped advisory lock marks the key as in
 * flight; a crash releases it and the retry runs the work afresh.
 */
export async function idempotentChange<T>(
  pool: Pool,
  request: FastifyRequest,
  status: number,
  work: (tx: Tx) => Promise<T>,
): Promise<IdempotentAnswer<T>> {
  const key = idempotencyKey(request);
  const principal = request.principal!;
  const caller = principal.tokenId ? `token:${principal.tokenId}` : `user:${principal.userId}`;
  const requestHash = createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
  return auditedChange(pool, request, async (tx) => {
    const { rows: lock } = await tx.query<{ taken: boolean }>(
      'SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS taken',
      [`${caller}\u0001${key}`],
    );
    if (!lock[0]!.taken) {
      throw new AppError(
        'idempotency-key-in-use',
        'A request with this Idempotency-Key is still running; retry later.',
      );
    }
    const { rows } = await tx.query<Pick<Row<'idempotency_keys'>, 'request_hash'> & { response: T }>(
      'SELECT request_hash, response FROM idempotency_keys WHERE caller = $1 AND key = $2',
      [caller, key],
    );
    const earlier = rows[0];
    if (earlier) {
      if (earlier.request_hash !== requestHash) {
        throw new AppError(
          'idempotency-key-reused',
          'This Idempotency-Key was used for another request; send a new key for a new batch.',
        );
      }
      request.audit.detail = 'replayed the stored answer (Idempotency-Key)';
      return { body: earlier.response, replayed: true };
    }
    const body = await work(tx);
    await change(
      tx,
      sql.insertInto('idempotency_keys').values({
        caller,
        key,
        request_hash: requestHash,
        status_code: status,
        response: JSON.stringify(body),
        created_at: request.now,
      }),
    );
    return { body, replayed: false };
  });
}
