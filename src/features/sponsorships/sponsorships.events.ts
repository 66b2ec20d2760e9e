// The sponsorship events webhooks follow (sponsorship.*): a grant issued, spend recorded, spent, about to expire,
// expired. Each is emitted in the transaction of its change; an expiry is noticed by the clocks' sweep, once.
import type { Tx } from '../../platform/db/pool.ts';
import type { EventData } from '../../usecases/webhooks/catalog.ts';
import { emitEvent } from '../../usecases/webhooks/emit.ts';
import type { GrantRow } from './sponsorships.queries.ts';

type GrantEvent =
  'sponsorship.granted' | 'sponsorship.spent' | 'sponsorship.expiring' | 'sponsorship.expired';

function grantData(grant: GrantRow): EventData<'sponsorship.granted'> {
  return {
    publisherId: grant.publisher_id,
    grantId: grant.id,
    benefitId: grant.benefit_id,
    amountUsdCents: grant.amount_usd_cents,
    spentUsdCents: grant.spent_usd_cents,
    expiresAt: grant.expires_at.toISOString(),
  };
}

/** Emits `type` about `grant` as it stands, once per grant (`at` is when it happened). */
export async function emitGrantEvent(tx: Tx, type: GrantEvent, grant: GrantRow, at: Date): Promise<void> {
  await emitEvent(tx, {
    publisherId: grant.publisher_id,
    type,
    data: grantData(grant),
    occurredAt: at,
    key: grant.id,
  });
}

/** Emits sponsorship.spend.recorded for one recording of spend (`spendKey`: the recording's own identity). */
export async function emitSpendRecorded(
  tx: Tx,
  grant: GrantRow,
  amountRecordedUsdCents: number,
  spendKey: string,
  at: Date,
): Promise<void> {
  await emitEvent(tx, {
    publisherId: grant.publisher_id,
    type: 'sponsorship.spend.recorded',
    data: { ...grantData(grant), amountRecordedUsdCents },
    occurredAt: at,
    key: spendKey,
  });
}

/** The sweep's step: every grant that expired since the last sweep (not spent before) is told once. */
export async function tellExpiredGrants(tx: Tx, now: Date): Promise<number> {
  const { rows } = await tx.query<GrantRow>(
    `UPDATE sponsorship_grants g SET expired_told_at = $1
     WHERE g.id IN (SELECT id FROM sponsorship_grants WHERE expired_told_at IS NULL AND spent_at IS NULL
                    AND expires_at <= $1 ORDER BY expires_at LIMIT 500 FOR NO KEY UPDATE SKIP LOCKED)
     RETURNING g.*`,
    [now],
  );
  for (const grant of rows) await emitGrantEvent(tx, 'sponsorship.expired', grant, grant.expires_at);
  return rows.length;
}
