// Revocation for cause (L6): a program admin takes one publisher's benefit back for illegal activity, delisting,
// an intellectual property violation, sponsorship misuse or another cause; its open activations are cancelled and
// the publisher's contacts are told, in their language. Reinstating gives it back. Both are audited by the edge.
import { CAUSE_WORDS } from '../../domain/eligibility.ts';
import { previewChanges } from '../../domain/preview.ts';
import { benefitName, type Program, type ProgramVersions } from '../../domain/program.ts';
import type { Db, Tx } from '../../platform/db/pool.ts';
import { AppError, invalid } from '../../platform/problems.ts';
import { enqueueNotification, rewardRecipients } from '../../usecases/outbox.ts';
import { emitEvent } from '../../usecases/webhooks/emit.ts';
import { lockPublisher } from '../../usecases/publishers.ts';
import { evaluatePublisher, refreshUnlocks } from '../../usecases/unlocks.ts';
import { closeGrants } from '../sponsorships/sponsorships.service.ts';
import { cancelTask } from '../tasks/tasks.service.ts';
import type { PreviewView, ReinstateBody, RevocationView, RevokeBody } from './benefits.schema.ts';
import {
  cancelActivations,
  lockUnlock,
  openActivations,
  setRevocation,
  type UnlockRow,
} from './benefits.queries.ts';

/** Revokes the publisher's benefit for a cause; revoking it again keeps the first revocation. */
export async function revokeBenefit(
  tx: Tx,
  program: Program,
  publisherId: string,
  benefitId: string,
  body: RevokeBody,
  by: string,
  now: Date,
): Promise<RevocationView> {
  const note = body.note.trim() || null;
  if (body.cause === 'other' && !note) {
    throw invalid([
      { pointer: '/body/note', code: 'required', detail: 'says what the cause is, for the cause other' },
    ]);
  }
  // Locks the publisher and records what the rules unlock now, so a benefit a new version unlocked can be revoked
  // before anything else recorded it.
  await refreshUnlocks(tx, program, publisherId, now);
  const unlock = await unlocked(tx, program, publisherId, benefitId);
  if (unlock.revoked_at) return view(program, unlock, 0);

  await setRevocation(tx, { publisherId, benefitId }, { at: now, cause: body.cause, note, by });
  const open = await openActivations(tx, publisherId, benefitId);
  const reason = `The benefit was revoked for ${CAUSE_WORDS[body.cause]}.`;
  for (const activation of open) {
    if (activation.task_id) await cancelTask(tx, program, activation.task_id, reason, now);
  }
  await cancelActivations(
    tx,
    open.map((a) => a.id),
  );
  // A revoked sponsorship's grants close, fulfilled activations' too: no more spend, no reminder, and nothing
  // held back by them (L9).
  await closeGrants(tx, { publisherId, benefitId }, reason, now);
  await tell(tx, program, publisherId, benefitId, 'benefit-revoked', { cause: body.cause, note }, now);
  await emitEvent(tx, {
    publisherId,
    type: 'benefit.revoked',
    data: {
      publisherId,
      benefitId,
      benefitName: benefitName(program, benefitId),
      cause: body.cause,
      note: note ?? '',
    },
    occurredAt: now,
    key: `${benefitId}:${now.toISOString()}`,
  });
  return view(
    program,
    { ...unlock, revoked_at: now, revoked_reason: body.cause, revoked_note: note },
    open.length,
  );
}

/** Gives a revoked benefit back: it is the publisher's again, as the program's rules say. */
export async function reinstateBenefit(
  tx: Tx,
  program: Program,
  publisherId: string,
  benefitId: string,
  body: ReinstateBody,
  now: Date,
): Promise<RevocationView> {
  await lockPublisher(tx, publisherId);
  const unlock = await unlocked(tx, program, publisherId, benefitId);
  if (!unlock.revoked_at) {
    throw new AppError('benefit-not-revoked', `${benefitName(program, benefitId)} is not revoked.`);
  }
  await setRevocation(tx, { publisherId, benefitId }, null);
  await tell(tx, program, publisherId, benefitId, 'benefit-reinstated', { note: body.note }, now);
  // Recorded again as the rules stand now (a tier reached meanwhile).
  await refreshUnlocks(tx, program, publisherId, now);
  return view(program, { ...unlock, revoked_at: null, revoked_reason: null, revoked_note: null }, 0);
}

async function unlocked(
  tx: Tx,
  program: Program,
  publisherId: string,
  benefitId: string,
): Promise<UnlockRow> {
  if (!program.benefits.some((b) => b.id === benefitId)) {
    throw invalid([
      {
        pointer: '/params/benefitId',
        code: 'unknown-benefit',
        detail: `is not a benefit of program ${program.version}`,
      },
    ]);
  }
  const unlock = await lockUnlock(tx, publisherId, benefitId);
  if (!unlock) {
    throw new AppError(
      'benefit-not-unlocked',
      `${benefitName(program, benefitId)} was never unlocked by this publisher: there is nothing to revoke.`,
    );
  }
  return unlock;
}

async function tell(
  tx: Tx,
  program: Program,
  publisherId: string,
  benefitId: string,
  kind: 'benefit-revoked' | 'benefit-reinstated',
  detail: Record<string, string | null>,
  now: Date,
): Promise<void> {
  for (const recipient of await rewardRecipients(tx, publisherId)) {
    await enqueueNotification(tx, {
      publisherId,
      eventKey: `${kind}:${publisherId}:${benefitId}:${now.toISOString()}`,
      kind,
      recipientEmail: recipient.email,
      language: recipient.language,
      payload: { benefitId, benefitName: benefitName(program, benefitId), ...detail },
      now,
    });
  }
}

function view(program: Program, unlock: UnlockRow, cancelledActivations: number): RevocationView {
  return {
    publisherId: unlock.publisher_id,
    benefitId: unlock.benefit_id,
    benefitName: benefitName(program, unlock.benefit_id),
    revokedAt: unlock.revoked_at?.toISOString() ?? null,
    cause: unlock.revoked_reason,
    note: unlock.revoked_note,
    cancelledActivations,
  };
}

/**
 * What the next scheduled program version changes for the publisher on its effective date (its tier, the benefits
 * gained, lost, and kept only by grandfathering), from the facts as they stand now; null when none is scheduled.
 */
export async function previewNextVersion(
  db: Db,
  programs: ProgramVersions,
  publisherId: string,
  now: Date,
): Promise<PreviewView> {
  const next = programs.next(now);
  if (!next) return { scheduled: null };
  const current = programs.at(now);
  const effective = new Date(`${next.effectiveFrom}T00:00:00Z`);
  const before = await evaluatePublisher(db, current, publisherId, now);
  const after = await evaluatePublisher(db, next, publisherId, effective);
  const changes = previewChanges(before, after);
  const tierOf = (program: Program, id: string) => {
    const tier = program.tiers.find((t) => t.id === id)!;
    return { id: tier.id, name: tier.name, thresholdUsdCents: tier.thresholdUsdCents };
  };
  const refs = (ids: string[], program: Program) => ids.map((id) => ({ id, name: benefitName(program, id) }));
  return {
    scheduled: {
      version: next.version,
      name: next.name,
      effectiveFrom: next.effectiveFrom,
      tier: { now: tierOf(current, changes.tier.now), then: tierOf(next, changes.tier.then) },
      gains: refs(changes.gains, next),
      loses: refs(changes.loses, current),
      keptByGrandfathering: refs(changes.keptByGrandfathering, next),
    },
  };
}
