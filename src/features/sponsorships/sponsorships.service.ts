// Sponsorships as grants (S10, L9): an activated sponsorship issues a grant; the rewards team records what is
// spent of it; the next sponsorship waits for the open one unless the program lets grants stack.
import { benefitName, type Program } from '../../domain/program.ts';
import { isoDay } from '../../domain/time.ts';
import {
  grantPeriod,
  grantRules,
  grantState,
  remainingUsdCents,
  spendProblem,
  sponsorshipBlocker,
} from '../../domain/sponsorships.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { AppError, invalid, notFound } from '../../platform/problems.ts';
import { enqueueNotification, rewardRecipients } from '../../usecases/outbox.ts';
import { emitGrantEvent, emitSpendRecorded } from './sponsorships.events.ts';
import type { GrantView, MarkSpentBody, SpendBody } from './sponsorships.schema.ts';
import {
  addSpend,
  closeOpenGrants,
  grantFacts,
  grantsOf,
  grantsToRemind,
  insertGrant,
  lockGrant,
  markGrantSpent,
  markReminded,
  spendOf,
  type GrantRow,
  type SpendRow,
} from './sponsorships.queries.ts';

/**
 * 409 `sponsorship-outstanding` while an open grant holds a new sponsorship back (L9). Call with the publisher
 * locked, so that two activations at once cannot both pass.
 */
export async function assertSponsorshipIssuable(
  tx: Tx,
  program: Program,
  publisherId: string,
  now: Date,
): Promise<void> {
  const blocker = sponsorshipBlocker(program, (await grantsOf(tx, publisherId)).map(grantFacts), now);
  if (blocker) {
    throw new AppError('sponsorship-outstanding', blocker.message, {
      extensions: { waitsFor: blocker.waitsFor },
    });
  }
}

/** Issues the grant of an activated sponsorship: the amount at the publisher's tier, for the program's months. */
export async function issueGrant(
  tx: Tx,
  program: Program,
  grant: { publisherId: string; activationId: string; benefitId: string; amountUsdCents: number },
  now: Date,
): Promise<void> {
  const { startsAt, expiresAt } = grantPeriod(grantRules(program), now);
  const issued = await insertGrant(tx, {
    publisher_id: grant.publisherId,
    activation_id: grant.activationId,
    benefit_id: grant.benefitId,
    amount_usd_cents: grant.amountUsdCents,
    issued_at: now,
    starts_at: startsAt,
    expires_at: expiresAt,
    program_version: program.version,
  });
  await emitGrantEvent(tx, 'sponsorship.granted', issued, now);
}

/**
 * Closes the open grant of a cancelled activation, or every open grant of a revoked benefit (L6): nothing more is
 * spent of it, it holds no next sponsorship back (L9) and no reminder goes out for it. `reason` is its note.
 */
export async function closeGrants(
  tx: Tx,
  of: { activationId: string } | { publisherId: string; benefitId: string },
  reason: string,
  now: Date,
): Promise<void> {
  await closeOpenGrants(tx, of, reason, now);
}

/**
 * Reminds the marketing contacts (or the owners) of each open grant with money left that expires within the
 * program's reminder days, once per grant, in their language. Returns how many grants were reminded of.
 */
export async function remindExpiringGrants(tx: Tx, program: Program, now: Date): Promise<number> {
  const grants = await grantsToRemind(tx, now, grantRules(program).reminderDays);
  for (const grant of grants) {
    for (const recipient of await rewardRecipients(tx, grant.publisher_id)) {
      await enqueueNotification(tx, {
        publisherId: grant.publisher_id,
        eventKey: `sponsorship-expiring:${grant.id}`,
        kind: 'sponsorship-expiring',
        recipientEmail: recipient.email,
        language: recipient.language,
        payload: {
          grantId: grant.id,
          benefitId: grant.benefit_id,
          benefitName: benefitName(program, grant.benefit_id),
          amountUsdCents: grant.amount_usd_cents,
          remainingUsdCents: grant.amount_usd_cents - grant.spent_usd_cents,
          expiresAt: grant.expires_at.toISOString(),
        },
        now,
      });
    }
    await markReminded(tx, grant.id, now);
    await emitGrantEvent(tx, 'sponsorship.expiring', grant, now);
  }
  return grants.length;
}

