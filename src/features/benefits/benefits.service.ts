// A publisher's standing and benefits, computed by the domain from the stored facts.
import { evaluateEligibility, type Eligibility } from '../../domain/eligibility.ts';
import type { Program } from '../../domain/program.ts';
import { addMonths, isoDay } from '../../domain/time.ts';
import type { Db } from '../../platform/db/pool.ts';
import {
  activationFacts,
  billedSalesTotal,
  marketingContactCount,
  offerFacts,
  recordUnlocks,
  unlockFacts,
} from './benefits.queries.ts';

/** Billed sales over the program's trailing window ending on `now`'s day (L2). */
export async function trailingBilledSales(
  db: Db,
  program: Program,
  publisherId: string,
  now: Date,
): Promise<number> {
  const from = isoDay(addMonths(now, -program.windows.trailingMonths));
  return billedSalesTotal(db, publisherId, from, isoDay(now));
}

export async function evaluatePublisher(
  db: Db,
  program: Program,
  publisherId: string,
  now: Date,
): Promise<Eligibility> {
  // One after the other: `db` may be a single client inside a transaction.
  return evaluateEligibility({
    program,
    now,
    ttmUsdCents: await trailingBilledSales(db, program, publisherId, now),
    offers: await offerFacts(db, publisherId),
    unlocks: await unlockFacts(db, publisherId),
    activations: await activationFacts(db, publisherId),
    marketingContactCount: await marketingContactCount(db, publisherId),
  });
}

/**
 * Evaluates and records what is newly unlocked, so that it stays unlocked when sales drop later (L6).
 * Called inside the transaction of every change that can unlock something (sales, offers, fulfilments);
 * the publisher row is locked so that two changes for one publisher record unlocks one after the other.
 */
export async function refreshUnlocks(
  db: Db,
  program: Program,
  publisherId: string,
  now: Date,
): Promise<Eligibility> {
  await db.query('SELECT 1 FROM publishers WHERE id = $1 FOR UPDATE', [publisherId]);
  const eligibility = await evaluatePublisher(db, program, publisherId, now);
  await recordUnlocks(db, publisherId, eligibility.unlockChanges, program.version);
  return eligibility;
}
