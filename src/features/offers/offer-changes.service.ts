// A publisher's change to an offer's marketplace facts (listing option, co-sell readiness, markets) is a request:
// the offer keeps its confirmed facts, which eligibility reads, until the rewards team decides (a task in the queue)
// or the marketplace's feed reports the offer (the offers file), which confirms or declines it.
import { asksAnything, isSettled, mergeRequest, type FactChange } from '../../domain/offer-facts.ts';
import type { Program } from '../../domain/program.ts';
import { addDays } from '../../domain/time.ts';
import type { Tx } from '../../platform/db/pool.ts';
import { AppError, notFound } from '../../platform/problems.ts';
import { insertTask } from '../../usecases/tasks.ts';
import { refreshUnlocks } from '../../usecases/unlocks.ts';
import {
  findPendingRequest,
  findRequest,
  lockConfirmedFacts,
  requestedOf,
  saveRequest,
  settleRequest,
} from './offer-changes.queries.ts';
import { updateOfferRow } from './offers.queries.ts';
import type { DecisionBody } from './offers.schema.ts';

/**
 * Records what the publisher asks for in the offer's open request (a new one, with its task for the rewards team,
 * due within the contact promise): a fact asked again replaces what was asked before, and a fact asked to be what
 * is confirmed already is no longer asked; a request left asking nothing is withdrawn and its task leaves the queue.
 */
export async function requestOfferChange(
  tx: Tx,
  program: Program,
  publisherId: string,
  offerId: string,
  asked: FactChange,
  by: string,
  now: Date,
): Promise<void> {
  const confirmed = await lockConfirmedFacts(tx, publisherId, offerId);
  if (!confirmed) throw notFound('offer');
  const pending = await findPendingRequest(tx, offerId);
  const merged = mergeRequest(confirmed, pending ? requestedOf(pending) : {}, asked);
  if (!asksAnything(merged)) {
    if (pending)
      await settleRequest(tx, { id: pending.id, status: 'withdrawn', via: 'publisher', by, note: null, now });
    return;
  }
  const id = await saveRequest(tx, { id: pending?.id ?? null, publisherId, offerId, asked: merged, by, now });
  if (!pending)
    await insertTask(tx, {
      publisherId,
      kind: 'offer-change',
      offerId,
      offerChangeId: id,
      dueAt: addDays(now, program.windows.contactPromiseDays),
      now,
    });
}

/**
 * The rewards team confirms a request (the offer takes the facts asked for, and what they unlock is recorded) or
 * declines it (the offer keeps its facts); the publisher reads the outcome and the note on the offer. A request
 * decided already answers 409 `offer-change-decided`.
 */
export async function decideOfferChange(
  tx: Tx,
  program: Program,
  ids: { publisherId: string; offerId: string; requestId: string },
  body: DecisionBody,
  by: string,
  now: Date,
): Promise<void> {
  if (!(await lockConfirmedFacts(tx, ids.publisherId, ids.offerId))) throw notFound('offer');
  const request = await findRequest(tx, ids.publisherId, ids.offerId, ids.requestId);
  if (!request) throw notFound('change request');
  if (request.status !== 'pending')
    throw new AppError('offer-change-decided', `This change request was ${request.status} already.`);
  if (body.outcome === 'confirmed') {
    await updateOfferRow(tx, ids.publisherId, ids.offerId, requestedOf(request), now);
    await refreshUnlocks(tx, program, ids.publisherId, now);
  }
  await settleRequest(tx, {
    id: request.id,
    status: body.outcome,
    via: 'rewards-team',
    by,
    note: body.note?.trim() || null,
    now,
  });
}

/**
 * After the facts changed at their source (a program admin, or the feed reporting the offer): an open request they
 * now match is confirmed; one the feed contradicts is declined, since the marketplace says otherwise. A program
 * admin's change that leaves something asked for leaves the request to decide.
 */
export async function settleWithSource(
  tx: Tx,
  publisherId: string,
  offerId: string,
  source: { kind: 'program-admin'; userId: string } | { kind: 'feed' },
  now: Date,
): Promise<void> {
  const confirmed = await lockConfirmedFacts(tx, publisherId, offerId);
  const pending = await findPendingRequest(tx, offerId);
  if (!confirmed || !pending) return;
  const settled = isSettled(confirmed, requestedOf(pending));
  if (!settled && source.kind !== 'feed') return;
  await settleRequest(tx, {
    id: pending.id,
    status: settled ? 'confirmed' : 'declined',
    via: source.kind === 'feed' ? 'feed' : 'rewards-team',
    by: source.kind === 'feed' ? null : source.userId,
    note: settled ? null : "The marketplace's feed reports the offer otherwise.",
    now,
  });
}
