// The sweep's steps about benefits' periods (L5): one-time benefits about to expire, evergreen ones refreshed, and
// what expired (benefit.expired, sponsorship.expired). Each is told once: the time it was told is kept on its row,
// taken with SKIP LOCKED, so that sweeps in several processes tell it once.
import { EXPIRY_WARNING_DAYS, expiryWarningDue, refreshToAnnounce } from '../../domain/clocks.ts';
import { benefitName, type Program } from '../../domain/program.ts';
import { addDays } from '../../domain/time.ts';
import type { Tx } from '../../platform/db/pool.ts';
import { change, type Row, sql } from '../../platform/db/tables.ts';
import { enqueueNotification, rewardRecipients } from '../../usecases/outbox.ts';
import { emitEvent } from '../../usecases/webhooks/emit.ts';
import { tellExpiredGrants } from '../sponsorships/sponsorships.events.ts';

type Expired = Pick<Row<'benefit_unlocks'>, 'publisher_id' | 'benefit_id'> & { expires_at: Date };

/** One-time benefits that expired (L5) and grants that expired (L9) since the last sweep; how many were told. */
export async function tellExpiries(tx: Tx, program: Program, now: Date): Promise<number> {
  const { rows } = await tx.query<Expired>(
    `UPDATE benefit_unlocks u SET expired_told_at = $1
     FROM (SELECT publisher_id, benefit_id FROM benefit_unlocks
           WHERE expires_at <= $1 AND expired_told_at IS NULL AND revoked_at IS NULL
           ORDER BY expires_at LIMIT 500 FOR NO KEY UPDATE SKIP LOCKED) due
     WHERE u.publisher_id = due.publisher_id AND u.benefit_id = due.benefit_id
     RETURNING u.publisher_id, u.benefit_id, u.expires_at`,
    [now],
  );
  for (const u of rows)
    await emitEvent(tx, {
      publisherId: u.publisher_id,
      type: 'benefit.expired',
      data: {
        publisherId: u.publisher_id,
        benefitId: u.benefit_id,
        benefitName: benefitName(program, u.benefit_id),
        expiredAt: u.expires_at.toISOString(),
      },
      occurredAt: u.expires_at,
      key: `${u.benefit_id}:${u.expires_at.toISOString()}`,
    });
  return rows.length + (await tellExpiredGrants(tx, now));
}

/** L5: a one-time benefit not yet activated is announced EXPIRY_WARNING_DAYS before it expires. */
export async function warnExpiries(tx: Tx, program: Program, now: Date): Promise<number> {
  const { rows } = await tx.query<
    Pick<Row<'benefit_unlocks'>, 'publisher_id' | 'benefit_id' | 'unlocked_at'> & {
      expires_at: NonNullable<Row<'benefit_unlocks'>['expires_at']>;
      activated: boolean;
    }
  >(
    `SELECT u.publisher_id, u.benefit_id, u.unlocked_at, u.expires_at,
            EXISTS (SELECT 1 FROM activations a WHERE a.publisher_id = u.publisher_id AND a.benefit_id = u.benefit_id
                    AND a.status <> 'cancelled' AND a.period_start >= u.unlocked_at) AS activated
     FROM benefit_unlocks u
     WHERE u.expires_at IS NOT NULL AND u.revoked_at IS NULL AND u.expiry_warned_at IS NULL
       AND u.expires_at > $1 AND u.expires_at <= $2
     ORDER BY u.expires_at LIMIT 500 FOR NO KEY UPDATE SKIP LOCKED`,
    [now, addDays(now, EXPIRY_WARNING_DAYS)],
  );
  let n = 0;
  for (const u of rows) {
    if (!u.activated && expiryWarningDue(u.expires_at, null, now)) {
      const name = benefitName(program, u.benefit_id);
      for (const r of await rewardRecipients(tx, u.publisher_id))
        await enqueueNotification(tx, {
          publisherId: u.publisher_id,
          eventKey: `benefit-expiring:${u.publisher_id}:${u.benefit_id}:${u.expires_at.toISOString()}`,
          kind: 'benefit-expiring',
          recipientEmail: r.email,
          language: r.language,
          payload: { benefitId: u.benefit_id, benefitName: name, expiresAt: u.expires_at.toISOString() },
          now,
        });
      await emitEvent(tx, {
        publisherId: u.publisher_id,
        type: 'benefit.expiring',
        data: {
          publisherId: u.publisher_id,
          benefitId: u.benefit_id,
          benefitName: name,
          expiresAt: u.expires_at.toISOString(),
        },
        occurredAt: now,
        key: `${u.benefit_id}:${u.expires_at.toISOString()}`,
      });
      n++;
    }
    await change(
      tx,
      sql
        .updateTable('benefit_unlocks')
        .set({ expiry_warned_at: now })
        .where('publisher_id', '=', u.publisher_id)
        .where('benefit_id', '=', u.benefit_id),
    );
  }
  return n;
}

/** L5: an evergreen (transact) benefit starts a new period on each anniversary of its first unlock. */
export async function announceRefreshes(tx: Tx, program: Program, now: Date): Promise<number> {
  const { rows } = await tx.query<
    Pick<Row<'benefit_unlocks'>, 'publisher_id' | 'benefit_id' | 'unlocked_at' | 'refresh_announced'>
  >(
    `SELECT publisher_id, benefit_id, unlocked_at, refresh_announced FROM benefit_unlocks
     WHERE expires_at IS NULL AND revoked_at IS NULL AND unlocked_at <= $1::timestamptz - interval '1 year'
       AND (refresh_announced IS NULL OR refresh_announced <= $1::timestamptz - interval '1 year')
     ORDER BY unlocked_at LIMIT 500 FOR NO KEY UPDATE SKIP LOCKED`,
    [now],
  );
  let n = 0;
  for (const u of rows) {
    const anniversary = refreshToAnnounce(u.unlocked_at, u.refresh_announced, now);
    if (!anniversary) continue;
    const name = benefitName(program, u.benefit_id);
    for (const r of await rewardRecipients(tx, u.publisher_id))
      await enqueueNotification(tx, {
        publisherId: u.publisher_id,
        eventKey: `benefit-refreshed:${u.publisher_id}:${u.benefit_id}:${anniversary.toISOString()}`,
        kind: 'benefit-refreshed',
        recipientEmail: r.email,
        language: r.language,
        payload: { benefitId: u.benefit_id, benefitName: name, periodStart: anniversary.toISOString() },
        now,
      });
    await change(
      tx,
      sql
        .updateTable('benefit_unlocks')
        .set({ refresh_announced: anniversary })
        .where('publisher_id', '=', u.publisher_id)
        .where('benefit_id', '=', u.benefit_id),
    );
    n++;
  }
  return n;
}
