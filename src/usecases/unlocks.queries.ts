// The facts eligibility is computed from, read per publisher.
import type { ActivationFacts, OfferFacts, UnlockChange, UnlockFacts } from '../domain/eligibility.ts';
import type { Db } from '../platform/db/pool.ts';
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
  const { rows } = await db.query<OfferFacts>(
    `SELECT id, listing_option AS "listingOption", status, private, co_sell_ready AS "coSellReady", markets
     FROM offers WHERE publisher_id = $1`,
    [publisherId],
  );
  return rows;
}

export async function unlockFacts(db: Db, publisherId: string): Promise<UnlockFacts[]> {
  const { rows } = await db.query<UnlockFacts>(
    `SELECT benefit_id AS "benefitId", unlocked_at AS "unlockedAt", tier_id AS "tierId",
            listing_type AS "listingType", expires_at AS "expiresAt", revoked_at AS "revokedAt",
            revoked_reason AS "revokedReason"
     FROM benefit_unlocks WHERE publisher_id = $1`,
    [publisherId],
  );
  return rows;
}

export async function activationFacts(db: Db, publisherId: string): Promise<ActivationFacts[]> {
  const { rows } = await db.query<ActivationFacts>(
    `SELECT id, benefit_id AS "benefitId", period_start AS "periodStart", status
     FROM activations WHERE publisher_id = $1`,
    [publisherId],
  );
  return rows;
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
    await db.query(
      `INSERT INTO benefit_unlocks (publisher_id, benefit_id, unlocked_at, tier_id, listing_type, expires_at, program_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (publisher_id, benefit_id) DO UPDATE
         SET tier_id = excluded.tier_id, listing_type = excluded.listing_type, expires_at = excluded.expires_at`,
      // program_version stays the one the benefit was first unlocked under.
      [publisherId, c.benefitId, c.unlockedAt, c.tierId, c.listingType, c.expiresAt, programVersion],
    );
  }
}
