// Work for the rewards team, queued by activations, technical requests, support tickets and offers going live.
import type { Db } from '../platform/db/pool.ts';
import { optedOut } from './outbox.ts';

export type TaskKind = 'activation' | 'technical-request' | 'welcome' | 'support-ticket';
export type TaskStatus = 'open' | 'contacted' | 'done' | 'cancelled';

export interface NewTask {
  publisherId: string;
  kind: TaskKind;
  dueAt: Date;
  now: Date;
  activationId?: string;
  technicalRequestId?: string;
  offerId?: string;
  supportTicketId?: string;
}

/**
 * Queues work for the rewards team; a second task for the same activation or welcome is not created, nor a
 * welcome for a publisher that opted out of welcomes (L8).
 */
export async function insertTask(db: Db, t: NewTask): Promise<void> {
  if (t.kind === 'welcome' && (await optedOut(db, t.publisherId, ['all', 'welcome']))) return;
  await db.query(
    `INSERT INTO tasks (publisher_id, kind, due_at, created_at, activation_id, technical_request_id, offer_id, support_ticket_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
    [
      t.publisherId,
      t.kind,
      t.dueAt,
      t.now,
      t.activationId ?? null,
      t.technicalRequestId ?? null,
      t.offerId ?? null,
      t.supportTicketId ?? null,
    ],
  );
}
