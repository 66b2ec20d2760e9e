// Work for the rewards team, queued by activations, technical requests, support tickets, disputes, offers going
// live and publishers' requests to change an offer's marketplace facts.
import type { Db } from '../platform/db/pool.ts';
import { change, sql } from '../platform/db/tables.ts';
import { optedOut } from './outbox.ts';

export type TaskKind =
  'activation' | 'technical-request' | 'welcome' | 'support-ticket' | 'dispute' | 'offer-change';
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
  disputeId?: string;
  offerChangeId?: string;
}

/**
 * Queues work for the rewards team; a second task for the same activation or welcome is not created, nor a
 * welcome for a publisher that opted out of welcomes (L8).
 */
export async function insertTask(db: Db, t: NewTask): Promise<void> {
  if (t.kind === 'welcome' && (await optedOut(db, t.publisherId, ['all', 'welcome']))) return;
  await change(
    db,
    sql
      .insertInto('tasks')
      .values({
        publisher_id: t.publisherId,
        kind: t.kind,
        due_at: t.dueAt,
        created_at: t.now,
        activation_id: t.activationId ?? null,
        technical_request_id: t.technicalRequestId ?? null,
        offer_id: t.offerId ?? null,
        support_ticket_id: t.supportTicketId ?? null,
        dispute_id: t.disputeId ?? null,
        offer_change_id: t.offerChangeId ?? null,
      })
      .onConflict((oc) => oc.doNothing()),
  );
}
