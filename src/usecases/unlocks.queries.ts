// The facts eligibility is computed from, read per publisher.
import type { ActivationFacts, OfferFacts, UnlockChange, UnlockFacts } from '../domain/eligibility.ts';
import type { GrantFacts } from '../domain/sponsorships.ts';
import { statement, type Db } from '../platform/db/pool.ts';
import { change, sql } from '../platform/db/tables.ts';
import { companyCountedSales } from './ledger.sql.ts';

/** Everything eligibility is computed from, for one publisher (`evaluateEligibility`'s input but the program). */
export interface PublisherFacts {
  ttmUsdCents: number;
  offers: OfferFacts[];
  unlocks: UnlockFacts[];
  activations: ActivationFacts[];
  grants: GrantFacts[];
  marketingContactCount: number;
}

/**
 * The company's billed sales in USD cents with billed_on in (from, to] (L2, L6), $1 the publisher, $2 and $3 the
 * days. The tier engine keeps that figure for each company (`tier_standings`): it is read there when the engine's
 * day is $3 under the program version $4 and every batch is folded (a feed batch is folded in the transaction that
 * writes it, a file import at its end), else summed from the lines. Both are read in the statement's one snapshot.
 */
const STANDING_CURRENT = `(EXISTS (SELECT 1 FROM tier_engine WHERE as_of = $3::date AND program_version = $4)
  AND NOT EXISTS (SELECT 1 FROM ledger_batches WHERE folded_at IS NULL))`;
const TRAILING_TOTAL = `CASE WHEN ${STANDING_CURRENT}
  THEN coalesce((SELECT s.ttm_usd_cents FROM tier_standings s
                 WHERE s.company_id = (SELECT company_id FROM publishers WHERE id = $1)), 0)
  ELSE (${companyCountedSales('$2', '$3')}) END`;

/** One fact table of the publisher ($1) as a JSON array: `[]` when it has no row. */
const factTable = (object: string, from: string) =>
  `(SELECT coalesce(json_agg(json_build_object(${object})), '[]') FROM ${from})`;

const facts = statement(
  'publisher-facts',
  `SELECT ${TRAILING_TOTAL} AS ttm,
       ${factTable(
         `'id', id, 'listingOption', listing_option, 'status', status, 'private', private,
          'coSellReady', co_sell_ready, 'markets', markets`,
         // An offer counts once its listing is confirmed (the feed's or the rewards team's word, not the publisher's).
         'offers WHERE publisher_id = $1 AND facts_confirmed_at IS NOT NULL',
       )} AS offers,
       ${factTable(
         `'benefitId', benefit_id, 'unlockedAt', unlocked_at, 'tierId', tier_id, 'listingType', listing_type,
          'expiresAt', expires_at, 'revokedAt', revoked_at, 'revokedReason', revoked_reason,
          'revokedNote', revoked_note`,
         'benefit_unlocks WHERE publisher_id = $1',
       )} AS unlocks,
       ${factTable(
         `'id', id, 'benefitId', benefit_id, 'periodStart', period_start, 'status', status`,
         'activations WHERE publisher_id = $1',
       )} AS activations,
       ${factTable(
         `'id', id, 'benefitId', benefit_id, 'amountUsdCents', amount_usd_cents,
          'spentUsdCents', spent_usd_cents, 'issuedAt', issued_at, 'startsAt', starts_at,
          'expiresAt', expires_at, 'spentAt', spent_at`,
         'sponsorship_grants WHERE publisher_id = $1',
       )} AS grants,
       (SELECT count(*)::int FROM marketing_contacts c JOIN users u ON u.id = c.user_id
        WHERE c.publisher_id = $1 AND u.active) AS contacts`,
);

/**
 * The publisher's facts in one statement, one round trip: its company's trailing billed sales with billed_on in
 * (from, to] (as the tier engine keeps them under `programVersion`, when it is current), its offers, unlocks,
 * activations and sponsorship grants, and its marketing contacts whose user is active (a deactivated one reaches nobody: it does not count, S6). Read one at a time they were six statements,
 * the most of the Rewards page's cost (bench:api).
 */
export async function publisherFacts(
  db: Db,
  publisherId: string,
  from: string,
  to: string,
  programVersion: string,
): Promise<PublisherFacts> {
  const { rows } = await db.query<{
    ttm: number;
    offers: OfferFacts[];
    unlocks: Dated<UnlockFacts>[];
    activations: Dated<ActivationFacts>[];
    grants: Dated<GrantFacts>[];
    contacts: number;
  }>(facts([publisherId, from, to, programVersion]));
  const row = rows[0]!;
  return {
    ttmUsdCents: row.ttm,
    offers: row.offers,
    unlocks: row.unlocks.map((u) => ({
      ...u,
      unlockedAt: new Date(u.unlockedAt),
      expiresAt: dateOrNull(u.expiresAt),
      revokedAt: dateOrNull(u.revokedAt),
    })),
    activations: row.activations.map((a) => ({ ...a, periodStart: new Date(a.periodStart) })),
    grants: row.grants.map((g) => ({
      ...g,
      issuedAt: new Date(g.issuedAt),
      startsAt: new Date(g.startsAt),
      expiresAt: new Date(g.expiresAt),
      spentAt: dateOrNull(g.spentAt),
    })),
    marketingContactCount: row.contacts,
  };
}

/** A fact as JSON carries it: its times as ISO 8601 text. */
type Dated<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

const dateOrNull = (text: string | null) => (text === null ? null : new Date(text));

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
