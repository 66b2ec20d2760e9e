// A publisher's standing and benefits, computed by the domain from the stored facts.
import { evaluateEligibility, type Eligibility } from '../domain/eligibility.ts';
import { type Program, benefitName } from '../domain/program.ts';
import { trailingWindow } from '../domain/tiers.ts';
import type { Db, Tx } from '../platform/db/pool.ts';
import { enqueueNotification, rewardRecipients } from './outbox.ts';
import { lockPublisher } from './publishers.ts';
import { emitEvent } from './webhooks/emit.ts';
import { type FactsStatement, publisherFacts, recordUnlocks } from './unlocks.queries.ts';
export { factsWith } from './unlocks.queries.ts';

/**
 * The publisher's standing and benefits now, from its facts read in one round trip, its company's trailing billed
 * sales over the program's window ending on `now`'s day (L2) among them.
 */
export async function evaluatePublisher(
  db: Db,
  program: Program,
  publisherId: string,
  now: Date,
): Promise<Eligibility> {
  return (await evaluatePublisherWith(db, program, publisherId, now)).eligibility;
}

/**
 * `evaluatePublisher`, reading in the same round trip the columns a statement made by `factsWith` adds (`values`
 * its parameters): `extra`, by the names it gives them.
 */
export async function evaluatePublisherWith(
  db: Db,
  program: Program,
  publisherId: string,
  now: Date,
  extra?: { statement: FactsStatement; values: readonly unknown[] },
): Promise<{ eligibility: Eligibility; extra: Record<string, unknown> }> {
  const { from, to } = trailingWindow(program, now);
  const { extra: read, ...facts } = await publisherFacts(db, publisherId, from, to, program.version, extra);
  return { eligibility: evaluateEligibility({ program, now, ...facts }), extra: read };
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
  for (const c of eligibility.unlockChanges.filter((u) => u.first))
    await emitEvent(db, {
      publisherId,
      type: 'benefit.unlocked',
      data: {
        publisherId,
        benefitId: c.benefitId,
        benefitName: benefitName(program, c.benefitId),
        expiresAt: c.expiresAt?.toISOString() ?? null,
        programVersion: program.version,
      },
      occurredAt: c.unlockedAt,
      key: c.benefitId,
    });
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
