// The facts eligibility is computed from, read per publisher.
import type { ActivationFacts, OfferFacts, UnlockChange, UnlockFacts } from '../domain/eligibility.ts';
import type { GrantFacts } from '../domain/sponsorships.ts';
import type { Db } from '../platform/db/pool.ts';
import { change, run, sql } from '../platform/db/tables.ts';
import { COUNTS, voidedJoin } from './ledger.sql.ts';

/**
 * The company's billed sales in USD cents with billed_on in (from, to] (L2): every profile of the publisher's
 * company, charges and refunds, less any line a cancellation or fraud reversal voids (L6). Each profile's lines
 * are found through the ledger's BRIN index on the publisher.
 */
export async function companyBilledSales(
  db: Db,
  publisherId: string,
  from: string,
  to: string,
): Promise<number> {
  const profiles = `ARRAY(SELECT id FROM publishers WHERE company_id = (SELECT company_id FROM publishers WHERE id = $1))`;
  const { rows } = await db.query<{ total: number }>(
    `SELECT coalesce(sum(l.usd_cents), 0)::bigint AS total FROM ledger_lines l ${voidedJoin(profiles)}
     WHERE l.publisher_id = ANY (${profiles}) AND l.billed_on > $2 AND l.billed_on <= $3 AND ${COUNTS}`,
    [publisherId, from, to],
  );
  return rows[0]?.total ?? 0;
}

export async function offerFacts(db: Db, publisherId: string): Promise<OfferFacts[]> {
  return run(
    db,
    sql
      .selectFrom('offers')
      .select([
        'id',
        'listing_option as listingOption',
        'status',
        'private',
        'co_sell_ready as coSellReady',
        'markets',
      ])
      .where('publisher_id', '=', publisherId)
      .$narrowType<Pick<OfferFacts, 'listingOption' | 'status'>>(),
  );
}

export async function unlockFacts(db: Db, publisherId: string): Promise<UnlockFacts[]> {
  return run(
    db,
    sql
      .selectFrom('benefit_unlocks')
      .select([
        'benefit_id as benefitId',
        'unlocked_at as unlockedAt',
        'tier_id as tierId',
        'listing_type as listingType',
        'expires_at as expiresAt',
        'revoked_at as revokedAt',
        'revoked_reason as revokedReason',
        'revoked_note as revokedNote',
      ])
      .where('publisher_id', '=', publisherId)
      .$narrowType<Pick<UnlockFacts, 'listingType' | 'revokedReason'>>(),
  );
}

export async function activationFacts(db: Db, publisherId: string): Promise<ActivationFacts[]> {
  return run(
    db,
    sql
      .selectFrom('activations')
      .select(['id', 'benefit_id as benefitId', 'period_start as periodStart', 'status'])
      .where('publisher_id', '=', publisherId)
      .$narrowType<Pick<ActivationFacts, 'status'>>(),
  );
}

/** The publisher's sponsorship grants (S10, L9). */
export async function grantFacts(db: Db, publisherId: string): Promise<GrantFacts[]> {
  return run(
    db,
    sql
      .selectFrom('sponsorship_grants')
      .select([
        'id',
        'benefit_id as benefitId',
        'amount_usd_cents as amountUsdCents',
        'spent_usd_cents as spentUsdCents',
        'issued_at as issuedAt',
        'starts_at as startsAt',
        'expires_at as expiresAt',
        'spent_at as spentAt',
      ])
      .where('publisher_id', '=', publisherId),
  );
}

export async function marketingContactCount(db: Db, publisherId: string): Promise<number> {
  const { rows } = await db.query<{ count: number }>(
    // A contact whose user was deactivated reaches nobody: it does not count (S6).
    `SELECT count(*)::int AS count FROM marketing_contacts c JOIN users u ON u.id = c.user_id
     WHERE c.publisher_id = $1 AND u.active`,
    [publisherId],
  );
  return rows[0]?.count ?? 0;
}

export async function recordUnlocks(
  db: Db,
  publisherId: string,
  changes: readonly UnlockChange[],
  programVersion: string,
): Promise<void> {
  for (const c of changes) {
    await change(
      db,
      sql
        .insertInto('benefit_unlocks')
        .values({
          publisher_id: publisherId,
          benefit_id: c.benefitId,
          unlocked_at: c.unlockedAt,
          tier_id: c.tierId,
          listing_type: c.listingType,
          expires_at: c.expiresAt,
          program_version: programVersion,
        })
        // program_version stays the one the benefit was first unlocked under.
        .onConflict((oc) =>
          oc.columns(['publisher_id', 'benefit_id']).doUpdateSet((eb) => ({
            tier_id: eb.ref('excluded.tier_id'),
            listing_type: eb.ref('excluded.listing_type'),
            expires_at: eb.ref('excluded.expires_at'),
          })),
        ),
    );
  }
}
