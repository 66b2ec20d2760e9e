// A publisher's standing and benefits, computed by the domain from the stored facts.
import { evaluateEligibility, type Eligibility } from '../domain/eligibility.ts';
import { type Program, benefitName } from '../domain/program.ts';
import { trailingWindow } from '../domain/tiers.ts';
import type { Db, Tx } from '../platform/db/pool.ts';
import { enqueueNotification, rewardRecipients } from './outbox.ts';
import { lockPublisher } from './publishers.ts';
import {
  activationFacts,
  companyBilledSales,
  grantFacts,
  marketingContactCount,
  offerFacts,
  recordUnlocks,
  unlockFacts,
} from './unlocks.queries.ts';

/** The company's billed sales over the program's trailing window ending on `now`'s day (L2). */
async function trailingBilledSales(
  db: Db,
  program: Program,
  publisherId: string,
  now: Date,
): Promise<number> {
  const { from, to } = trailingWindow(program, now);
  return companyBilledSales(db, publisherId, from, to);
}

export async function evaluatePublisher(
  db: Db,
  program: Program,
  publisherId: string,
  now: Date,
): Promise<Eligibility> {
  // One after the other: `db` may be a single client inside a transaction.
  const ttmUsdCents = await trailingBilledSales(db, program, publisherId, now);
  const offers = await offerFacts(db, publisherId);
  const unlocks = await unlockFacts(db, publisherId);
  const activations = await activationFacts(db, publisherId);
  const contactCount = await marketingContactCount(db, publisherId);
  // A grant is issued only with a sponsorship's activation, kept whatever becomes of it: when every activation is
  // of a benefit the program knows as something else, there is no grant to read. Saves a round trip on most
  // pages (measured: 6% of the benefits page's throughput).
  const others = new Set(program.benefits.filter((b) => b.kind !== 'sponsorship').map((b) => b.id));
  const grants = activations.every((a) => others.has(a.benefitId)) ? [] : await grantFacts(db, publisherId);
  return evaluateEligibility({
    program,
    now,
    ttmUsdCents,
    offers,
    unlocks,
    activations,
    marketingContactCount: contactCount,
    grants,
  });
}

/**
 * Evaluates and records what is newly unlocked, so that it stays unlocked when sales drop later (L6).
 * Called inside the transaction of every change that can unlock something (sales, offers, fulfilments);
 * the publisher row is locked so that two changes for one publisher record unlocks one after the other.
 */
export async function refreshUnlocks(
  db: Tx,
  program: Program,
  publisherId: string,
  now: Date,
): Promise<Eligibility> {
  await lockPublisher(db, publisherId);
  const eligibility = await evaluatePublisher(db, program, publisherId, now);
  await recordUnlocks(db, publisherId, eligibility.unlockChanges, program.version);
  await announceSponsorships(db, program, publisherId, eligibility);
  return eligibility;
}

/**
 * S10: when a sponsorship is unlocked, how to use it goes out by email; other benefits unlocked for the first time
 * are announced together in one message. Queued here, in the same transaction.
 */
async function announceSponsorships(
  db: Db,
  program: Program,
  publisherId: string,
  eligibility: Eligibility,
): Promise<void> {
  const first = eligibility.unlockChanges.filter((c) => c.first);
  if (first.length === 0) return;
  const isSponsorship = (id: string) => program.benefits.find((b) => b.id === id)?.kind === 'sponsorship';
  const unlocked = first.filter((c) => isSponsorship(c.benefitId));
  const others = first.filter((c) => !isSponsorship(c.benefitId));
  const recipients = await rewardRecipients(db, publisherId);
  if (others.length > 0) {
    const ids = others.map((c) => c.benefitId).sort();
    for (const recipient of recipients)
      await enqueueNotification(db, {
        publisherId,
        eventKey: `benefits-unlocked:${publisherId}:${ids.join(',')}`,
        kind: 'benefit-unlocked',
        recipientEmail: recipient.email,
        language: recipient.language,
        payload: {
          benefitIds: ids,
          // The program's own names, one per id: a language without a name for an id writes this one.
          benefitNames: ids.map((id) => benefitName(program, id)),
          benefitName: ids.map((id) => benefitName(program, id)).join(', '),
        },
        now: others[0]!.unlockedAt,
      });
  }
  for (const change of unlocked) {
    const status = eligibility.benefits.find((b) => b.benefit.id === change.benefitId);
    // Unlocked, but issued only once the open grant is spent or expired (L9): the mail says until when.
    const waitsFor = status?.blockers.find((r) => r.code === 'sponsorship-outstanding')?.waitsFor;
    for (const recipient of recipients) {
      await enqueueNotification(db, {
        publisherId,
        eventKey: `sponsorship-unlocked:${publisherId}:${change.benefitId}`,
        kind: 'sponsorship-unlocked',
        recipientEmail: recipient.email,
        language: recipient.language,
        payload: {
          benefitId: change.benefitId,
          benefitName: status?.benefit.name,
          amountUsdCents: status?.amountUsdCents ?? null,
          ...(waitsFor && {
            waitsForName: benefitName(program, waitsFor.benefitId),
            waitsForRemainingUsdCents: waitsFor.remainingUsdCents,
            waitsForExpiresOn: waitsFor.expiresOn,
          }),
        },
        now: change.unlockedAt,
      });
    }
  }
}