/** The publisher's grants, oldest first, each with its state, what is left and the spend recorded. */
export async function listGrants(
  db: Db,
  program: Program,
  publisherId: string,
  now: Date,
): Promise<GrantView[]> {
  const grants = await grantsOf(db, publisherId);
  const spend = await spendOf(
    db,
    grants.map((g) => g.id),
  );
  return grants.map((g) => toView(g, spend, program, now));
}

/** Records spend against a grant: only while it is open, never more than is left (422 otherwise). */
export async function recordSpend(
  tx: Tx,
  program: Program,
  publisherId: string,
  grantId: string,
  body: SpendBody,
  recordedBy: string,
  now: Date,
): Promise<GrantView> {
  const grant = await lockGrant(tx, publisherId, grantId);
  if (!grant) throw notFound('grant');
  const facts = grantFacts(grant);
  const problem = spendProblem(facts, body.amountUsdCents, now);
  if (problem === 'grant-closed') throw closed(grant, program, now);
  // Spend happened while the grant ran: not before its start, not after today.
  if (body.spentOn > isoDay(now)) {
    throw invalid([{ pointer: '/body/spentOn', code: 'future-date', detail: 'is in the future' }]);
  }
  if (body.spentOn < isoDay(grant.starts_at)) {
    throw invalid([
      {
        pointer: '/body/spentOn',
        code: 'before-grant',
        detail: `is before the grant started on ${isoDay(grant.starts_at)}`,
      },
    ]);
  }
  if (problem !== null) {
    const left = facts.amountUsdCents - facts.spentUsdCents;
    throw invalid([
      {
        pointer: '/body/amountUsdCents',
        code: 'over-remaining',
        detail: `is more than the ${(left / 100).toFixed(2)} USD left of the grant`,
      },
    ]);
  }
  const spent = await addSpend(tx, grant, { ...body, recordedBy, now });
  await emitSpendRecorded(tx, spent.grant, body.amountUsdCents, `${grant.id}:${spent.spendId}`, now);
  if (spent.grant.spent_at) await emitGrantEvent(tx, 'sponsorship.spent', spent.grant, now);
  return (await listGrants(tx, program, publisherId, now)).find((g) => g.id === grantId)!;
}

/** Marks an open grant spent: the rest will not be spent, and the next sponsorship may be issued. */
export async function markSpent(
  tx: Tx,
  program: Program,
  publisherId: string,
  grantId: string,
  body: MarkSpentBody,
  now: Date,
): Promise<GrantView> {
  const grant = await lockGrant(tx, publisherId, grantId);
  if (!grant) throw notFound('grant');
  const state = grantState(grantFacts(grant), now);
  if (state === 'spent' || state === 'expired') throw closed(grant, program, now);
  await markGrantSpent(tx, grantId, body.note, now);
  await emitGrantEvent(tx, 'sponsorship.spent', { ...grant, spent_at: now, spent_note: body.note }, now);
  return (await listGrants(tx, program, publisherId, now)).find((g) => g.id === grantId)!;
}

function closed(grant: GrantRow, program: Program, now: Date): AppError {
  const state = grantState(grantFacts(grant), now);
  return new AppError(
    'grant-closed',
    `The ${benefitName(program, grant.benefit_id)} grant is ${state}: nothing more can be recorded against it.`,
    {
      extensions: { state },
    },
  );
}

function toView(grant: GrantRow, spend: SpendRow[], program: Program, now: Date): GrantView {
  const facts = grantFacts(grant);
  return {
    id: grant.id,
    publisherId: grant.publisher_id,
    activationId: grant.activation_id,
    benefitId: grant.benefit_id,
    benefitName: benefitName(program, grant.benefit_id),
    state: grantState(facts, now),
    amountUsdCents: grant.amount_usd_cents,
    spentUsdCents: grant.spent_usd_cents,
    remainingUsdCents: remainingUsdCents(facts, now),
    issuedAt: grant.issued_at.toISOString(),
    startsAt: grant.starts_at.toISOString(),
    expiresAt: grant.expires_at.toISOString(),
    spentAt: grant.spent_at?.toISOString() ?? null,
    spentNote: grant.spent_note,
    spend: spend
      .filter((s) => s.grant_id === grant.id)
      .map((s) => ({
        id: s.id,
        amountUsdCents: s.amount_usd_cents,
        spentOn: s.spent_on,
        note: s.note,
        recordedBy: s.recorded_by,
        recordedByName: s.recorded_by_name,
        recordedAt: s.recorded_at.toISOString(),
      })),
  };
}
